/**
 * Details that once went wrong: a removed action item's links, a cleared time, a row moved under the cursor, an
 * address with broken escapes, a blank filter, a lint check that fails; and a final postmortem that must stay frozen.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../cli-harness.js';
import { type Api, apiClient, screenshot, signedInPage, TICKET_URL, useE2e } from './harness.js';

const e2e = useE2e();
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  ({ context, page } = await signedInPage(e2e.browser, e2e.server.url));
});

/** A second editor, who approves what the admin wrote (made on first use). */
const REVIEWER = { email: 'reviewer@example.com', password: 'plum kettle orbit lantern' };
let reviewerApi: Api | undefined;

/** Moves a clean postmortem the admin wrote to final through the API, the reviewer approving it in review. */
async function finalise(id: string): Promise<void> {
  const move = (to: string) => e2e.api(`/postmortems/${id}/transitions`, { method: 'POST', body: JSON.stringify({ to }) });
  expect((await move('in_review')).status).toBe(200);
  if (reviewerApi === undefined) {
    expect((await e2e.api('/users', { method: 'POST', body: JSON.stringify({ ...REVIEWER, role: 'editor' }) })).status).toBe(201);
    reviewerApi = await apiClient(e2e.server.url, REVIEWER);
  }
  expect((await reviewerApi(`/postmortems/${id}/approvals`, { method: 'POST' })).status).toBe(201);
  expect((await move('final')).status).toBe(200);
}

afterAll(async () => {
  await context.close();
});

interface Stored {
  id: string;
  contributingFactors: { actionItems: string[] }[];
  actionItems: { id: string | null }[];
  otherSections: { heading: string; body: string }[];
  timeline: { at: string | null; written: string; text: string }[];
}

/** Creates a postmortem through the API and opens its editor. */
async function editNew(body: Record<string, unknown>): Promise<string> {
  const created = await e2e.api<Stored>('/postmortems', { method: 'POST', body: JSON.stringify({ severity: 'SEV3', ...body }) });
  expect(created.status).toBe(201);
  await page.goto(`${e2e.server.url}/postmortems/${created.body.id}/edit`);
  await page.locator('#section-metadata').waitFor();
  return created.body.id;
}

/** The postmortem as stored, once the editor says everything is saved. */
async function storedAfterSave(id: string): Promise<Stored> {
  await page.locator('[data-save-state="saved"]').waitFor();
  return (await e2e.api<Stored>(`/postmortems/${id}`)).body;
}

