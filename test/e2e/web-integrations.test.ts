/**
 * Integrations in the web app (admins): an admin adds an Alertmanager integration (a generated secret shown once,
 * never again), tests it (the hook URL to paste, a signed sample verifying, no delivery yet), sees a real delivery
 * and a refused one as the test's last delivery, is told beside the field when a PagerDuty secret is too short, and
 * removes an integration after confirming.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { description, screenshot, screenshotsWide, signedInPage, useE2e } from './harness.js';

const e2e = useE2e(() => ({ DEBRIEF_SECRET_KEY: randomBytes(32).toString('base64') }));
let context: BrowserContext;
let admin: Page;

beforeAll(async () => {
  ({ context, page: admin } = await signedInPage(e2e.browser, e2e.server.url, undefined, { viewport: { width: 1366, height: 900 } }));
});
afterAll(async () => context?.close());

/** The Alertmanager delivery of the corpus (two firing alerts), as Alertmanager sends it. */
const FIRING = readFileSync(new URL('../../../shared/corpus/payloads/alertmanager-webhook__firing-two-alerts.json', import.meta.url), 'utf8');

describe('integrations (admins)', () => {
  it('adds an Alertmanager integration with a generated secret shown once, tests it, and shows the last delivery and a refused one', async () => {
    await admin.goto(e2e.server.url);
    await admin.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Integrations' }).click();
    await admin.getByRole('heading', { name: 'Integrations', level: 1 }).waitFor();
    await admin.getByText('No integration yet: add one above.').waitFor();

    const form = admin.getByRole('form', { name: 'Add an integration' });
    await form.getByLabel('Tool', { exact: true }).selectOption('alertmanager');
    await form.getByLabel('Name', { exact: true }).fill('Prometheus');
    await form.getByRole('button', { name: 'Add integration' }).click();
    const secretBox = admin.getByTestId('new-secret');
    await secretBox.getByText('Copy it now: it will not be shown again.').waitFor();
    const secret = await secretBox.getByLabel('Secret').inputValue();
    expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    await admin.getByRole('status').filter({ hasText: 'Added the integration Prometheus.' }).waitFor();
    const row = admin.locator('[data-testid="integration-row"][data-name="Prometheus"]');
    await expect(row.locator('td').nth(4).textContent()).resolves.toBe(`set (…${secret.slice(-4)})`);
    await screenshot(admin, 'integrations-secret');
    await secretBox.getByRole('button', { name: 'Done' }).click();

    await row.getByRole('button', { name: 'Test connection of Prometheus' }).click();
    const result = admin.getByTestId('integration-test');
    await result.getByRole('heading', { name: 'Test of “Prometheus”: ready' }).waitFor();
    const hookUrl = (await result.getByTestId('hook-url').textContent()) ?? '';
    expect(hookUrl).toMatch(new RegExp(`^${e2e.server.url}/api/v1/hooks/alertmanager/int-[a-z2-7]{10}$`));
    await expect(result.getByTestId('test-check').allTextContents()).resolves.toEqual([
      expect.stringMatching(/^✓ secret: opens under DEBRIEF_SECRET_KEY/),
      expect.stringMatching(/^✓ signed sample: a sample alertmanager delivery signed as the vendor signs it verifies/),
      expect.stringMatching(/^✓ unsigned sample: an unsigned delivery is refused/),
      expect.stringMatching(/^✓ reading: the sample reads as: trigger/),
      expect.stringMatching(/^✓ last delivery: none received yet/),
    ]);

    // Alertmanager posts the group with its bearer token: an incident is made; the test then shows it.
    const delivered = await fetch(hookUrl, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` }, body: FIRING });
    expect(delivered.status).toBe(202);
    const { incidents } = (await delivered.json()) as { incidents: string[] };
    await row.getByRole('button', { name: 'Test connection of Prometheus' }).click();
    await result.getByTestId('last-delivery').filter({ hasText: `Created an incident (202), ${incidents[0]}` }).waitFor();
    // The incident's page names the alert group behind it.
    const incidentPage = await context.newPage();
    await incidentPage.goto(`${e2e.server.url}/incidents/${incidents[0]}`);
    await expect(incidentPage.getByTestId('incident-alerts').textContent({ timeout: 10_000 })).resolves.toBe('alertmanager {}/{}:{}: triggered');
    await incidentPage.close();

    const refused = await fetch(hookUrl, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer not-the-secret-at-all' }, body: FIRING });
    expect(refused.status).toBe(401);
    await row.getByRole('button', { name: 'Test connection of Prometheus' }).click();
    await result.getByRole('heading', { name: 'Test of “Prometheus”: needs attention' }).waitFor();
    await result.getByTestId('last-delivery').filter({ hasText: 'Refused (401). the bearer token does not match' }).waitFor();
    await screenshotsWide(admin, 'integrations');

    await admin.reload();
    await row.waitFor();
    await expect(admin.locator('body').textContent()).resolves.not.toContain(secret);
    const listed = await e2e.api<{ items: unknown[] }>('/integrations');
    expect(JSON.stringify(listed.body)).not.toContain(secret);
  });

  it('says beside the field when a PagerDuty secret is too short, and removes an integration after confirming', async () => {
    const form = admin.getByRole('form', { name: 'Add an integration' });
    await form.getByLabel('Tool', { exact: true }).selectOption('pagerduty');
    await form.getByLabel('Name', { exact: true }).fill('PagerDuty');
    const secret = form.getByLabel('Signing secret');
    await secret.fill('too-short');
    await form.getByRole('button', { name: 'Add integration' }).click();
    await expect.poll(() => description(secret)).toMatch(/must have at least 16 characters/);
    await secret.fill('pagerduty-signing-secret-0001');
    await form.getByRole('button', { name: 'Add integration' }).click();
    await admin.getByRole('status').filter({ hasText: 'Added the integration PagerDuty.' }).waitFor();
    await expect(admin.getByTestId('new-secret').count()).resolves.toBe(0);
    const row = admin.locator('[data-testid="integration-row"][data-name="PagerDuty"]');
    await expect(row.locator('td').nth(3).textContent()).resolves.toBe('X-PagerDuty-Signature (HMAC-SHA256)');

    await row.getByRole('button', { name: 'Remove PagerDuty' }).click();
    await admin.getByRole('dialog', { name: 'Remove the integration PagerDuty?' }).getByRole('button', { name: 'Remove' }).click();
    await admin.getByRole('status').filter({ hasText: 'Removed the integration PagerDuty.' }).waitFor();
    await expect(row.count()).resolves.toBe(0);
    expect((await e2e.api<{ items: { name: string }[] }>('/integrations')).body.items.map((i) => i.name)).toEqual(['Prometheus']);
  });
});
