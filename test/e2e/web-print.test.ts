/**
 * The read view on paper: printed to PDF from Chromium with the print stylesheet, it holds the document and none of
 * the page's tools (navigation, buttons, review notes, similar incidents, comments); and the export buttons download
 * the saved version as Markdown, HTML and JSON.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../cli-harness.js';
import { signedInPage, useE2e } from './harness.js';

const e2e = useE2e();
const contexts: BrowserContext[] = [];
let id: string;

beforeAll(async () => {
  const markdown = readFileSync(join(repoRoot, 'examples/checkout-latency.md'), 'utf8').replace(/^id: .*\n/m, '');
  const created = await e2e.api<{ id: string }>('/postmortems', { method: 'POST', body: markdown, contentType: 'text/markdown' });
  expect(created.status).toBe(201);
  id = created.body.id;
});

afterAll(async () => {
  for (const context of contexts) await context.close();
});

describe('printing a postmortem', () => {
  it('prints the document alone to a PDF', async () => {
    const { context, page } = await signedInPage(e2e.browser, e2e.server.url);
    contexts.push(context);
    await page.goto(`${e2e.server.url}/postmortems/${id}`);
    await page.getByRole('region', { name: 'Similar incidents' }).waitFor();
    await page.locator('.comments').waitFor();
    const title = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
    expect(title).not.toBe('');

    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('heading', { level: 1 }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('heading', { level: 2, name: 'Summary' }).isVisible()).resolves.toBe(true);
    for (const selector of ['.app-header', '.findings-panel', '.similar-panel', '.comments', '.export-buttons']) {
      await expect(page.locator(selector).first().isVisible(), selector).resolves.toBe(false);
    }
    expect(await page.locator('main button').count()).toBeGreaterThan(0);
    await expect(page.locator('main button:visible').count()).resolves.toBe(0);

    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length).toBeGreaterThanOrEqual(1);
    // The same page on screen again shows its tools.
    await page.emulateMedia({ media: 'screen' });
    await expect(page.locator('.similar-panel').isVisible()).resolves.toBe(true);
  });

  it('downloads the saved version as Markdown, HTML and JSON', async () => {
    const { context, page } = await signedInPage(e2e.browser, e2e.server.url);
    contexts.push(context);
    await page.goto(`${e2e.server.url}/postmortems/${id}`);
    const title = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
    const downloaded = async (label: string) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: label, exact: true }).click()]);
      return { name: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
    };
    const md = await downloaded('Export Markdown');
    expect(md.name).toBe(`${id}.md`);
    expect(md.text).toContain(`title: ${title}`);
    const html = await downloaded('Export HTML');
    expect(html.name).toBe(`${id}.html`);
    expect(html.text).toMatch(/^<!doctype html>/i);
    expect(html.text).toContain(`<h1>${title}</h1>`);
    const json = await downloaded('Export JSON');
    expect(json.name).toBe(`${id}.json`);
    expect((JSON.parse(json.text) as { title: string }).title).toBe(title);
  });
});
