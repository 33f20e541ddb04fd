/**
 * SLOs in the web app: an admin sets a service's SLO on the SLOs page (a wrong target refused beside its field), and
 * a viewer reading a postmortem sees, in its Impact section, the error budget it used, with the inputs of each figure.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { description, screenshot, signedInPage, useE2e } from './harness.js';

const e2e = useE2e();
const VIEWER = { email: 'slo-viewer@example.com', password: 'plum kettle orbit lantern', role: 'viewer' };
const contexts: BrowserContext[] = [];

async function pageAs(who?: { email: string; password: string }): Promise<Page> {
  const { context, page } = await signedInPage(e2e.browser, e2e.server.url, who, { viewport: { width: 1366, height: 900 } });
  contexts.push(context);
  return page;
}

afterAll(async () => {
  await Promise.all(contexts.map((c) => c.close()));
});

describe('SLOs and the error budget in the web app', () => {
  it('lets an admin set an SLO, refusing a 100% target beside its field', async () => {
    const page = await pageAs();
    await page.goto(`${e2e.server.url}/admin/slos`);
    const form = page.getByRole('form', { name: 'Set a service’s SLO' });
    await form.getByLabel('Service').fill('checkout-api');
    await form.getByLabel('Target (%)').fill('100');
    await form.getByRole('button', { name: 'Set SLO' }).click();
    await form.getByText('must be below 100', { exact: false }).waitFor();
    expect(await description(form.getByLabel('Target (%)'))).toMatch(/must be below 100: a 100% target leaves no error budget/);
    await form.getByLabel('Target (%)').fill('99.9');
    await form.getByLabel('Window (days)').fill('30');
    await form.getByRole('button', { name: 'Set SLO' }).click();
    const row = page.locator('[data-testid="slo-row"][data-service="checkout-api"]');
    await row.waitFor();
    expect(await row.locator('td').allTextContents()).toEqual(expect.arrayContaining(['checkout-api', '99.9%', '30 days', '43.2 min']));
    await page.getByText('Set the SLO of checkout-api.').waitFor();
    await screenshot(page, 'slos-admin');
    expect((await e2e.api<{ items: { service: string }[] }>('/slos')).body.items.map((s) => s.service)).toEqual(['checkout-api']);

    // Edit fills the form from the row; saving replaces the SLO.
    await row.getByRole('button', { name: 'Edit checkout-api' }).click();
    await expect.poll(() => form.getByLabel('Target (%)').inputValue(), { timeout: 10_000 }).toBe('99.9');
    await form.getByLabel('Target (%)').fill('99.95');
    await form.getByRole('button', { name: 'Replace SLO' }).click();
    await page.getByText('Replaced the SLO of checkout-api.').waitFor();
    expect(await row.locator('td').nth(1).textContent()).toBe('99.95%');

    // Remove asks first.
    await row.getByRole('button', { name: 'Remove checkout-api' }).click();
    await page.getByRole('dialog', { name: 'Remove the SLO of checkout-api?' }).getByRole('button', { name: 'Remove' }).click();
    await page.getByText('Removed the SLO of checkout-api.').waitFor();
    expect(await row.count()).toBe(0);
    expect((await e2e.api<{ items: unknown[] }>('/slos')).body.items).toEqual([]);
  });

  it('shows a reader the error budget each service used, and how it was reached', async () => {
    expect((await e2e.api('/users', { method: 'POST', body: JSON.stringify(VIEWER) })).status).toBe(201);
    expect((await e2e.api('/slos/checkout-api', { method: 'PUT', body: JSON.stringify({ targetPercent: 99.9, windowDays: 30 }) })).status).toBe(200);
    const created = await e2e.api<{ id: string }>('/postmortems', {
      method: 'POST',
      body: JSON.stringify({
        title: 'Checkout down after a pool change',
        services: ['checkout-api', 'search'],
        times: { startedAt: '2026-03-01T14:00:00Z', resolvedAt: '2026-03-01T14:42:00Z' },
        impact: { text: 'Every checkout failed.', errorRate: '100%' },
      }),
    });
    expect(created.status).toBe(201);
    const page = await pageAs(VIEWER);
    await page.goto(`${e2e.server.url}/postmortems/${created.body.id}`);
    const lines = page.getByTestId('impact-line');
    await lines.nth(1).waitFor();
    expect(await lines.allTextContents()).toEqual([
      'checkout-api: 42 bad minutes at 100% errors used 97.3% of the 30-day error budget of 99.9% (43.2 min); availability 99.9027%',
      expect.stringMatching(/^search: not measured — add an SLO for search: debrief slo set search/),
    ]);
    const figures = page.getByTestId('impact-figures');
    await figures.getByText('How these figures were reached').click();
    await figures.getByText('impact.errorRate "100%" read as 100%').waitFor();
    await figures.getByText('43200 window minutes × (100% − 99.9%)').waitFor();
    await screenshot(page, 'slos-read-view');
  });
});
