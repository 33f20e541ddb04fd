/**
 * The public version of a published postmortem in the web app: review the proposed redactions side by side with the
 * original (reject one, add one by selecting text, reword), publish, then read the public page signed out and find
 * none of the fixture's names, e-mail and IP addresses, hosts, channels, tickets or secrets in it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../cli-harness.js';
import { screenshot, signedInPage, useE2e } from './harness.js';

const FIXTURE = readFileSync(join(repoRoot, 'test/fixtures/public/published.md'), 'utf8');
/** Everything of the fixture that must never reach the public. */
const ORIGINALS = ['Priya Raman', 'Priya', 'Tomás Ortega', 'Tomás', 'priya.raman@acme.io', 'pay-gw-03.corp.acme.com', '10.12.4.17', '2001:db8:85a3::8a2e:370:7334', '#inc-checkout-pool', 'OPS-4412', 'AKIAZ7QRT3M4XKP2WV9L', 'grafana.corp.acme.com'];
/** Text the reviewer redacts by hand. */
const BY_HAND = 'payments gateway';
const APOLOGY = 'We are sorry for the disruption this caused.';

const e2e = useE2e(() => ({ DEBRIEF_REQUIRED_APPROVALS: '0', DEBRIEF_INTERNAL_DOMAINS: 'acme.io,corp.acme.com' }));
let page: Page;
let id: string;
let restrictedId: string;

/** Selects `text` in the original (its first occurrence) as a reader would with the mouse (in the page: no DOM types here). */
async function selectInOriginal(p: Page, text: string): Promise<void> {
  await p.evaluate(`(() => {
    const pre = document.querySelector('[aria-label="Original postmortem"]');
    const node = pre.firstChild;
    const start = node.data.indexOf(${JSON.stringify(text)});
    const range = document.createRange();
    range.setStart(node, start);
    range.setEnd(node, start + ${text.length});
    const selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    pre.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
  })()`);
}

/** Stores a postmortem from Markdown and moves it to published; its id. */
async function publishedPostmortem(markdown: string): Promise<string> {
  const created = await e2e.api<{ id: string; version: number }>('/postmortems', { method: 'POST', body: markdown, contentType: 'text/markdown' });
  expect(created.status).toBe(201);
  let version = created.body.version;
  for (const to of ['in_review', 'final', 'published']) {
    const moved = await e2e.api<{ version: number }>(`/postmortems/${created.body.id}/transitions`, { method: 'POST', body: JSON.stringify({ to }), ifMatch: version });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    version = moved.body.version;
  }
  return created.body.id;
}

beforeAll(async () => {
  id = await publishedPostmortem(FIXTURE);
  restrictedId = await publishedPostmortem(FIXTURE.replace('kind: full', 'kind: full\nrestricted: true'));
  ({ page } = await signedInPage(e2e.browser, e2e.server.url, undefined, { viewport: { width: 1366, height: 900 } }));
}, 60_000);

describe('the public version', () => {
  it('shows original and public side by side; a rejected redaction, an added one and new wording change the public text', async () => {
    await page.goto(`${e2e.server.url}/postmortems/${id}`);
    await page.getByRole('link', { name: 'Public version' }).click();
    await page.getByRole('heading', { name: 'Public version', level: 2 }).waitFor();
    const text = page.getByLabel('Public text (Markdown)');
    await expect(page.getByLabel('Public title').inputValue()).resolves.toBe('Checkout errors after the payments pool change');
    for (const original of ORIGINALS) expect(await text.inputValue()).not.toContain(original);
    await expect(page.getByLabel('Original postmortem').textContent()).resolves.toContain('priya.raman@acme.io');

    // The table heading "Time" was taken for a given name: the reviewer rejects that redaction.
    await expect(text.inputValue()).resolves.toContain('| an engineer (UTC) |');
    const timeRow = page.locator('tr[data-redaction]').filter({ has: page.locator('code', { hasText: /^Time$/ }) });
    await timeRow.getByRole('button', { name: 'Reject' }).click();
    await expect(timeRow.getByRole('button', { name: 'Reject' }).getAttribute('aria-pressed')).resolves.toBe('true');
    await expect(text.inputValue()).resolves.toContain('| Time (UTC) |');

    await selectInOriginal(page, BY_HAND);
    await expect(page.getByLabel('Selected text').inputValue()).resolves.toBe(BY_HAND);
    await page.getByLabel('Kind').selectOption('host');
    await page.getByLabel('Replace with').fill('a backend service');
    await page.getByRole('button', { name: 'Redact selection' }).click();
    await page.locator('tr[data-redaction="A1"]').waitFor();
    expect(await text.inputValue()).not.toContain(BY_HAND);
    expect(await text.inputValue()).toContain('a backend service');

    await text.fill(`${await text.inputValue()}\n${APOLOGY}\n`);
    await page.getByRole('button', { name: 'Publish' }).click();
    await page.getByRole('status').getByText('Published on').waitFor();
    await screenshot(page, 'public-version-review');
  });

  it('serves the public page, index and feed signed out, with none of the originals', async () => {
    const link = await page.getByRole('status').getByRole('link').getAttribute('href');
    expect(link).toMatch(/^\/public\/postmortems\/checkout-errors-after-the-payments-pool-change$/);
    const anonymous = await e2e.browser.newContext();
    try {
      const reader = await anonymous.newPage();
      const response = await reader.goto(`${e2e.server.url}${link ?? ''}`);
      expect(response?.status()).toBe(200);
      await reader.getByRole('heading', { name: 'Checkout errors after the payments pool change', level: 1 }).waitFor();
      const html = await reader.content();
      const shown = (await reader.locator('body').innerText()) ?? '';
      for (const original of [...ORIGINALS, BY_HAND]) {
        expect(html, original).not.toContain(original);
        expect(shown, original).not.toContain(original);
      }
      expect(shown).toContain(APOLOGY);
      expect(shown).toContain('a backend service');
      await screenshot(reader, 'public-page');
      await reader.getByRole('link', { name: 'All incident reports' }).click();
      await reader.getByRole('link', { name: 'Checkout errors after the payments pool change' }).waitFor();
      const feed = await (await fetch(`${e2e.server.url}/public/postmortems/feed.atom`)).text();
      expect(feed).toContain(APOLOGY);
      for (const original of [...ORIGINALS, BY_HAND]) expect(feed, original).not.toContain(original);
      // Signed out, the app itself and its API stay closed.
      expect((await fetch(`${e2e.server.url}/api/v1/postmortems/${id}`)).status).toBe(401);
      expect((await fetch(`${e2e.server.url}/api/v1/postmortems/${id}/public`)).status).toBe(401);
      await reader.goto(`${e2e.server.url}/postmortems/${id}`);
      await reader.getByLabel('Password').waitFor();
    } finally {
      await anonymous.close();
    }
  });

  it('says why a restricted postmortem gets no public version', async () => {
    await page.goto(`${e2e.server.url}/postmortems/${restrictedId}/public`);
    await page.getByRole('alert').getByText('a restricted postmortem can never be made public').waitFor();
  });
});
