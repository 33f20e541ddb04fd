/** The lists sorted and filtered by the server (postmortems by any order, action items by team), and the review and members in the editor. */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { screenshot, signedInPage, useE2e } from './harness.js';

const e2e = useE2e();
let page: Page;

interface Created {
  id: string;
  version: number;
}

async function create(body: Record<string, unknown>): Promise<Created> {
  const created = await e2e.api<Created>('/postmortems', { method: 'POST', body: JSON.stringify(body) });
  expect(created.status).toBe(201);
  return created.body;
}

/** The titles of the list's rows, in order. */
async function rowTitles(p: Page): Promise<string[]> {
  return p.locator('.list-table tbody tr td:first-child a').allTextContents();
}

beforeAll(async () => {
  ({ page } = await signedInPage(e2e.browser, e2e.server.url));
});

describe('the postmortem list, sorted by the server', () => {
  const titles = Array.from({ length: 27 }, (_, n) => `Sorted ${String(n).padStart(2, '0')}`);

  beforeAll(async () => {
    // Longer and longer incidents: "Sorted 26" lasted longest. Start days shuffled (newest: "Sorted 23"), so that
    // no order asked for is the default one. Created in yet another order.
    for (const n of [13, 2, 26, 0, 19, 7, 22, 4, 11, 16, 1, 24, 9, 5, 20, 14, 3, 25, 8, 17, 12, 6, 21, 10, 18, 15, 23]) {
      const start = Date.UTC(2026, 0, 1 + ((n * 7) % 27), 10);
      await create({
        title: titles[n],
        summary: 'Sorting test.',
        tags: ['sorting'],
        times: { startedAt: new Date(start).toISOString().replace('.000Z', 'Z'), resolvedAt: new Date(start + (n + 1) * 60_000).toISOString().replace('.000Z', 'Z') },
      });
    }
  }, 60_000);

  it('asks the server for the chosen order and keeps it across "Load more"', async () => {
    await page.goto(`${e2e.server.url}/postmortems?tag=sorting`);
    await page.locator('.list-table tbody tr').first().waitFor();
    await expect(page.locator('.list-table tbody tr').count()).resolves.toBe(25);
    await expect.poll(async () => (await rowTitles(page))[0]).toBe('Sorted 23');

    const sorted = page.waitForResponse((r) => r.url().includes('/api/v1/postmortems?') && r.url().includes('sort=-title'));
    await page.getByLabel('Sort').selectOption('-title');
    await sorted;
    await page.locator('.list-table tbody tr').filter({ hasText: 'Sorted 26' }).first().waitFor();
    await expect.poll(() => rowTitles(page)).toEqual([...titles].reverse().slice(0, 25));
    expect(new URL(page.url()).searchParams.get('sort')).toBe('-title');

    await page.getByRole('button', { name: 'Load 25 more' }).click();
    await expect.poll(() => rowTitles(page)).toEqual([...titles].reverse());
    await screenshot(page, 'list-sorted');
  });

  it('sorts by duration, longest first, and keeps the order in the address', async () => {
    await page.getByLabel('Sort').selectOption('-duration');
    await expect.poll(async () => (await rowTitles(page)).slice(0, 3)).toEqual(['Sorted 26', 'Sorted 25', 'Sorted 24']);
    await page.reload();
    await expect(page.getByLabel('Sort').inputValue()).resolves.toBe('-duration');
    await expect.poll(async () => (await rowTitles(page)).slice(0, 1)).toEqual(['Sorted 26']);
  });
});

describe('the action items, by team', () => {
  it('shows only the items of postmortems of that team', async () => {
    await create({ title: 'Payments outage', teams: ['Payments'], actionItems: [{ title: 'Retry card captures idempotently', owner: 'Dana Ortiz' }] });
    await create({ title: 'Search outage', teams: ['Search'], actionItems: [{ title: 'Shard the search index by tenant', owner: 'Dana Ortiz' }] });
    await page.goto(`${e2e.server.url}/action-items`);
    const payments = page.getByTestId('action-item-row').filter({ hasText: 'Retry card captures idempotently' });
    const search = page.getByTestId('action-item-row').filter({ hasText: 'Shard the search index by tenant' });
    await payments.waitFor();
    await search.waitFor();
    await page.getByLabel('Team').fill('payments');
    await search.waitFor({ state: 'detached' });
    await expect(payments.isVisible()).resolves.toBe(true);
    expect(new URL(page.url()).searchParams.get('team')).toBe('payments');
    await screenshot(page, 'action-items-team');
  });
});

