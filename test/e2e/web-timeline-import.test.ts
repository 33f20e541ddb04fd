/**
 * Importing a tool's export into the timeline in the editor (issue 13): an editor uploads PagerDuty v3 webhook events,
 * sees the server's preview (counts, the events to add) while nothing changes, imports them as a revision of the
 * version the editor holds, and a second preview finds them already there; a broken file says why it is left out; a
 * stale version is refused in words; a viewer has no import control.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORPUS_DIR } from '../corpus.js';
import { startFakeFetchApis, type FakeFetchApis } from '../fake-fetch-apis.js';
import { slackExportZip } from '../slack-export-zip.js';
import { apiClient, EDITOR, screenshot, signedInPage, useE2e, VIEWER, ZONE, type Api } from './harness.js';

// A loopback Slack for the live fetch, started before the server, which is told to fetch from it.
let fake: FakeFetchApis;
beforeAll(async () => {
  fake = await startFakeFetchApis();
});
afterAll(() => fake?.close());
const e2e = useE2e(() => ({ DEBRIEF_SLACK_API_URL: `${fake.url}/slack`, DEBRIEF_SECRET_KEY: randomBytes(32).toString('base64') }));
let editorApi: Api;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  for (const user of [EDITOR, VIEWER]) expect((await e2e.api('/users', { method: 'POST', body: JSON.stringify(user) })).status).toBe(201);
  editorApi = await apiClient(e2e.server.url, EDITOR);
  ({ context, page } = await signedInPage(e2e.browser, e2e.server.url, EDITOR, { timezoneId: ZONE, viewport: { width: 1280, height: 900 } }));
});

afterAll(async () => {
  await context?.close();
});

interface Stored {
  id: string;
  version: number;
  timeline: { at: string | null; text: string; actor: string | null; kind: string | null; source: string | null }[];
}

/** PagerDuty v3 webhook events of the corpus, one JSON value per line, as a file to upload. */
function pagerDutyFile(name: string, events: readonly string[]): { name: string; mimeType: string; buffer: Buffer } {
  const lines = events.map((event) => JSON.stringify(JSON.parse(readFileSync(join(CORPUS_DIR, 'payloads', `pagerduty-webhook-v3__incident-${event}.json`), 'utf8'))));
  return { name, mimeType: 'application/x-ndjson', buffer: Buffer.from(lines.join('\n')) };
}

/** A postmortem of the editor's with one written event, opened in the editor with the import form open; its id. */
async function importFormOnNewPostmortem(title: string, tool = 'PagerDuty', times: Record<string, string> = {}): Promise<string> {
  const written = { at: '2021-06-04T13:40:00Z', written: '2021-06-04 13:40', approximate: false, text: 'Customers report slow checkout', actor: null, kind: null, source: 'typed' };
  const created = await editorApi<Stored>('/postmortems', { method: 'POST', body: JSON.stringify({ severity: 'SEV3', title, timeline: [written], times }) });
  expect(created.status).toBe(201);
  await page.goto(`${e2e.server.url}/postmortems/${created.body.id}/edit`);
  await page.locator('#section-metadata').waitFor();
  await page.getByRole('button', { name: 'Import from a tool', exact: true }).click();
  await page.getByLabel('Import from').selectOption({ label: tool });
  return created.body.id;
}

/** Previews the chosen export; the preview's region. */
async function preview() {
  await page.getByRole('button', { name: 'Preview the import', exact: true }).click();
  return page.getByRole('region', { name: 'Preview of the import' });
}

async function stored(id: string): Promise<Stored> {
  return (await e2e.api<Stored>(`/postmortems/${id}`)).body;
}

