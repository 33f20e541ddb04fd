/**
 * The Patterns page: the pattern report of a period, as a reader who may not read the restricted postmortem sees
 * it — its sentences, its charts drawn, its rows downloaded as CSV — reached from the navigation.
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { patternPostmortems, Q1 } from '../pattern-fixtures.js';
import { screenshotsWide, signedInPage, useE2e } from './harness.js';

const e2e = useE2e();
const VIEWER = { email: 'patterns-viewer@example.com', password: 'plum kettle orbit lantern', role: 'viewer' };
const contexts: BrowserContext[] = [];

async function openAsViewer(path: string): Promise<Page> {
  const { context, page } = await signedInPage(e2e.browser, e2e.server.url, VIEWER);
  contexts.push(context);
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto(`${e2e.server.url}${path}`);
  return page;
}

/** How many pixels of a chart's canvas are painted (not transparent). */
function paintedPixels(page: Page, chart: string): Promise<number> {
  type Canvas = { width: number; height: number; getContext(kind: '2d'): { getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray } } | null };
  return page.getByRole('img', { name: chart }).locator('canvas').first().evaluate((canvas: Canvas) => {
    const data = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data ?? new Uint8ClampedArray();
    let painted = 0;
    for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) painted++;
    return painted;
  });
}

beforeAll(async () => {
  expect((await e2e.api('/users', { method: 'POST', body: JSON.stringify(VIEWER) })).status).toBe(201);
  for (const pm of patternPostmortems()) expect((await e2e.api('/postmortems', { method: 'POST', body: JSON.stringify(pm) })).status).toBe(201);
});

afterAll(async () => {
  for (const context of contexts) await context.close();
});

describe('the Patterns page', () => {
  it('reads the period\u2019s sentences, draws the charts and downloads the rows as CSV, never the restricted postmortem', async () => {
    const page = await openAsViewer(`/reports/patterns?from=${Q1.from}&to=${Q1.to}`);
    await page.getByRole('heading', { level: 1, name: 'Patterns' }).waitFor();
    const triggers = page.getByRole('region', { name: 'Triggers' });
    await triggers.getByText('2 of the 3 incidents reviewed followed a deploy or change (67%).', { exact: true }).waitFor();
    await page.getByRole('region', { name: 'Repeated failures' }).getByText('pool-exhaustion hit checkout-api 2 times (PM-A and PM-B).', { exact: true }).waitFor();
    await page.getByRole('region', { name: 'In brief' }).getByText('3 incidents reviewed in this period (1 SEV1 and 2 SEV2); 1 in the previous 90 days.', { exact: true }).waitFor();
    await expect.poll(() => paintedPixels(page, 'Incidents by trigger')).toBeGreaterThan(500);
    await expect.poll(() => paintedPixels(page, 'Median minutes, this period and the previous')).toBeGreaterThan(500);
    expect(await page.locator('main').textContent()).not.toContain('payments');
    await screenshotsWide(page, 'patterns');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Rows as CSV' }).click()]);
    expect(download.suggestedFilename()).toBe('patterns-2026-01-01-to-2026-03-31.csv');
    const csv = readFileSync(await download.path(), 'utf8').split('\r\n');
    expect(csv[0]).toMatch(/^ref,title,started_at,severity/);
    expect(csv.slice(1, 4).map((line) => line.split(',')[0])).toEqual(['PM-A', 'PM-B', 'PM-C']);
    expect(csv.join('\n')).not.toContain('PM-E');
  });

  it('is in the navigation, and names a bad period\u2019s parameter', async () => {
    const page = await openAsViewer('/');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Patterns' }).click();
    await page.waitForURL('**/reports/patterns');
    await page.getByRole('region', { name: 'In brief' }).waitFor();
    await page.goto(`${e2e.server.url}/reports/patterns?from=2026-03-01&to=2026-02-01`);
    await page.getByRole('alert').getByText(/from: 2026-03-01 is after to 2026-02-01/).waitFor();
  });
});
