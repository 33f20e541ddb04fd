/** Never lose typing: two people editing one postmortem, and unsaved text surviving a reload while offline. */
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot, signedInPage, useE2e } from './harness.js';

const e2e = useE2e();

interface Created {
  id: string;
  version: number;
}

async function createPostmortem(title: string): Promise<string> {
  const created = await e2e.api<Created>('/postmortems', { method: 'POST', body: JSON.stringify({ title, severity: 'SEV3', summary: 'First draft.' }) });
  expect(created.status).toBe(201);
  return created.body.id;
}

/** A signed-in browser context with the editor of `id` open. */
async function openEditor(id: string): Promise<{ context: BrowserContext; page: Page }> {
  const opened = await signedInPage(e2e.browser, e2e.server.url);
  await opened.page.goto(`${e2e.server.url}/postmortems/${id}/edit`);
  await opened.page.locator('#section-summary textarea').waitFor();
  return opened;
}

describe('editing without losing anything', () => {
  it('shows the second editor the conflict and keeps their text until they choose', async () => {
    const id = await createPostmortem('Queue backlog on the billing workers');
    const [{ context: first, page: alice }, { context: second, page: bob }] = await Promise.all([openEditor(id), openEditor(id)]);

    await alice.getByLabel('Title').fill('Queue backlog on the billing workers (retitled)');
    await alice.locator('#section-summary textarea').fill('Alice: the billing queue grew for 40 minutes.');
    await alice.locator('[data-save-state="saved"]').waitFor();

    const bobText = 'Bob: a retry storm from the billing workers filled the queue.';
    await bob.locator('#section-summary textarea').fill(bobText);
    const conflict = bob.locator('.conflict');
    await conflict.waitFor();
    await expect(bob.locator('[data-save-state="conflict"]').isVisible()).resolves.toBe(true);
    await expect(bob.getByTestId('theirs-summary').textContent()).resolves.toContain('Alice:');
    await expect(bob.locator('#section-summary textarea').inputValue()).resolves.toBe(bobText);
    await screenshot(bob, 'conflict');

    await bob.reload();
    await bob.locator('.conflict').waitFor();
    await expect(bob.locator('#section-summary textarea').inputValue()).resolves.toBe(bobText);

    await bob.getByRole('button', { name: /Keep mine/ }).click();
    await bob.locator('[data-save-state="saved"]').waitFor();
    const stored = await e2e.api<{ title: string; summary: string }>(`/postmortems/${id}`);
    expect(stored.body.summary).toBe(bobText);
    expect(stored.body.title).toBe('Queue backlog on the billing workers (retitled)');
    await Promise.all([first.close(), second.close()]);
  });

  it('merges changes to different fields and says so', async () => {
    const id = await createPostmortem('DNS resolution failures in eu-west');
    const [{ context: first, page: alice }, { context: second, page: bob }] = await Promise.all([openEditor(id), openEditor(id)]);
    await alice.locator('#section-rootCause textarea').fill('The resolver cache had no upper bound on negative entries.');
    await alice.locator('[data-save-state="saved"]').waitFor();
    await bob.locator('#section-summary textarea').fill('Lookups failed for 12 minutes in eu-west.');
    await bob.getByRole('status').filter({ hasText: 'their changes are merged' }).waitFor();
    await bob.locator('[data-save-state="saved"]').waitFor();
    await expect(bob.locator('#section-rootCause textarea').inputValue()).resolves.toContain('negative entries');
    const stored = await e2e.api<{ summary: string; rootCause: string }>(`/postmortems/${id}`);
    expect(stored.body).toMatchObject({ summary: 'Lookups failed for 12 minutes in eu-west.', rootCause: 'The resolver cache had no upper bound on negative entries.' });
    await Promise.all([first.close(), second.close()]);
  });

  it('keeps unsaved text across a reload while the server cannot be reached, then saves it', async () => {
    const id = await createPostmortem('Object storage latency');
    const { context, page } = await openEditor(id);
    await context.route('**/api/v1/postmortems/*', (route) => (route.request().method() === 'PATCH' ? route.abort('internetdisconnected') : route.continue()));
    const text = 'Typed while the network was down.';
    await page.locator('#section-summary textarea').fill(text);
    await page.locator('[data-save-state="offline"]').waitFor();
    await page.reload();
    await expect(page.locator('#section-summary textarea').inputValue()).resolves.toBe(text);
    await context.unroute('**/api/v1/postmortems/*');
    await page.locator('[data-save-state="saved"]').waitFor({ timeout: 15_000 });
    const stored = await e2e.api<{ summary: string }>(`/postmortems/${id}`);
    expect(stored.body.summary).toBe(text);
    await context.close();
  });
});
