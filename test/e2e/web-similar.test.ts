/**
 * Similar incidents in the web app: the postmortem page lists the most similar postmortems the reader may read,
 * each linked, with why it was chosen; a restricted one appears only for those who may read it.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kafkaIncident, UNRELATED_INCIDENTS } from '../store-fixtures.js';
import { screenshot, signedInPage, useE2e } from './harness.js';

const e2e = useE2e();
const VIEWER = { email: 'sim-viewer@example.com', password: 'plum kettle orbit lantern', role: 'viewer' };
const contexts: BrowserContext[] = [];
const ids: Record<string, string> = {};

/** A page signed in as `who` on the postmortem `name`, its similar incidents shown. */
async function openAs(who: { email: string; password: string } | undefined, name: string): Promise<Page> {
  const { context, page } = await signedInPage(e2e.browser, e2e.server.url, who);
  contexts.push(context);
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto(`${e2e.server.url}/postmortems/${ids[name]}`);
  await page.getByRole('region', { name: 'Similar incidents' }).locator('.similar-list').waitFor();
  return page;
}

/** The linked titles of the page's similar incidents, in order. */
const similarTitles = (page: Page) => page.getByRole('region', { name: 'Similar incidents' }).locator('.similar-list > li > a').allTextContents();

beforeAll(async () => {
  expect((await e2e.api('/users', { method: 'POST', body: JSON.stringify(VIEWER) })).status).toBe(201);
  const bodies: Record<string, unknown> = {
    first: kafkaIncident('Kafka consumer lag after a broker upgrade'),
    second: kafkaIncident('Kafka consumers lagged again after the broker upgrade'),
    secret: kafkaIncident('Kafka lag after the secret broker upgrade', true),
    ...UNRELATED_INCIDENTS,
  };
  for (const [name, body] of Object.entries(bodies)) {
    const created = await e2e.api<{ id: string }>('/postmortems', { method: 'POST', body: JSON.stringify(body) });
    expect(created.status).toBe(201);
    ids[name] = created.body.id;
  }
});

afterAll(async () => {
  for (const context of contexts) await context.close();
});

describe('similar incidents', () => {
  it('shows a reader the most similar postmortem first with why, links to it, and never the restricted one', async () => {
    const page = await openAs(VIEWER, 'first');
    const panel = page.getByRole('region', { name: 'Similar incidents' });
    const titles = await similarTitles(page);
    expect(titles[0]).toBe('Kafka consumers lagged again after the broker upgrade');
    expect(titles).not.toContain('Kafka lag after the secret broker upgrade');
    expect(titles.length).toBeLessThanOrEqual(5);
    const best = panel.locator('.similar-list > li').first();
    for (const reason of ['same failure mode: consumer rebalance loop', 'shared services: kafka-cluster', 'shared contributing-factor categories: process']) await best.getByText(reason, { exact: true }).waitFor();
    await expect(best.locator('.similar-why').textContent()).resolves.toMatch(/matching words: .*kafka/);
    await screenshot(page, 'similar-incidents');
    await best.getByRole('link').click();
    await page.waitForURL(`**/postmortems/${ids.second}`);
    await page.getByRole('heading', { level: 1, name: 'Kafka consumers lagged again after the broker upgrade' }).waitFor();
    await expect.poll(() => similarTitles(page)).toContain('Kafka consumer lag after a broker upgrade');
  });

  it('shows the restricted one to an admin, who may read it', async () => {
    const page = await openAs(undefined, 'first');
    expect((await similarTitles(page)).slice(0, 2)).toContain('Kafka lag after the secret broker upgrade');
  });
});
