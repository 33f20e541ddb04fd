/**
 * The basics of an accessible app, checked on every main page: signing in with the keyboard alone, a visible
 * focus, a name for every form control and button, and text that contrasts enough with its background (WCAG AA).
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, signedInPage, useE2e } from './harness.js';

const e2e = useE2e();
let page: Page;
let pages: [string, string][];

/** Form controls and buttons on the page that a screen reader could not name (described for the failure message). */
const UNNAMED_CONTROLS = `(() => {
  const visible = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
  const named = (el) =>
    (el.labels && el.labels.length > 0 && [...el.labels].some((l) => l.textContent.trim() !== '')) ||
    (el.getAttribute('aria-label') || '').trim() !== '' ||
    (el.getAttribute('aria-labelledby') || '').split(/\\s+/).some((id) => (document.getElementById(id)?.textContent || '').trim() !== '') ||
    (el.getAttribute('title') || '').trim() !== '' ||
    (el.tagName === 'BUTTON' && el.textContent.trim() !== '');
  return [...document.querySelectorAll('input:not([type=hidden]), select, textarea, button')]
    .filter((el) => visible(el) && !named(el))
    .map((el) => el.outerHTML.slice(0, 120));
})()`;

/** Text whose contrast with the background behind it is below WCAG AA (4.5:1, or 3:1 for large text). */
const LOW_CONTRAST_TEXT = `(() => {
  const rgba = (value) => (value.match(/[\\d.]+/g) || []).map(Number);
  const luminance = ([r, g, b]) => {
    const channel = (c) => { c /= 255; return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; };
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  };
  const background = (el) => {
    for (let node = el; node; node = node.parentElement) {
      const c = rgba(getComputedStyle(node).backgroundColor);
      if (c.length >= 3 && (c[3] === undefined || c[3] > 0.5)) return c;
    }
    return [255, 255, 255];
  };
  const problems = [];
  for (const el of document.querySelectorAll('body *')) {
    const ownText = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim() !== '');
    if (!ownText || el.getClientRects().length === 0) continue;
    const style = getComputedStyle(el);
    if (style.visibility === 'hidden' || Number(style.opacity) === 0 || el.closest('.visually-hidden')) continue;
    const [l1, l2] = [luminance(rgba(style.color)), luminance(background(el))].sort((a, b) => b - a);
    const ratio = (l1 + 0.05) / (l2 + 0.05);
    const size = parseFloat(style.fontSize);
    const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
    if (ratio < (large ? 3 : 4.5)) problems.push(el.tagName + ' "' + el.textContent.trim().slice(0, 40) + '" ' + ratio.toFixed(2));
  }
  return problems;
})()`;

