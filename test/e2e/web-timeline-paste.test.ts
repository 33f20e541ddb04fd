/**
 * Pasting timeline lines (issue 10): the time shapes the importer reads ('[14:05]', '2:10 PM', '14:25 UTC'), a
 * preview before anything is added, a line moved to the next day said so and put back on request, and days the lines
 * name ('Day 2', 'Tuesday', 'Next day') read as the importer reads them, each with the date it stands for. The browser
 * runs in Europe/Berlin (UTC+1 in March), so that a zone written on a line visibly wins over the user's own.
 */
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, screenshot, useE2e } from './harness.js';

const e2e = useE2e();
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  context = await e2e.browser.newContext({ timezoneId: 'Europe/Berlin', viewport: { width: 1280, height: 900 } });
  await context.request.post(`${e2e.server.url}/api/v1/auth/login`, { data: { email: ADMIN.email, password: ADMIN.password } });
  page = await context.newPage();
  page.setDefaultTimeout(10_000);
});

afterAll(async () => {
  await context?.close();
});

interface Stored {
  id: string;
  timeline: { at: string | null; written: string; text: string; approximate: boolean }[];
}

const PASTED = [
  '[14:05] Deploy of checkout v142 started',
  '2:10 PM Latency alert fired',
  '14:25 UTC Rolled back the deploy',
  'not a time line',
  '23:50 Error rate climbed again',
  '00:20 Failed over to the standby',
  '00:35 Traffic back to normal',
].join('\n');

const MOVED = '2 lines fall on the next day, Sat 2 Mar 2024, because the time on line 6 (00:20) is earlier than the line before it (23:50).';
const KEPT = 'The time on line 6 (00:20) is earlier than the line before it (23:50) but stays on Fri 1 Mar 2024.';

/** The texts of the cells of the preview's row for a pasted line. */
function cells(preview: Locator, line: number): Promise<string[]> {
  return preview.locator(`tr[data-line="${line}"] td`).allTextContents();
}

/** A new postmortem opened in the editor with the paste form open on 1 March 2024; its id. */
async function pasteFormOnNewPostmortem(title: string): Promise<string> {
  const created = await e2e.api<Stored>('/postmortems', { method: 'POST', body: JSON.stringify({ severity: 'SEV3', title }) });
  expect(created.status).toBe(201);
  await page.goto(`${e2e.server.url}/postmortems/${created.body.id}/edit`);
  await page.locator('#section-metadata').waitFor();
  await page.getByRole('button', { name: 'Paste several lines', exact: true }).click();
  await page.getByLabel('Day of the first line').fill('2024-03-01');
  return created.body.id;
}

/** Once the editor has saved, the stored timeline as [instant, written, text] rows. */
async function savedTimeline(id: string): Promise<(string | null)[][]> {
  await page.locator('[data-save-state="saved"]').waitFor();
  const stored = (await e2e.api<Stored>(`/postmortems/${id}`)).body;
  return stored.timeline.map((e) => [e.at, e.written, e.text]);
}

const NAMED = [
  '09:00 Disk filling up on db-2',
  'Day 2',
  '08:30 Disk full, writes failing',
  'Tuesday 14:05 Cleanup job deployed',
  '14:30 Writes back to normal',
  'Next day 09:00 Disks checked',
].join('\n');