describe('editing details', () => {
  it('renames an action item\u2019s id in the factors that link it, and takes a deleted one out of them', async () => {
    const id = await editNew({
      title: 'Links to a deleted item',
      actionItems: [
        { id: 'AI-1', title: 'Alert on pool saturation' },
        { id: 'AI-2', title: 'Cap the pool size in the deploy check' },
      ],
      contributingFactors: [{ text: 'The pool size was not checked', category: null, actionItems: ['AI-1', 'AI-2'] }],
    });
    // The ids the review notes and the factors refer to are shown, and editable; a factor's link follows a new id.
    for (const [n, itemId] of [[1, 'AI-1'], [2, 'AI-2']] as const) await expect(page.getByLabel(`Id of action ${n}`).inputValue()).resolves.toBe(itemId);
    await page.getByLabel('Id of action 2').fill('OPS-7');
    await page.getByRole('button', { name: 'Delete action 1' }).click();
    await expect(page.getByLabel('Action 2', { exact: true }).count()).resolves.toBe(0);
    const stored = await storedAfterSave(id);
    expect(stored.actionItems.map((item) => item.id)).toEqual(['OPS-7']);
    expect(stored.contributingFactors.map((f) => f.actionItems)).toEqual([['OPS-7']]);
  });

  it('shows long action-item and timeline values whole, at 1366 px and on a phone', async () => {
    const owner = 'Dana Kirkpatrick-Oyelaran';
    const ticket = 'https://jira.example.com/browse/OPS-1234';
    const event = 'Payments gateway pool exhausted; checkout requests queued behind the 12 remaining connections for nine minutes';
    await editNew({
      title: 'Long values',
      actionItems: [{ id: 'AI-1', title: 'Graph p99 and max pool usage per gateway instance on the payments dashboard, with an alert at 80%', owner, ticket, verification: 'A game day that drains the pool to 90% and the alert fires within two minutes' }],
      timeline: [{ at: '2026-11-10T14:02:00Z', text: event }],
    });
    /** True when a control shows its whole value: nothing scrolled out of sight. */
    const whole = (label: string) => page.getByLabel(label, { exact: true }).evaluate((el: { scrollWidth: number; clientWidth: number; scrollHeight: number; clientHeight: number }) => el.scrollWidth <= el.clientWidth + 1 && el.scrollHeight <= el.clientHeight + 2);
    for (const width of [1366, 390]) {
      await page.setViewportSize({ width, height: 900 });
      for (const label of ['Action 1', 'Owner of action 1', 'Ticket of action 1', 'How action 1 will be verified', 'What happened (event 1)']) {
        await expect(whole(label), `${label} at ${width} px`).resolves.toBe(true);
      }
      await expect(page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth'), `page overflow at ${width} px`).resolves.toBeLessThanOrEqual(0);
      await screenshot(page, `editor-long-values-${width}`);
    }
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('edits sections Debrief has no field for: rename, reorder, add and delete, as Markdown', async () => {
    const id = await editNew({ title: 'Own sections', otherSections: [{ heading: 'Detection', body: 'Paged by PagerDuty.' }, { heading: 'Appendix', body: 'Graphs.' }] });
    await page.getByLabel('Heading of section 1').fill('How we noticed');
    await page.getByRole('button', { name: 'Move section 2 up' }).click();
    await page.getByRole('button', { name: 'Add a section', exact: true }).click();
    await page.getByLabel('Heading of section 3').fill('Resolution');
    await page.getByLabel('Text of Resolution').fill('Rolled back **release 4.2**.');
    await page.getByRole('button', { name: 'Delete section 1' }).click();
    const stored = await storedAfterSave(id);
    expect(stored.otherSections).toEqual([
      { heading: 'How we noticed', body: 'Paged by PagerDuty.' },
      { heading: 'Resolution', body: 'Rolled back **release 4.2**.' },
    ]);
    await screenshot(page, 'editor-other-sections');
  });

  it('clears a time together with the text it was written as', async () => {
    const id = await editNew({ title: 'A cleared time', timeline: [{ at: '2026-11-10T14:02:00Z', text: 'Deploy started' }] });
    const time = page.getByLabel('Time of event 1');
    await expect(time.inputValue()).resolves.not.toBe('');
    await time.fill('');
    await time.blur();
    const stored = await storedAfterSave(id);
    expect(stored.timeline).toEqual([expect.objectContaining({ at: null, written: '', text: 'Deploy started' })]);
  });

  it('keeps the typing in the event that setting its time moved to another row', async () => {
    const id = await editNew({
      title: 'A row that moves',
      timeline: [
        { at: '2026-11-10T14:00:00Z', text: 'First' },
        { at: '2026-11-10T14:30:00Z', text: 'Second' },
      ],
    });
    await page.getByRole('button', { name: 'Add an event', exact: true }).click();
    // The new row comes last; a time a day earlier moves it first when the field is left, here for its own text.
    await page.getByLabel('Time of event 3').fill('2026-11-09T13:00');
    await page.getByLabel('What happened (event 3)').focus();
    await page.keyboard.type('Moved here');
    const stored = await storedAfterSave(id);
    expect(stored.timeline.map((event) => event.text)).toEqual(['Moved here', 'First', 'Second']);
  });

  it('treats a filter of spaces as no filter, and shows the fields of a refused filter', async () => {
    expect((await e2e.api('/postmortems', { method: 'POST', body: JSON.stringify({ title: 'Listed whatever the blank filter' }) })).status).toBe(201);
    await page.goto(`${e2e.server.url}/postmortems`);
    await page.getByLabel('Service').fill('   ');
    await page.getByRole('link', { name: 'Listed whatever the blank filter' }).waitFor();
    await expect(page.getByRole('alert').count()).resolves.toBe(0);
    await page.goto(`${e2e.server.url}/postmortems?from=yesterday`);
    await page.getByRole('alert').filter({ hasText: /from: / }).waitFor();
    await expect(page.getByText('No postmortem matches these filters.').count()).resolves.toBe(0);
  });

  it('says so when the lint check fails, instead of "Checking…" for ever', async () => {
    const id = await editNew({ title: 'Lint unavailable' });
    await page.route('**/api/v1/postmortems/*/lint', (route) => route.fulfill({ status: 503, contentType: 'application/json', body: '{"error":{"code":"unavailable","message":"Try again later."}}' }));
    try {
      await page.goto(`${e2e.server.url}/postmortems/${id}`);
      await page.locator('.findings-panel [role="alert"]').filter({ hasText: 'Could not check this version' }).waitFor();
      await expect(page.locator('.findings-count').textContent()).resolves.toBe('Not checked.');
    } finally {
      await page.unroute('**/api/v1/postmortems/*/lint');
    }
  });

  it('lists "Mine" (owned by name or by e-mail) in priority order, like every other list of action items', async () => {
    const items = [
      { title: 'Mine by name, P3', owner: 'Administrator', priority: 'P3' },
      { title: 'Mine by e-mail, P1', owner: 'admin@example.com', priority: 'P1' },
    ];
    for (const item of items) {
      expect((await e2e.api('/postmortems', { method: 'POST', body: JSON.stringify({ title: `Owned: ${item.title}`, actionItems: [item] }) })).status).toBe(201);
    }
    await page.goto(`${e2e.server.url}/action-items?mine=1`);
    const rows = page.getByTestId('action-item-row').filter({ hasText: /Mine by/ });
    await rows.nth(1).waitFor();
    const titles = await rows.allTextContents();
    expect(titles.map((text) => /Mine by [a-z-]+, P\d/.exec(text)?.[0])).toEqual(['Mine by e-mail, P1', 'Mine by name, P3']);
  });

  it('saves the typing still pending when the user signs out, and does not then claim the session ended', async () => {
    const created = await e2e.api<Stored>('/postmortems', { method: 'POST', body: JSON.stringify({ title: 'Before signing out' }) });
    const own = await signedInPage(e2e.browser, e2e.server.url);
    try {
      await own.page.goto(`${e2e.server.url}/postmortems/${created.body.id}/edit`);
      await own.page.getByLabel('Title').fill('Typed just before signing out');
      await own.page.getByRole('button', { name: 'Sign out' }).click();
      await own.page.getByLabel('E-mail').waitFor();
      await expect(own.page.getByText('Your session has ended').count()).resolves.toBe(0);
      expect((await e2e.api<{ title: string }>(`/postmortems/${created.body.id}`)).body.title).toBe('Typed just before signing out');
    } finally {
      await own.context.close();
    }
  });

  it('freezes a final postmortem: no Edit, no restore; reopening asks why and records it', async () => {
    const markdown = readFileSync(join(repoRoot, 'examples/checkout-latency.md'), 'utf8').replace(/^id: .*\n/m, '').replace(/^status: .*$/m, 'status: draft');
    const created = await e2e.api<{ id: string }>('/postmortems', { method: 'POST', body: markdown, contentType: 'text/markdown' });
    expect(created.status).toBe(201);
    const { id } = created.body;
    await finalise(id);
    await page.goto(`${e2e.server.url}/postmortems/${id}/edit`);
    await page.locator('.workflow .badge-status-final').waitFor();
    // Read only: the editor is not offered, and the page says why and what still works.
    await page.locator('.read-view').waitFor();
    await expect(page.getByRole('link', { name: 'Edit' }).count()).resolves.toBe(0);
    await page.getByText('Final: frozen. Reopen it to draft to change it; action items can still be closed.').waitFor();
    await page.getByRole('link', { name: 'History' }).click();
    await page.getByText('In review → Final').waitFor();
    await expect(page.getByRole('button', { name: /^Restore/ }).count()).resolves.toBe(0);

    await page.getByRole('button', { name: 'Reopen…' }).click();
    const submit = page.getByRole('button', { name: 'Reopen to draft' });
    await expect(submit.isDisabled()).resolves.toBe(true);
    await page.getByLabel('Why reopen it?').fill('The customer count was wrong');
    await screenshot(page, 'reopen');
    await submit.click();
    await page.locator('.workflow .badge-status-draft').waitFor();
    await page.getByText('Final → Draft, reopened: The customer count was wrong').waitFor();
    // Restore asks first; Cancel changes nothing, Restore makes a new revision.
    const read = async () => (await e2e.api<{ version: number; title: string }>(`/postmortems/${id}`)).body;
    const { title } = await read();
    expect((await e2e.api(`/postmortems/${id}`, { method: 'PATCH', body: JSON.stringify({ title: 'Retitled after reopening' }), ifMatch: 4 })).status).toBe(200);
    await page.reload();
    await page.locator('.history td').getByText('Final → Draft, reopened').waitFor();
    const version = async () => (await read()).version;
    const before = await version();
    await page.getByRole('button', { name: 'Restore revision 1' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Restore revision 1?').waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(await version()).toBe(before);
    await page.getByRole('button', { name: 'Restore revision 1' }).click();
    await dialog.getByRole('button', { name: 'Restore', exact: true }).click();
    await page.locator('.history td').getByText('Restored revision 1').waitFor();
    expect(await read()).toMatchObject({ version: before + 1, title });
    await page.getByRole('link', { name: 'Edit' }).click();
    await page.locator('#section-metadata').waitFor();
  });

  it('shows readers the published version while it is reopened and revised; writers are told so', async () => {
    const markdown = readFileSync(join(repoRoot, 'examples/checkout-latency.md'), 'utf8').replace(/^id: .*\n/m, '').replace(/^status: .*$/m, 'status: draft');
    const { id, title } = (await e2e.api<{ id: string; title: string }>('/postmortems', { method: 'POST', body: markdown, contentType: 'text/markdown' })).body;
    await finalise(id);
    expect((await e2e.api(`/postmortems/${id}/transitions`, { method: 'POST', body: JSON.stringify({ to: 'published' }) })).status).toBe(200);
    expect((await e2e.api(`/postmortems/${id}/transitions`, { method: 'POST', body: JSON.stringify({ to: 'draft', reason: 'Add the second region' }) })).status).toBe(200);
    expect((await e2e.api(`/postmortems/${id}`, { method: 'PATCH', body: JSON.stringify({ title: 'Revision in progress' }), ifMatch: 5 })).status).toBe(200);
    const reader = { email: 'reader@example.com', password: 'quiet-harbour-lantern-41' };
    expect((await e2e.api('/users', { method: 'POST', body: JSON.stringify({ ...reader, name: 'Rea Der', role: 'viewer' }) })).status).toBe(201);
    const readerContext = await e2e.browser.newContext();
    try {
      await readerContext.request.post(`${e2e.server.url}/api/v1/auth/login`, { data: reader });
      const readerPage = await readerContext.newPage();
      await readerPage.goto(`${e2e.server.url}/postmortems/${id}`);
      await readerPage.getByText(/^Being revised: this is the version published on /).waitFor();
      await readerPage.locator('.read-view').waitFor();
      await expect(readerPage.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(title);
      await expect(readerPage.locator('main').textContent()).resolves.not.toContain('Revision in progress');
      await screenshot(readerPage, 'published-for-readers');
      // A viewer is offered nothing they cannot do, and every page has its icon.
      await expect(readerPage.getByRole('link', { name: 'New postmortem' }).count()).resolves.toBe(0);
      await readerPage.goto(`${e2e.server.url}/postmortems/new`);
      await readerPage.getByText('Your role (viewer) reads postmortems; an editor or an admin creates them.', { exact: false }).waitFor();
      await expect(readerPage.getByRole('button', { name: 'Create and start writing' }).count()).resolves.toBe(0);
      const icon = await readerPage.locator('link[rel="icon"]').getAttribute('href');
      const served = await readerContext.request.get(`${e2e.server.url}${icon}`);
      expect([served.status(), served.headers()['content-type']]).toEqual([200, expect.stringMatching(/^image\/svg\+xml/)]);
    } finally {
      await readerContext.close();
    }
    await page.goto(`${e2e.server.url}/postmortems/${id}`);
    await page.getByText(/^Readers see the version published on .* \(revision 4\) until this one is published\.$/).waitFor();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Revision in progress');
  });

  it('draws the Restricted control as large as any other at 1366 px', async () => {
    await editNew({ title: 'A security incident' });
    await page.setViewportSize({ width: 1366, height: 900 });
    const box = await page.getByLabel(/^Restricted/).boundingBox();
    expect(box?.width).toBeGreaterThanOrEqual(16);
    expect(box?.height).toBeGreaterThanOrEqual(16);
  });

  it('marks overdue action items, shows their ids and links ticket addresses and keys', async () => {
    await e2e.api('/postmortems', {
      method: 'POST',
      body: JSON.stringify({
        title: 'Items to chase',
        actionItems: [
          { id: 'AI-7', title: 'Rotate the webhook secret', owner: 'Ola Nordmann', due: '2020-01-15', ticket: 'https://tracker.example.com/browse/SEC-7' },
          { id: 'AI-8', title: 'Add a secret scanner to CI', owner: 'Ola Nordmann', due: '2099-01-15', ticket: 'SEC-8' },
        ],
      }),
    });
    await page.goto(`${e2e.server.url}/action-items?owner=Ola%20Nordmann`);
    const late = page.getByTestId('action-item-row').filter({ hasText: 'Rotate the webhook secret' });
    const onTime = page.getByTestId('action-item-row').filter({ hasText: 'Add a secret scanner to CI' });
    await late.waitFor();
    await expect(late.getAttribute('class')).resolves.toBe('overdue');
    await late.getByText('Overdue', { exact: true }).waitFor();
    await expect(onTime.getAttribute('class')).resolves.toBeNull();
    await expect(late.locator('.item-id').textContent()).resolves.toBe('AI-7');
    await expect(late.getByRole('link', { name: 'https://tracker.example.com/browse/SEC-7' }).getAttribute('href')).resolves.toBe('https://tracker.example.com/browse/SEC-7');
    // A key links through the instance's ticket URL (DEBRIEF_TICKET_URL), here and in the read view.
    await expect(onTime.getByRole('link', { name: 'SEC-8' }).getAttribute('href')).resolves.toBe(TICKET_URL.replace('{key}', 'SEC-8'));
    await screenshot(page, 'action-items-overdue');
  });

  it('tells times it converted to UTC from parts it could not read, in the import report', async () => {
    await page.goto(`${e2e.server.url}/postmortems/new`);
    await page.getByLabel('Import Markdown').check();
    const markdown = ['# Queue stall', '', '## Timeline', '', '| Time | Event |', '| --- | --- |', '| 2024-03-01 09:05 PST | deploy started |', '| 2024-03-01 09:40 PST | alert fired |', '| soon after | rolled back |'].join('\n');
    await page.getByLabel('…or paste the document').fill(markdown);
    await page.getByRole('button', { name: 'Import' }).click();
    await page.getByText('It converted 2 times to UTC:').waitFor();
    await page.getByText('The importer could not read one part of the document:').waitFor();
    await expect(page.getByText('Everything in the document was read.').count()).resolves.toBe(0);
    await screenshot(page, 'import-report');
  });

  it('answers an address with broken escapes with the not-found page, not a blank app', async () => {
    // The server refuses such an address (400 bad_url); inside the app, history can still reach one.
    await page.goto(`${e2e.server.url}/postmortems`);
    await page.evaluate("window.history.pushState(null, '', '/postmortems/%ZZ'); window.dispatchEvent(new PopStateEvent('popstate'));");
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('There is no such page');
  });

  it('deletes a postmortem after confirming, and restores it whole from Admin → Deleted', async () => {
    const markdown = readFileSync(join(repoRoot, 'examples/checkout-latency.md'), 'utf8').replace(/^id: .*\n/m, '').replace(/^status: .*$/m, 'status: draft');
    const { id, title } = (await e2e.api<{ id: string; title: string }>('/postmortems', { method: 'POST', body: markdown, contentType: 'text/markdown' })).body;
    expect((await e2e.api(`/postmortems/${id}/comments`, { method: 'POST', body: JSON.stringify({ body: 'Kept with it' }) })).status).toBe(201);
    await page.goto(`${e2e.server.url}/postmortems/${id}`);
    await page.getByRole('button', { name: 'Delete…' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText(`Delete “${title}”?`).waitFor();
    await dialog.getByText(/restore it whole .* for 30 days/).waitFor();
    await screenshot(page, 'delete-confirm');
    await dialog.getByRole('button', { name: 'Delete' }).click();
    await page.getByRole('heading', { name: 'Deleted postmortems' }).waitFor();
    expect((await e2e.api(`/postmortems/${id}`)).status).toBe(404);
    const row = page.getByTestId('deleted-row').filter({ hasText: title });
    await expect(row.locator('td').nth(1).textContent()).resolves.toBe(id);
    await screenshot(page, 'deleted-list');
    await row.getByRole('button', { name: `Restore “${title}”` }).click();
    await page.getByText(`Restored “${title}”.`).waitFor();
    await page.getByRole('link', { name: `Open “${title}”` }).click();
    await page.locator('.comments').getByText('Kept with it').waitFor();
  });
});