beforeAll(async () => {
  const created = await e2e.api<{ id: string }>('/postmortems', {
    method: 'POST',
    body: JSON.stringify({ title: 'Accessibility check', severity: 'SEV2', summary: 'The cache stopped answering.' }),
  });
  expect(created.status).toBe(201);
  const id = encodeURIComponent(created.body.id);
  const incident = await e2e.api<{ id: string }>('/incidents', {
    method: 'POST',
    body: JSON.stringify({ title: 'Checkout returned 502s', severity: 'SEV2', resolvedAt: '2026-03-02T10:00:00Z', customerImpactMinutes: 42, teams: ['payments'] }),
  });
  expect(incident.status).toBe(201);
  const team = await e2e.api('/teams/Payments', { method: 'PUT', body: JSON.stringify({ lead: 'ana@example.com', services: ['checkout-api'] }) });
  expect(team.status).toBe(200);
  // The dashboard with something in each section, and a postmortem in review with its meeting kit.
  const reviewed = await e2e.api<{ id: string; version: number }>('/postmortems', {
    method: 'POST',
    body: JSON.stringify({
      title: 'Queue backlog',
      severity: 'SEV2',
      author: ADMIN.email,
      commander: 'Dana Ortiz',
      teams: ['payments'],
      summary: 'The queue backed up.',
      actionItems: [
        { id: 'AI-1', title: 'Alert on queue age', owner: ADMIN.name, due: '2026-01-05', priority: 'P1' },
        { id: 'AI-2', title: 'Drain the queue in batches', owner: 'Dana Ortiz', due: '2026-01-05', priority: 'P2', status: 'done' },
      ],
    }),
  });
  expect(reviewed.status).toBe(201);
  const moved = await e2e.api(`/postmortems/${encodeURIComponent(reviewed.body.id)}/transitions`, { method: 'POST', body: JSON.stringify({ to: 'in_review' }), ifMatch: reviewed.body.version });
  expect(moved.status).toBe(200);
  const channel = await e2e.api('/channels', { method: 'POST', body: JSON.stringify({ scope: 'team:payments', name: 'Payments on-call', kind: 'email', to: ['payments-oncall@example.com'] }) });
  expect(channel.status).toBe(201);
  pages = [
    ['dashboard', '/'],
    ['list', '/postmortems'],
    ['new postmortem', '/postmortems/new'],
    ['read view', `/postmortems/${id}`],
    ['editor', `/postmortems/${id}/edit`],
    ['history', `/postmortems/${id}/history`],
    ['postmortem in review, with its meeting kit', `/postmortems/${encodeURIComponent(reviewed.body.id)}`],
    ['action items', '/action-items'],
    ['incidents', '/incidents'],
    ['incident', `/incidents/${incident.body.id}`],
    ['patterns', '/reports/patterns'],
    ['policy', '/admin/policy'],
    ['teams', '/admin/teams'],
    ['SLOs', '/admin/slos'],
    ['your account', '/account'],
    ['users', '/admin/users'],
    ['audit log', '/admin/audit'],
    ['deleted postmortems', '/admin/deleted'],
    ['notifications', '/admin/notifications'],
    ['integrations', '/admin/integrations'],
  ];
  ({ page } = await signedInPage(e2e.browser, e2e.server.url));
});

describe('accessibility basics', () => {
  it('signs in with the keyboard alone, the focus visible on every field it passes', async () => {
    const context = await e2e.browser.newContext();
    const form = await context.newPage();
    await form.goto(e2e.server.url);
    await form.getByLabel('E-mail').waitFor();
    const focusedOutline = () => form.evaluate<string>('(() => { const s = getComputedStyle(document.activeElement); return s.outlineStyle + " " + s.outlineWidth; })()');
    // Tab from the top of the page to the e-mail field, then through the form; Enter submits.
    for (let presses = 0; presses < 10; presses++) {
      await form.keyboard.press('Tab');
      if (await form.evaluate<boolean>('document.activeElement?.type === "email"')) break;
    }
    expect(await form.evaluate<string>('document.activeElement?.type')).toBe('email');
    expect(await focusedOutline()).not.toMatch(/^none|\b0px$/);
    await form.keyboard.type(ADMIN.email);
    await form.keyboard.press('Tab');
    expect(await form.evaluate<string>('document.activeElement?.type')).toBe('password');
    expect(await focusedOutline()).not.toMatch(/^none|\b0px$/);
    await form.keyboard.type(ADMIN.password);
    await form.keyboard.press('Enter');
    await form.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor();
    await context.close();
  });

  it('names every form control and button on every main page', async () => {
    for (const [name, path] of pages) {
      await page.goto(`${e2e.server.url}${path}`);
      await page.locator('main').waitFor();
      await page.waitForLoadState('networkidle');
      expect(await page.evaluate<string[]>(UNNAMED_CONTROLS), name).toEqual([]);
    }
  });

  it('keeps text at WCAG AA contrast on every main page', async () => {
    for (const [name, path] of pages) {
      await page.goto(`${e2e.server.url}${path}`);
      await page.locator('main').waitFor();
      await page.waitForLoadState('networkidle');
      expect(await page.evaluate<string[]>(LOW_CONTRAST_TEXT), name).toEqual([]);
    }
  });
});