describe('importing a tool’s export into the timeline', () => {
  it('previews what a PagerDuty file would add without changing anything, imports it when asked, and finds it there after', async () => {
    const id = await importFormOnNewPostmortem('A paged incident');
    const before = await stored(id);
    await page.getByLabel('Export file').setInputFiles(pagerDutyFile('pagerduty-webhooks.jsonl', ['triggered', 'acknowledged']));

    const shown = await preview();
    await expect(shown.getByRole('status').textContent()).resolves.toBe('2 to add, 0 to join events other tools gave, 0 already there.');
    const rows = shown.getByRole('table', { name: 'Events to add' }).locator('tbody tr');
    // Columns: the time in the user's zone, UTC, what happened, who, kind.
    await expect(rows.nth(0).locator('td').allTextContents().then((cells) => cells.slice(1))).resolves.toEqual(['2021-06-04 13:35:29 UTC', 'Triggered: #9 Test Incident 3', 'PIG 208', 'Alert']);
    await expect(rows.nth(1).locator('td').allTextContents().then((cells) => cells.slice(1))).resolves.toEqual(['2021-06-04 13:55:30 UTC', 'Acknowledged: #10 Test Incident', 'PIG 208', 'Acknowledgement']);
    await expect(rows.count()).resolves.toBe(2);
    await screenshot(page, 'timeline-import-preview');
    // Nothing changed: not the stored postmortem, not the editor's rows.
    await expect(stored(id)).resolves.toEqual(before);
    await expect(page.getByLabel('What happened (event 2)').count()).resolves.toBe(0);

    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByText('Imported from PagerDuty: 2 added, 0 joined to events other tools gave, 0 already there.').waitFor();
    // The editor shows the new timeline, by time around the written event, and has nothing left to save.
    await expect(page.getByLabel('What happened (event 3)').inputValue()).resolves.toBe('Acknowledged: #10 Test Incident');
    const texts = await Promise.all([1, 2, 3].map((n) => page.getByLabel(`What happened (event ${n})`).inputValue()));
    expect(texts).toEqual(['Triggered: #9 Test Incident 3', 'Customers report slow checkout', 'Acknowledged: #10 Test Incident']);
    await expect(page.getByLabel('Who (event 1)').inputValue()).resolves.toBe('PIG 208');
    await page.locator('[data-save-state="saved"]').waitFor();

    const after = await stored(id);
    expect(after.version).toBe(before.version + 1);
    expect(after.timeline.map((e) => [e.at, e.text, e.actor, e.kind, e.source])).toEqual([
      ['2021-06-04T13:35:29.781Z', 'Triggered: #9 Test Incident 3', 'PIG 208', 'alert', 'pagerduty 01BZYIL05THJDFF2Y08X9SVMTU'],
      ['2021-06-04T13:40:00Z', 'Customers report slow checkout', null, null, 'typed'],
      ['2021-06-04T13:55:30.394Z', 'Acknowledged: #10 Test Incident', 'PIG 208', 'acknowledgement', 'pagerduty 01BZYK8N47N5JG55J1EEEHPEJI'],
    ]);
    const revisions = (await e2e.api<{ items: { note: string | null }[] }>(`/postmortems/${id}/revisions`)).body.items;
    expect(revisions.at(-1)?.note).toBe('timeline: 2 events imported from pagerduty');

    // The same file again: both already there, nothing to import.
    const again = await preview();
    await expect(again.getByRole('status').textContent()).resolves.toBe('0 to add, 0 to join events other tools gave, 2 already there.');
    await expect(again.getByRole('table').count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: 'Import', exact: true }).isDisabled()).resolves.toBe(true);
  });

  it('fetches a Slack channel\u2019s history live with a token, previews it, and imports it', async () => {
    const id = await importFormOnNewPostmortem('A chatty incident', 'Slack', { startedAt: '2024-03-03T14:00:00Z', resolvedAt: '2024-03-03T14:30:00Z' });
    await page.getByLabel('Channel id (C…)').fill('C1');
    await page.getByLabel('Token').fill('xoxb-bad');
    await page.getByRole('button', { name: 'Preview the import', exact: true }).click();
    await page.getByText('Slack conversations.history of C1: invalid_auth').waitFor();

    await page.getByLabel('Token').fill('xoxb-good');
    const shown = await preview();
    await expect(shown.getByRole('status').textContent()).resolves.toBe('2 to add, 0 to join events other tools gave, 0 already there.');
    await shown.getByText('slack C1 page 2 message 2').waitFor();
    await expect(shown.getByRole('table', { name: 'Events to add' }).locator('tbody tr td:nth-child(3)').allTextContents()).resolves.toEqual(['checkout is down', 'rolled back']);
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByText('Imported from Slack: 2 added, 0 joined to events other tools gave, 0 already there.').waitFor();
    expect((await stored(id)).timeline.map((e) => e.source)).toEqual(['typed', 'slack C1/1709474400.000100', 'slack C1/1709474460.000200']);
  });

  it('uploads a Slack export\u2019s .zip as it is, previews it, and imports each message under its channel', async () => {
    const id = await importFormOnNewPostmortem('A zipped export', 'Slack', { startedAt: '2018-01-20T15:00:00Z', resolvedAt: '2018-01-20T15:10:00Z' });
    await page.getByLabel('Export file').setInputFiles({ name: 'acme.zip', mimeType: 'application/zip', buffer: slackExportZip() });
    const shown = await preview();
    await expect(shown.getByRole('status').textContent()).resolves.toBe('3 to add, 0 to join events other tools gave, 0 already there.');
    await shown.getByText('acme.zip:incident/2018-01-20.json message 2').waitFor();
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByText('Imported from Slack: 3 added, 0 joined to events other tools gave, 0 already there.').waitFor();
    // Earlier than the written event (2021): before it, by time; each message's id names its channel.
    expect((await stored(id)).timeline.map((e) => e.source?.replace(/\/.*/, ''))).toEqual(['slack C061A0WJG', 'slack C061A0WJG', 'slack incident', 'typed']);
  });

  it('fetches with the Slack token an admin stored under Integrations (tested there) when the token is left empty', async () => {
    const { context: adminContext, page: admin } = await signedInPage(e2e.browser, e2e.server.url, undefined, { viewport: { width: 1366, height: 900 } });
    try {
      await admin.goto(`${e2e.server.url}/admin/integrations`);
      const form = admin.getByRole('form', { name: 'Add an integration' });
      await form.getByLabel('Tool').selectOption({ label: 'Slack API token (timeline fetch)' });
      await form.getByLabel('Name', { exact: true }).fill('Slack workspace');
      await form.getByLabel('API token').fill('xoxb-stored-token-0001');
      await form.getByRole('button', { name: 'Add integration' }).click();
      await admin.getByRole('status').filter({ hasText: 'Added the integration Slack workspace.' }).waitFor();
      const row = admin.locator('[data-testid="integration-row"][data-name="Slack workspace"]');
      await expect(row.locator('td').allTextContents()).resolves.toEqual(expect.arrayContaining(['Slack API token (timeline fetch)', 'set (…0001)', '—']));
      await expect(admin.content()).resolves.not.toContain('xoxb-stored-token-0001');
      await row.getByRole('button', { name: 'Test connection of Slack workspace' }).click();
      await admin.getByTestId('integration-test').getByText('Slack takes the token: workspace Acme as debrief').waitFor();
    } finally {
      await adminContext.close();
    }
    const id = await importFormOnNewPostmortem('A chat fetched with the stored token', 'Slack', { startedAt: '2024-03-03T14:00:00Z', resolvedAt: '2024-03-03T14:30:00Z' });
    await page.getByLabel('Channel id (C…)').fill('C1');
    const shown = await preview();
    await expect(shown.getByRole('status').textContent()).resolves.toBe('2 to add, 0 to join events other tools gave, 0 already there.');
    await expect(shown.getByRole('table', { name: 'Events to add' }).locator('tbody tr td:nth-child(4)').allTextContents()).resolves.toEqual(['Ana', 'Bo Chen']);
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByText('Imported from Slack: 2 added, 0 joined to events other tools gave, 0 already there.').waitFor();
    expect((await stored(id)).timeline.map((e) => e.source)).toEqual(['typed', 'slack C1/1709474400.000100', 'slack C1/1709474460.000200']);
  });

  it('names a file that is not JSON as left out, with why, and imports nothing from it', async () => {
    const id = await importFormOnNewPostmortem('A broken export');
    await page.getByLabel('Export file').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"event": ') });
    const shown = await preview();
    await expect(shown.getByRole('status').textContent()).resolves.toBe('0 to add, 0 to join events other tools gave, 0 already there.');
    const leftOut = shown.getByRole('listitem');
    await expect(leftOut.count()).resolves.toBe(1);
    await expect(leftOut.textContent()).resolves.toMatch(/^broken\.json: not JSON \(.+\); export the pagerduty data as JSON$/);
    await shown.getByText('1 entry is left out and will not be imported:').waitFor();
    await expect(page.getByRole('button', { name: 'Import', exact: true }).isDisabled()).resolves.toBe(true);
    await screenshot(page, 'timeline-import-left-out');

    // Pasted text instead of the file: an export of another tool is named as "the pasted text".
    await page.getByLabel('…or paste the export').fill('{"alerts": []}');
    await expect(page.getByRole('region', { name: 'Preview of the import' }).count()).resolves.toBe(0);
    await expect(page.getByLabel('Export file').inputValue()).resolves.toBe('');
    await expect((await preview()).getByRole('listitem').textContent()).resolves.toBe('the pasted text: neither log_entries, messages nor a webhook event: not a PagerDuty export');
    await expect(stored(id).then((pm) => pm.timeline.length)).resolves.toBe(1);
  });

  it('previews a Slack day file in the incident\u2019s window and says what it left out on purpose, and why', async () => {
    await importFormOnNewPostmortem('Uploads failing', 'Slack', { startedAt: '2018-01-20T15:00:00Z', resolvedAt: '2018-01-20T15:10:00Z' });
    await page.getByLabel('Export file').setInputFiles({ name: '2018-01-20.json', mimeType: 'application/json', buffer: readFileSync(join(CORPUS_DIR, 'payloads', 'slack-export__random__2018-01-20.json')) });
    const shown = await preview();
    await expect(shown.getByRole('status').textContent()).resolves.toBe('2 to add, 0 to join events other tools gave, 0 already there.');
    await shown.getByText('9 entries left out on purpose: 3 channel joins; 6 outside the incident window (2018-01-20T14:00:00.000Z to 2018-01-20T16:10:00.000Z).').waitFor();
    const rows = shown.getByRole('table', { name: 'Events to add' }).locator('tbody tr');
    await expect(rows.nth(1).locator('td').allTextContents().then((cells) => cells.slice(1, 4))).resolves.toEqual(['2018-01-20 14:06:52 UTC', 'Huh this is very useful being able to see the snippet of text files', 'U6006P1CN']);
    await screenshot(page, 'timeline-import-slack');
  });

  it('reads a CSV\u2019s times without a zone in the zone the form gives, the user\u2019s by default', async () => {
    await importFormOnNewPostmortem('Noted in a sheet', 'CSV');
    await expect(page.getByLabel('Time zone of times written without one').inputValue()).resolves.toBe(ZONE);
    await page.getByLabel('…or paste the export').fill('Time,Note,Who\n2021-06-04 16:02,Restarted the uploader,Ana\n');
    await page.getByLabel('Time zone of times written without one').fill('UTC');
    const shown = await preview();
    await expect(shown.getByRole('status').textContent()).resolves.toBe('1 to add, 0 to join events other tools gave, 0 already there.');
    const cells = await shown.getByRole('table', { name: 'Events to add' }).locator('tbody tr').nth(0).locator('td').allTextContents();
    expect(cells.slice(1, 4)).toEqual(['2021-06-04 16:02:00 UTC', 'Restarted the uploader', 'Ana']);
    await page.getByLabel('Time zone of times written without one').fill('Mars/Olympus');
    await page.getByRole('button', { name: 'Preview the import', exact: true }).click();
    await page.getByRole('alert').filter({ hasText: /timezone/ }).waitFor();
  });

  it('says in words that someone else saved since the editor loaded, and imports nothing', async () => {
    const id = await importFormOnNewPostmortem('Edited by two');
    const before = await stored(id);
    expect((await e2e.api(`/postmortems/${id}`, { method: 'PATCH', body: JSON.stringify({ title: 'Renamed by the admin' }), contentType: 'application/merge-patch+json', ifMatch: before.version })).status).toBe(200);
    await page.getByLabel('Export file').setInputFiles(pagerDutyFile('resolved.json', ['resolved']));
    await expect((await preview()).getByRole('status').textContent()).resolves.toBe('1 to add, 0 to join events other tools gave, 0 already there.');
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByRole('alert').filter({ hasText: 'Someone else saved a change to this postmortem after your editor loaded it, so nothing was imported.' }).waitFor();
    const after = await stored(id);
    expect([after.version, after.timeline.length]).toEqual([before.version + 1, 1]);
  });

  it('is not offered to a viewer', async () => {
    const created = await editorApi<Stored>('/postmortems', { method: 'POST', body: JSON.stringify({ severity: 'SEV3', title: 'Read by a viewer' }) });
    const viewer = await signedInPage(e2e.browser, e2e.server.url, VIEWER);
    try {
      await viewer.page.goto(`${e2e.server.url}/postmortems/${created.body.id}/edit`);
      await viewer.page.getByRole('heading', { name: 'Read by a viewer', level: 1 }).waitFor();
      await expect(viewer.page.getByRole('link', { name: 'Edit', exact: true }).count()).resolves.toBe(0);
      await expect(viewer.page.getByRole('button', { name: 'Import from a tool' }).count()).resolves.toBe(0);
      await expect(viewer.page.getByLabel('Import from').count()).resolves.toBe(0);
    } finally {
      await viewer.context.close();
    }
  });
});
