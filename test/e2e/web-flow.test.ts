/**
 * The main path through the web app: sign in, create, fill the timeline and action items, watch a blame
 * finding come and go, be refused and then allowed to finalize, close the action item, search, history.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROMPTS } from '../../src/core/template-prompts.js';
import { ADMIN, screenshot, signedInPage, signIn, useE2e } from './harness.js';

const TITLE = 'Checkout latency after the cache migration';
const ACTION = 'Add a canary stage for cache config changes';
const BLAME_RULE = 'blameless/no-blame-language';
/** The second reviewer, who approves what the admin wrote. */
const REVIEWER = { email: 'rev@example.com', name: 'Rene Vidal', password: 'plum kettle orbit lantern' };

const e2e = useE2e();
let page: Page;

beforeAll(async () => {
  page = await e2e.browser.newPage({ viewport: { width: 1280, height: 900 } });
});

/** Waits until the autosave indicator says everything is saved. */
async function saved(p: Page): Promise<void> {
  await p.locator('[data-save-state="saved"]').waitFor();
}

describe('the web app, end to end', () => {
  it('signs in and shows who is signed in', async () => {
    await signIn(page, e2e.server.url);
    await expect(page.getByTestId('current-user').textContent()).resolves.toContain(`${ADMIN.name} admin`);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Postmortems' }).click();
    await page.getByRole('heading', { name: 'Postmortems', level: 1 }).waitFor();
    await screenshot(page, 'list-empty');
  });

  it('creates a postmortem from severity, title and key times', async () => {
    await page.getByRole('link', { name: 'New postmortem' }).first().click();
    await page.getByLabel('Severity').selectOption('SEV2');
    await expect(page.getByLabel('Kind').inputValue()).resolves.toBe('full');
    await page.getByLabel('Title').fill(TITLE);
    await page.getByLabel('Impact started').fill('2026-11-10T14:02');
    await page.getByLabel('Resolved').fill('2026-11-10T14:40');
    await screenshot(page, 'new-postmortem');
    await page.getByRole('button', { name: 'Create and start writing' }).click();
    await page.locator('#section-metadata').waitFor();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(TITLE);
    await expect(page.locator('.derived').textContent()).resolves.toContain('38 min');
    // Created from facts only: every section empty, the full template's prompts shown as placeholders and hints.
    const summary = page.locator('#section-summary textarea');
    await expect(summary.inputValue()).resolves.toBe('');
    await expect(summary.getAttribute('placeholder')).resolves.toBe(PROMPTS.summary);
    await expect(page.locator('#section-rootCause textarea').getAttribute('placeholder')).resolves.toBe(PROMPTS.rootCause);
    await expect(page.getByRole('textbox', { name: 'Why 1' }).count()).resolves.toBe(0);
    await page.locator('#section-whys .prompt').getByText(PROMPTS.whys).waitFor();
    await expect(page.getByLabel('Action 1', { exact: true }).count()).resolves.toBe(0);
    await expect(page.getByLabel('What happened (event 1)').count()).resolves.toBe(0);
  });

  it('adds timeline events by pasting lines, kept in time order', async () => {
    await page.getByRole('button', { name: 'Paste several lines', exact: true }).click();
    await page.getByLabel('Lines to add').fill('14:02 Deploy of the cache config started\n14:09 Latency alert fired\nnot a time line');
    await page.getByRole('button', { name: 'Add these events' }).click();
    await page.getByRole('alert').filter({ hasText: 'no HH:MM time' }).waitFor();
    await page.getByLabel('Lines to add').fill('14:05 Error rate on checkout climbed\n14:40 Rolled back the cache config');
    await page.getByRole('button', { name: 'Add these events' }).click();
    const texts = await Promise.all([1, 2, 3, 4].map((n) => page.getByLabel(`What happened (event ${n})`).inputValue()));
    expect(texts).toEqual([
      'Deploy of the cache config started',
      'Error rate on checkout climbed',
      'Latency alert fired',
      'Rolled back the cache config',
    ]);
    await expect(page.getByLabel('What happened (event 5)').count()).resolves.toBe(0);
    await page.getByLabel('Kind of event 3').selectOption('alert');
    await saved(page);
  });

  it('adds an action item, its fields prompted, with owner, due date, priority, ticket and how it will be verified', async () => {
    await page.getByRole('button', { name: 'Add an action item', exact: true }).click();
    await expect(page.getByLabel('Action 1', { exact: true }).getAttribute('placeholder')).resolves.toBe(PROMPTS.actionItems);
    const verification = page.getByLabel('How action 1 will be verified');
    await expect(verification.getAttribute('placeholder')).resolves.toBe(PROMPTS.actionVerification);
    await page.getByLabel('Action 1', { exact: true }).fill(ACTION);
    await verification.fill('A config change with a bad TTL is stopped at the canary in a game day');
    await page.getByLabel('Owner of action 1').fill(ADMIN.name);
    await page.getByLabel('Due date of action 1').fill('2030-01-15');
    await page.getByLabel('Priority of action 1').selectOption('P1');
    await page.getByLabel('Ticket of action 1').fill('OPS-12');
    // Verified and Won't do are set on the Action items page, with the evidence or the reason the document cannot hold.
    await expect(page.getByLabel('Status of action 1').locator('option').allTextContents()).resolves.toEqual(['Open', 'In progress', 'Done']);
    await saved(page);
  });

  it('shows a blame finding beside the summary, refuses to finalize, and clears it after a rewrite; the author cannot approve', async () => {
    const summary = page.locator('#section-summary textarea');
    await summary.fill('Bob made a mistake and pushed the cache config without review.');
    await saved(page);
    const finding = page.locator(`#section-summary .finding[data-rule="${BLAME_RULE}"]`);
    await finding.waitFor();
    await expect(finding.textContent()).resolves.toContain('Try:');
    // The review notes speak of fields and buttons, not of Markdown: the empty Impact and Root cause say where to write.
    const notes = page.locator('.findings-panel');
    await notes.getByText('Try: Fill in Impact below: who was affected and how much, in numbers.').waitFor();
    await expect(notes.textContent()).resolves.not.toMatch(/##|front matter|\(actions:|Kind "/);
    await screenshot(page, 'editor-with-finding');

    await page.getByRole('button', { name: 'Submit for review' }).click();
    await page.getByRole('button', { name: 'Finalize' }).click();
    const refusal = page.locator('.refusal');
    await refusal.waitFor();
    await expect(refusal.textContent()).resolves.toContain(BLAME_RULE);

    await page.locator('.findings-panel .finding-jump').filter({ hasText: BLAME_RULE }).click();
    await page.locator('#section-summary textarea:focus').waitFor();

    await summary.fill('The deploy pipeline let an unreviewed cache config change reach production; checkout latency rose for 38 minutes.');
    await saved(page);
    await finding.waitFor({ state: 'detached' });
    // Its author cannot approve it, and final needs another reviewer's approval.
    const approvals = page.locator('.approvals');
    await approvals.getByText('Needs 1 more approval to be finalized (0 of 1).').waitFor();
    await approvals.getByText('You wrote this postmortem, so you cannot approve it').waitFor();
    await expect(page.getByRole('button', { name: 'Approve this revision' }).count()).resolves.toBe(0);
    await page.getByRole('button', { name: 'Finalize' }).click();
    await page.locator('.refusal').getByText(/cannot become final without 1 current approval/).waitFor();
  });

  it('is approved by another reviewer, signed in, on the revision in review; then it can be finalized', async () => {
    expect((await e2e.api('/users', { method: 'POST', body: JSON.stringify({ ...REVIEWER, role: 'editor' }) })).status).toBe(201);
    const reviewer = await signedInPage(e2e.browser, e2e.server.url, REVIEWER);
    await reviewer.page.setViewportSize({ width: 1366, height: 900 });
    await reviewer.page.goto(page.url().replace(/\/edit$/, ''));
    await reviewer.page.getByRole('button', { name: 'Approve this revision' }).click();
    const approval = reviewer.page.locator('.approvals .approval');
    await approval.getByText(REVIEWER.email).waitFor();
    await expect(approval.textContent()).resolves.toMatch(/approved revision \d+ on .*\d{4}/);
    await reviewer.page.locator('.approvals').getByText('Approved: 1 of 1 needed.').waitFor();
    await reviewer.page.getByRole('button', { name: 'Withdraw my approval' }).waitFor();
    await screenshot(reviewer.page, 'approved');
    await reviewer.context.close();

    await page.reload();
    await page.locator('.approvals').getByText('Approved: 1 of 1 needed.').waitFor();
    await page.getByRole('button', { name: 'Finalize' }).click();
    await page.locator('.workflow .badge-status-final').waitFor();
    await page.getByRole('button', { name: 'Publish' }).waitFor();
  });

  it('shows the read view and the revision history with a diff', async () => {
    await page.getByRole('link', { name: 'Read' }).click();
    await page.locator('.read-view').getByText('Rolled back the cache config', { exact: true }).waitFor();
    // The mitigation time was never typed: the key times say it came from the timeline.
    await page.locator('.read-view .derived-from').getByText('derived from the timeline: “Rolled back the cache config”').waitFor();
    await screenshot(page, 'read-view');
    await page.getByRole('link', { name: 'History' }).click();
    await page.getByText('In review → Final').waitFor();
    await page.getByRole('button', { name: 'Compare' }).last().click();
    await page.locator('.revision-diff ins').first().waitFor();
    // Beside the revisions on a wide screen, so the chosen row stays in view.
    const table = await page.locator('.history .table-scroll').boundingBox();
    const diff = await page.locator('.revision-diff').boundingBox();
    expect(diff !== null && table !== null && diff.x >= table.x + table.width && diff.y < table.y + table.height).toBe(true);
    // Fields by the names the editor gives them, not the model's keys.
    await page.locator('.revision-diff h4').getByText('Summary', { exact: true }).waitFor();
    await expect(page.locator('.revision-diff h4').getByText('actionItems').count()).resolves.toBe(0);
    // The first revision had no timeline and no action items: they read as lines, never as JSON.
    const diffText = await page.locator('.revision-diff').textContent();
    expect(diffText).toContain('2026-11-10 14:02 UTC — Deploy of the cache config started');
    expect(diffText).toMatch(/Add a canary stage for cache config changes — Administrator, due \d{4}-\d\d-\d\d, P1, Open, OPS-12/);
    expect(diffText).not.toMatch(/[{}]|"text":/);
    await screenshot(page, 'history');
  });

  it('finds the action item on the action-items page and closes it inline', async () => {
    await page.getByRole('link', { name: 'Action items' }).click();
    await page.getByLabel('Mine').check();
    const row = page.getByTestId('action-item-row').filter({ hasText: ACTION });
    await row.waitFor();
    await screenshot(page, 'action-items');
    await row.getByRole('combobox').selectOption('done');
    // Confirmed, and out of the "Not closed" list at once.
    await page.getByRole('status').filter({ hasText: `“${ACTION}” is now Done; it has left this list.` }).waitFor();
    await row.waitFor({ state: 'detached' });
    const items = await e2e.api<{ items: { item: { title: string; status: string } }[] }>('/action-items?status=done');
    expect(items.body.items.map((i) => i.item.title)).toContain(ACTION);
    await page.getByLabel('Status', { exact: true }).selectOption('done');
    await row.waitFor();
  });

  it('searches the list and shows duration and open action items per row', async () => {
    await page.getByRole('link', { name: 'Postmortems' }).click();
    await page.getByLabel('Search').fill('cache migration');
    const row = page.locator('.list-table tbody tr').filter({ hasText: TITLE });
    await row.waitFor();
    await expect(row.textContent()).resolves.toContain('38 min');
    // A ticket key and an owner's name find it too.
    for (const q of ['OPS-12', ADMIN.name]) {
      await page.getByLabel('Search').fill(q);
      await row.waitFor();
    }
    await page.getByLabel('Search').fill('no such words anywhere');
    await page.getByText('No postmortem matches these filters.').waitFor();
    await page.getByLabel('Search').fill('');
    await page.getByLabel('Status', { exact: true }).selectOption('final');
    await row.waitFor();
    await screenshot(page, 'list');
  });

  it('works at phone width', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.locator('.list-table').waitFor();
    const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'list-phone');
    await page.setViewportSize({ width: 1280, height: 900 });
  });
});
