/** A hostile document (script tags, javascript: links, onerror=, SVG payloads) runs nothing in any view. */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { screenshot, signIn, useE2e } from './harness.js';

const HOSTILE = `---
title: "<img src=x onerror=window.__pwned=1> Hostile <script>window.__pwned=2</script>"
severity: SEV2
---

# Hostile document

## Summary

<script>window.__pwned = 3; alert('script')</script>
<img src="x" onerror="window.__pwned = 4; alert('img')">
[click me](javascript:window.__pwned=5) and [data](data:text/html,<script>alert(1)</script>) and [vb](vbscript:msgbox)
<svg onload="window.__pwned = 6"><script>window.__pwned = 7</script></svg>
<a href="javascript:alert('a')">raw anchor</a> ![pic](javascript:alert('img')) [tab](java	script:alert(1))

## Root cause

<iframe src="javascript:alert('frame')"></iframe><math><mi xlink:href="javascript:alert(1)">x</mi></math>
<details open ontoggle="window.__pwned = 8">x</details>

## Timeline

| Time (UTC) | Event |
| --- | --- |
| 2026-11-10 14:02 | <img src=x onerror="window.__pwned=9"> deploy |

## Action items

| Action | Owner | Due | Priority | Status | Ticket |
| --- | --- | --- | --- | --- | --- |
| <svg/onload=window.__pwned=10> fix | Ana | 2030-01-01 | P1 | open | javascript:alert(1) |
`;

const e2e = useE2e();
let page: Page;
const dialogs: string[] = [];

beforeAll(async () => {
  page = await e2e.browser.newPage();
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
});

/** Run in the page: whether a payload ran, and what in the app's part of the page could still run. */
const INSPECT = `(() => {
  const all = [...document.querySelectorAll('#main *')];
  return {
    pwned: window.__pwned ?? null,
    scripts: document.querySelectorAll('#main :is(script, iframe, object, embed, svg, math)').length,
    handlers: all.filter((el) => [...el.attributes].some((a) => a.name.startsWith('on'))).length,
    badLinks: all.filter((el) => /^\\s*(javascript|data|vbscript):/i.test(el.getAttribute('href') ?? el.getAttribute('src') ?? '')).length,
  };
})()`;

/** Nothing ran, and nothing in the app's part of the page could run. */
async function expectInert(p: Page): Promise<void> {
  const report = await p.evaluate(INSPECT);
  expect(report).toEqual({ pwned: null, scripts: 0, handlers: 0, badLinks: 0 });
  expect(dialogs).toEqual([]);
}

describe('a hostile postmortem', () => {
  it('executes nothing in the read view, the editor, the previews or the list', async () => {
    const created = await e2e.api<{ id: string }>('/postmortems', { method: 'POST', body: HOSTILE, contentType: 'text/markdown' });
    expect(created.status).toBe(201);
    await signIn(page, e2e.server.url);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Postmortems' }).click();
    await page.locator('.list-table').waitFor();
    await expectInert(page);

    await page.goto(`${e2e.server.url}/postmortems/${created.body.id}`);
    await page.locator('.read-view .markdown').first().waitFor();
    await page.getByText('click me').waitFor();
    for (const link of await page.locator('#main a').all()) {
      if ((await link.getAttribute('href')) === null) await link.click();
    }
    await expectInert(page);
    await screenshot(page, 'xss-read-view');

    await page.getByRole('link', { name: 'Edit' }).click();
    await page.locator('#section-summary textarea').waitFor();
    const previews = page.getByRole('button', { name: 'Preview', exact: true });
    while ((await previews.count()) > 0) await previews.first().click();
    await page.locator('.prose-preview').first().waitFor();
    await expectInert(page);
  });
});