describe('pasting timeline lines', () => {
  it('previews what it reads, says which lines move to the next day, and adds them only when asked', async () => {
    const id = await pasteFormOnNewPostmortem('A pasted timeline');
    await expect(page.getByLabel('The times are in').inputValue()).resolves.toBe('local');
    await page.getByLabel('Lines to add').fill(PASTED);

    const preview = page.getByRole('region', { name: 'Preview of the events to add' });
    await expect(preview.getByRole('status').textContent()).resolves.toBe('6 events to add. 2 lines are moved to a later day. 1 line not read.');
    await preview.getByText(MOVED).waitFor();
    // Columns: line, time as written, day and time in the user's zone, UTC as saved, text, notes.
    await expect(cells(preview, 1)).resolves.toEqual(['1', '14:05', 'Fri 1 Mar 2024, 14:05', '2024-03-01 13:05 UTC', 'Deploy of checkout v142 started', '']);
    await expect(cells(preview, 2)).resolves.toEqual(['2', '2:10 PM', 'Fri 1 Mar 2024, 14:10', '2024-03-01 13:10 UTC', 'Latency alert fired', '']);
    await expect(cells(preview, 3)).resolves.toEqual(['3', '14:25 UTC', 'Fri 1 Mar 2024, 15:25', '2024-03-01 14:25 UTC', 'Rolled back the deploy', 'zone UTC from the line']);
    await expect(cells(preview, 5)).resolves.toEqual(['5', '23:50', 'Fri 1 Mar 2024, 23:50', '2024-03-01 22:50 UTC', 'Error rate climbed again', '']);
    await expect(cells(preview, 6)).resolves.toEqual(['6', '00:20', 'Sat 2 Mar 2024, 00:20 next day', '2024-03-01 23:20 UTC', 'Failed over to the standby', 'Line 6 on the next day']);
    await expect(cells(preview, 7)).resolves.toEqual(['7', '00:35', 'Sat 2 Mar 2024, 00:35 next day', '2024-03-01 23:35 UTC', 'Traffic back to normal', '']);
    await expect(preview.locator('tr[data-line="4"]').count()).resolves.toBe(0);
    await preview.getByText('Line 4 “not a time line”: no HH:MM time at the start of the line').waitFor();
    await expect(page.getByRole('button', { name: 'Add these events (6)' }).isEnabled()).resolves.toBe(true);
    await screenshot(page, 'timeline-paste-preview');
    // Nothing is added before the user confirms.
    await expect(page.getByLabel('What happened (event 1)').count()).resolves.toBe(0);

    // Unticked, the line and the one after it stay on the first day, and the preview still says why.
    const nextDay = preview.getByRole('checkbox', { name: 'Line 6 on the next day' });
    await expect(nextDay.isChecked()).resolves.toBe(true);
    await nextDay.uncheck();
    await preview.getByText(KEPT).waitFor();
    await expect(preview.getByText(MOVED).count()).resolves.toBe(0);
    await expect(cells(preview, 6)).resolves.toEqual(['6', '00:20', 'Fri 1 Mar 2024, 00:20', '2024-02-29 23:20 UTC', 'Failed over to the standby', 'Line 6 on the next day']);
    await expect(cells(preview, 7)).resolves.toEqual(['7', '00:35', 'Fri 1 Mar 2024, 00:35', '2024-02-29 23:35 UTC', 'Traffic back to normal', '']);
    await nextDay.check();
    await preview.getByText(MOVED).waitFor();

    await page.getByRole('button', { name: 'Add these events (6)' }).click();
    await page.getByRole('alert').filter({ hasText: 'Added 6 events. Not added, and left in the box above to fix:' }).filter({ hasText: 'no HH:MM time' }).waitFor();
    await expect(page.getByLabel('Lines to add').inputValue()).resolves.toBe('not a time line');

    const texts = await Promise.all([1, 2, 3, 4, 5, 6].map((n) => page.getByLabel(`What happened (event ${n})`).inputValue()));
    expect(texts).toEqual(['Deploy of checkout v142 started', 'Latency alert fired', 'Rolled back the deploy', 'Error rate climbed again', 'Failed over to the standby', 'Traffic back to normal']);
    await expect(page.getByLabel('Time of event 5').inputValue()).resolves.toBe('2024-03-02T00:20');

    expect(await savedTimeline(id)).toEqual([
      ['2024-03-01T13:05:00Z', '2024-03-01 13:05', 'Deploy of checkout v142 started'],
      ['2024-03-01T13:10:00Z', '2024-03-01 13:10', 'Latency alert fired'],
      ['2024-03-01T14:25:00Z', '2024-03-01 14:25', 'Rolled back the deploy'],
      ['2024-03-01T22:50:00Z', '2024-03-01 22:50', 'Error rate climbed again'],
      ['2024-03-01T23:20:00Z', '2024-03-01 23:20', 'Failed over to the standby'],
      ['2024-03-01T23:35:00Z', '2024-03-01 23:35', 'Traffic back to normal'],
    ]);
  });

  it('reads "Day 2", a weekday and "Next day" from the chosen day, shows the date of each, and saves them there', async () => {
    const id = await pasteFormOnNewPostmortem('A pasted timeline over several days');
    await page.getByLabel('Lines to add').fill(NAMED);

    const preview = page.getByRole('region', { name: 'Preview of the events to add' });
    await expect(preview.getByRole('status').textContent()).resolves.toBe('5 events to add. 4 lines are on a day named in the lines.');
    // Each day named, the date it is read as, and how.
    await preview.getByText('Line 2 “Day 2” is Sat 2 Mar 2024, counting Fri 1 Mar 2024 as Day 1.').waitFor();
    await preview.getByText('Line 4 “Tuesday” is Tue 5 Mar 2024, the first Tuesday on or after Sat 2 Mar 2024.').waitFor();
    await preview.getByText('Line 6 “Next day” is Wed 6 Mar 2024, the day after Tue 5 Mar 2024.').waitFor();
    await preview.getByText('Line 2 sets the day: Day 2 → Sat 2 Mar 2024 for the lines after it.').waitFor();
    // Every row off the first day says which named day put it there (Berlin is UTC+1 in March).
    await expect(cells(preview, 1)).resolves.toEqual(['1', '09:00', 'Fri 1 Mar 2024, 09:00', '2024-03-01 08:00 UTC', 'Disk filling up on db-2', '']);
    await expect(cells(preview, 3)).resolves.toEqual(['3', '08:30', 'Sat 2 Mar 2024, 08:30', '2024-03-02 07:30 UTC', 'Disk full, writes failing', 'Day 2 (line 2) → Sat 2 Mar 2024']);
    await expect(cells(preview, 4)).resolves.toEqual(['4', 'Tuesday 14:05', 'Tue 5 Mar 2024, 14:05', '2024-03-05 13:05 UTC', 'Cleanup job deployed', 'Tuesday → Tue 5 Mar 2024']);
    await expect(cells(preview, 5)).resolves.toEqual(['5', '14:30', 'Tue 5 Mar 2024, 14:30', '2024-03-05 13:30 UTC', 'Writes back to normal', 'Tuesday (line 4) → Tue 5 Mar 2024']);
    await expect(cells(preview, 6)).resolves.toEqual(['6', 'Next day 09:00', 'Wed 6 Mar 2024, 09:00 next day', '2024-03-06 08:00 UTC', 'Disks checked', 'Next day → Wed 6 Mar 2024']);
    // A day the lines name is not a guess from times going backwards: nothing to untick, nothing left unread.
    await expect(preview.getByRole('checkbox').count()).resolves.toBe(0);
    await expect(preview.locator('.note-error').count()).resolves.toBe(0);
    await screenshot(page, 'timeline-paste-named-days');

    await page.getByRole('button', { name: 'Add these events (5)' }).click();
    // Every line was read: the form closes, and the events are in the timeline on their days.
    await page.getByLabel('Lines to add').waitFor({ state: 'detached' });
    await expect(page.getByLabel('Time of event 4').inputValue()).resolves.toBe('2024-03-05T14:30');

    expect(await savedTimeline(id)).toEqual([
      ['2024-03-01T08:00:00Z', '2024-03-01 08:00', 'Disk filling up on db-2'],
      ['2024-03-02T07:30:00Z', '2024-03-02 07:30', 'Disk full, writes failing'],
      ['2024-03-05T13:05:00Z', '2024-03-05 13:05', 'Cleanup job deployed'],
      ['2024-03-05T13:30:00Z', '2024-03-05 13:30', 'Writes back to normal'],
      ['2024-03-06T08:00:00Z', '2024-03-06 08:00', 'Disks checked'],
    ]);
  });
});