describe('the review and the members in the editor', () => {
  it('edits reviewers, the meeting, attendees, restriction and members, autosaved; approvals written in the document are shown, to remove', async () => {
    const { id } = await create({
      title: 'Leaked API key',
      severity: 'SEV2',
      summary: 'An API key was committed to a public repository.',
      review: { reviewers: [], meetingAt: null, attendees: [], approvals: [{ by: 'Dana Ortiz', at: '2026-11-12T11:00:00Z' }, { by: 'Old Reviewer', at: null }] },
    });
    await page.goto(`${e2e.server.url}/postmortems/${id}/edit`);
    await page.locator('#section-review').waitFor();

    await page.getByLabel('Reviewers').fill('Dana Ortiz, Lee Park');
    await page.getByLabel('Review meeting').fill('2026-11-12T10:30');
    await page.getByLabel('Attendees').fill('Dana Ortiz, Sam Lee, Ana Costa');
    // Written approvals are not typed any more (sign-offs are Approve this revision); one can be removed.
    await expect(page.getByRole('button', { name: 'Add an approval' }).count()).resolves.toBe(0);
    await page.locator('#section-review').getByText('Dana Ortiz, 2026-11-12 11:00 UTC').waitFor();
    await page.getByRole('button', { name: 'Remove written approval 2' }).click();

    await page.getByLabel(/^Restricted/).check();
    const members = page.getByLabel('Members (e-mail addresses)');
    await expect(members.inputValue()).resolves.toBe('admin@example.com');
    await members.fill('admin@example.com, member@example.com, not-yet');
    await page.getByText('Not an e-mail address yet: not-yet').waitFor();
    await page.locator('[data-save-state="saved"]').waitFor();
    await expect(members.inputValue()).resolves.toBe('admin@example.com, member@example.com, not-yet');
    await screenshot(page, 'editor-review');

    const expected = await page.evaluate(() => [new Date('2026-11-12T10:30').toISOString()].map((t) => t.replace('.000Z', 'Z')));
    const saved = await e2e.api<{ version: number; restricted: boolean; members: string[]; review: unknown }>(`/postmortems/${id}`);
    expect(saved.body).toMatchObject({
      restricted: true,
      members: ['admin@example.com', 'member@example.com'],
      review: { reviewers: ['Dana Ortiz', 'Lee Park'], meetingAt: expected[0], attendees: ['Dana Ortiz', 'Sam Lee', 'Ana Costa'], approvals: [{ by: 'Dana Ortiz', at: '2026-11-12T11:00:00Z' }] },
    });
    expect(saved.body.version).toBeGreaterThan(1);
    const revisions = await e2e.api<{ items: { changed: string[] }[] }>(`/postmortems/${id}/revisions`);
    const changed = new Set(revisions.body.items.slice(1).flatMap((r) => r.changed));
    expect([...changed].sort()).toEqual(expect.arrayContaining(['members', 'restricted', 'review']));

    await page.getByRole('link', { name: 'Read' }).click();
    const review = page.locator('.read-view #section-review');
    await review.waitFor();
    await expect(review.textContent()).resolves.toContain('Dana Ortiz, Lee Park');
  });
});

describe('key times derived from the timeline', () => {
  it('shows on the page which event each time came from, and the list shows the same start', async () => {
    const created = await create({
      title: 'Derived times',
      summary: 'Key times left to the timeline.',
      tags: ['derived-times'],
      timeline: [
        { at: '2026-03-04T09:12:00Z', text: 'Cache eviction change rolled out to all regions' },
        { at: '2026-03-04T09:20:00Z', text: 'Hit-rate alert fired' },
        { at: '2026-03-04T10:05:00Z', text: 'Incident resolved' },
      ],
    });
    await page.goto(`${e2e.server.url}/postmortems/${encodeURIComponent(created.id)}`);
    const row = (name: string) => page.locator('.times-table tr').filter({ has: page.getByRole('rowheader', { name, exact: true }) });
    await row('Detected').waitFor();
    await expect(row('Started').locator('td').first().textContent()).resolves.toContain('09:12');
    await expect(row('Detected').locator('.derived-from').textContent()).resolves.toBe('derived from the timeline: “Hit-rate alert fired”');
    await expect(row('Resolved').locator('.derived-from').textContent()).resolves.toBe('derived from the timeline: “Incident resolved”');
    await expect(page.locator('.derived').textContent()).resolves.toContain('53');

    await page.goto(`${e2e.server.url}/postmortems?tag=derived-times`);
    const listed = page.locator('.list-table tbody tr').filter({ hasText: 'Derived times' });
    await listed.waitFor();
    await expect(listed.locator('time').first().getAttribute('datetime')).resolves.toBe('2026-03-04T09:12:00Z');
    await screenshot(page, 'list-derived-start');
  });
});
