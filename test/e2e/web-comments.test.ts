/**
 * Comments as review threads in the web app: a viewer asks about a section with an @mention, an editor answers and
 * resolves the thread; a mention of nobody is refused with the reason.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../cli-harness.js';
import { screenshot, signedInPage, useE2e } from './harness.js';

const e2e = useE2e();
const VIEWER = { email: 'vera@example.com', password: 'plum kettle orbit lantern', role: 'viewer' };
const EDITOR = { email: 'eddie@example.com', password: 'amber walrus tides quietly', role: 'editor' };
const contexts: BrowserContext[] = [];
let id: string;

/** A page signed in as `who`, on the postmortem. */
async function openAs(who: { email: string; password: string }): Promise<Page> {
  const { context, page } = await signedInPage(e2e.browser, e2e.server.url, who);
  contexts.push(context);
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto(`${e2e.server.url}/postmortems/${id}`);
  await page.locator('.comments').waitFor();
  return page;
}

beforeAll(async () => {
  for (const user of [VIEWER, EDITOR]) expect((await e2e.api('/users', { method: 'POST', body: JSON.stringify(user) })).status).toBe(201);
  const markdown = readFileSync(join(repoRoot, 'examples/checkout-latency.md'), 'utf8').replace(/^id: .*\n/m, '').replace(/^status: .*$/m, 'status: draft');
  id = (await e2e.api<{ id: string }>('/postmortems', { method: 'POST', body: markdown, contentType: 'text/markdown' })).body.id;
});

afterAll(async () => {
  for (const context of contexts) await context.close();
});

describe('comments', () => {
  it('lets a viewer start a thread about a section, mentioning an editor, and jump to that section', async () => {
    const page = await openAs(VIEWER);
    const comments = page.locator('.comments');
    await comments.getByText('0 open threads, 0 resolved.').waitFor();
    // A viewer is offered nothing they cannot do: no editing, no workflow, no approving, no deleting.
    for (const name of ['Edit', 'Submit for review', 'Approve this revision', 'Delete…']) await expect(page.getByRole(name === 'Edit' ? 'link' : 'button', { name, exact: true }).count()).resolves.toBe(0);
    await comments.getByLabel('About').selectOption({ label: 'Root cause' });
    await comments.getByLabel('New comment').fill('Which pool ran out? @nobody knows');
    await comments.getByRole('button', { name: 'Comment', exact: true }).click();
    await comments.getByRole('alert').getByText(/@nobody is no one who can sign in/).waitFor();
    // Typing @ and a start suggests people; picking one completes the handle.
    const box = comments.getByLabel('New comment');
    await box.fill('Which pool ran out? @ed');
    await comments.getByRole('list', { name: 'People to mention' }).getByRole('button', { name: /^@eddie/ }).click();
    await expect(box.inputValue()).resolves.toBe('Which pool ran out? @eddie ');
    await box.fill('Which pool ran out? @eddie can you say?');
    await comments.getByRole('button', { name: 'Comment', exact: true }).click();
    const thread = comments.locator('.thread');
    await thread.getByText('Which pool ran out?').waitFor();
    await expect(thread.locator('.mention').textContent()).resolves.toBe('@eddie');
    await expect(thread.locator('.thread-about').textContent()).resolves.toBe('On Root cause');
    await expect(comments.getByLabel('New comment').inputValue()).resolves.toBe('');
    await thread.getByRole('button', { name: 'Root cause' }).click();
    await page.locator('#section-rootCause.flash').waitFor();
    await screenshot(page, 'comments-viewer');
  });

  it('lets an editor answer and resolve it; resolved threads are hidden until asked for', async () => {
    const page = await openAs(EDITOR);
    const comments = page.locator('.comments');
    const thread = comments.locator('.thread');
    await thread.getByText('Which pool ran out?').waitFor();
    await thread.getByRole('button', { name: 'Reply' }).click();
    await thread.getByLabel('Your reply').fill('The orders pool: 40 connections for 60 workers.');
    await thread.getByRole('button', { name: 'Reply' }).click();
    await thread.locator('.replies').getByText('The orders pool: 40 connections for 60 workers.').waitFor();
    await screenshot(page, 'comments-thread');
    await thread.getByRole('button', { name: 'Resolve' }).click();
    await comments.getByText('0 open threads, 1 resolved.').waitFor();
    await expect(comments.locator('.thread').count()).resolves.toBe(0);
    await comments.getByRole('button', { name: 'Show resolved' }).click();
    await comments.locator('.thread-resolved').getByText(`Resolved by ${EDITOR.email} on`, { exact: false }).waitFor();
    const stored = (await e2e.api<{ items: { parentId: string | null; resolved: unknown; mentions: string[] }[] }>(`/postmortems/${id}/comments`)).body.items;
    expect(stored.map((c) => [c.parentId === null, c.resolved !== null, c.mentions])).toEqual([
      [true, true, [EDITOR.email]],
      [false, false, []],
    ]);
  });

  it('fits a phone screen', async () => {
    const page = await openAs(VIEWER);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.locator('.comments').getByLabel('New comment').waitFor();
    const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'comments-phone');
  });
});
