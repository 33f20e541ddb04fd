/**
 * Trackers in the web app: an admin adds a GitHub Issues integration (owner, repository, the API address of a
 * loopback stand-in, its token), tests the connection against it; on the action-items page an editor's "File in
 * tracker" shows the tracker's refusal (429, retried later), then the ticket's key and link once the tracker takes it.
 */
import { randomBytes } from 'node:crypto';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeGitHub, type FakeTracker } from '../tracker-fakes.js';
import { screenshot, signedInPage, useE2e } from './harness.js';

const TOKEN = 'ghp_e2e_token_1234567890';
const e2e = useE2e(() => ({ DEBRIEF_SECRET_KEY: randomBytes(32).toString('base64'), DEBRIEF_NOTIFY_PRIVATE_ADDRESSES: 'allow' }));
let fake: FakeTracker;
let context: BrowserContext;
let admin: Page;

beforeAll(async () => {
  fake = await fakeGitHub(TOKEN);
  ({ context, page: admin } = await signedInPage(e2e.browser, e2e.server.url, undefined, { viewport: { width: 1366, height: 900 } }));
});
afterAll(async () => {
  await context?.close();
  await fake?.close();
});

describe('action items in a tracker (web)', () => {
  it('adds a GitHub integration, tests it, and files an item: the refusal first, then the ticket as a link', async () => {
    await admin.goto(`${e2e.server.url}/admin/integrations`);
    const form = admin.getByRole('form', { name: 'Add an integration' });
    await form.getByLabel('Tool', { exact: true }).selectOption('github');
    await form.getByLabel('Name', { exact: true }).fill('Ops repo');
    await form.getByLabel('Owner', { exact: true }).fill('acme');
    await form.getByLabel('Repository', { exact: true }).fill('ops');
    await form.getByLabel('API address (optional)', { exact: true }).fill(fake.url);
    await form.getByLabel('API token', { exact: true }).fill(TOKEN);
    await form.getByRole('button', { name: 'Add integration' }).click();
    await admin.getByRole('status').filter({ hasText: 'Added the integration Ops repo.' }).waitFor();
    const row = admin.locator('[data-testid="integration-row"][data-name="Ops repo"]');
    await row.getByRole('button', { name: 'Test connection of Ops repo' }).click();
    const result = admin.getByTestId('integration-test');
    await result.getByRole('heading', { name: 'Test of “Ops repo”: ready' }).waitFor();
    await expect(result.getByTestId('test-check').allTextContents()).resolves.toEqual([
      expect.stringMatching(/^✓ credential: opens under DEBRIEF_SECRET_KEY/),
      '✓ connection: acme/ops reachable with this token (issues on)',
      expect.stringMatching(/^✓ last delivery: none received yet/),
    ]);
    await expect(admin.locator('body').textContent()).resolves.not.toContain(TOKEN);

    // Whether its webhooks can be verified, never the secret: none yet, then one set by changing the integration.
    const webhookSecret = row.locator('td').nth(5);
    await expect(webhookSecret.textContent()).resolves.toBe('not configured (status comes back by polling)');
    await row.getByRole('button', { name: 'Edit Ops repo' }).click();
    const change = admin.getByRole('form', { name: 'Change the integration “Ops repo”' });
    await change.getByLabel('Webhook secret (optional)').fill('github-webhook-secret-0001');
    await change.getByRole('button', { name: 'Save integration' }).click();
    await admin.getByRole('status').filter({ hasText: 'Saved the integration Ops repo.' }).waitFor();
    await expect(webhookSecret.textContent()).resolves.toBe('configured');
    await expect(admin.locator('body').textContent()).resolves.not.toContain('github-webhook-secret-0001');

    const created = await e2e.api<{ id: string }>('/postmortems', { method: 'POST', body: JSON.stringify({ title: 'Pool exhaustion', actionItems: [{ id: 'AI-1', title: 'Fail the deploy when the pool size is unset', priority: 'P1', verification: 'The deploy fails in staging' }] }) });
    expect(created.status).toBe(201);
    fake.failNext({ status: 429, headers: { 'retry-after': '120' }, body: { message: 'API rate limit exceeded' } });

    await admin.goto(`${e2e.server.url}/action-items`);
    const item = admin.getByTestId('action-item-row').filter({ hasText: 'Fail the deploy when the pool size is unset' });
    await item.getByRole('button', { name: /^File in tracker AI-1/ }).click();
    await item.getByRole('status').filter({ hasText: /^Not filed yet: GitHub answered 429: rate limited \(it asked to wait 120 s\).*Debrief tries again at / }).waitFor();
    await screenshot(admin, 'trackers-refused');
    expect(fake.tickets).toHaveLength(0);

    await item.getByRole('button', { name: /^Try again AI-1/ }).click();
    // The filing is owed, not yet due: pressing again answers the same, and files nothing twice.
    await item.getByRole('status').filter({ hasText: /^Not filed yet/ }).waitFor();
    expect(fake.tickets).toHaveLength(0);
  });

  it('files an item the tracker takes at once and shows its key as a link', async () => {
    const created = await e2e.api<{ id: string }>('/postmortems', { method: 'POST', body: JSON.stringify({ title: 'Cache stampede', actionItems: [{ id: 'CS-1', title: 'Add request coalescing to the cache', priority: 'P2' }] }) });
    expect(created.status).toBe(201);
    await admin.goto(`${e2e.server.url}/action-items`);
    const item = admin.getByTestId('action-item-row').filter({ hasText: 'Add request coalescing to the cache' });
    await item.getByRole('button', { name: /^File in tracker CS-1/ }).click();
    const filed = item.getByRole('status').filter({ hasText: /^Filed as #\d+/ });
    await filed.waitFor();
    const link = filed.getByRole('link');
    await expect(link.getAttribute('href')).resolves.toMatch(/^https:\/\/github\.com\/acme\/ops\/issues\/\d+$/);
    await expect(item.getByRole('button', { name: /File in tracker/ }).count()).resolves.toBe(0);
    expect(fake.tickets.map((t) => t.title)).toContain('Add request coalescing to the cache');
    await screenshot(admin, 'trackers-filed');
    await admin.reload();
    // Reloaded, the item shows its ticket (written on the item), and no button.
    const reloaded = admin.getByTestId('action-item-row').filter({ hasText: 'Add request coalescing to the cache' });
    await reloaded.getByRole('link', { name: /github\.com\/acme\/ops\/issues\/\d+/ }).waitFor();
    await expect(reloaded.getByRole('button', { name: /File in tracker/ }).count()).resolves.toBe(0);
  });
});
