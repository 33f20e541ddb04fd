/**
 * Sign-in with the identity provider in the browser: the button on the sign-in page, the provider's own login form
 * (a real OpenID Connect provider in this process), back to the dashboard signed in. A wrong state, a replayed code
 * and an expired ID token each end on the sign-in page with a message and no session; local passwords turned off
 * leave only the provider's button.
 */
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import type { BrowserContext, Page, Route } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestProvider, type TestProvider } from '../oidc-provider.js';
import { screenshot, useE2e } from './harness.js';

/** A port free now, for a server whose address must be known before it starts. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done));
  const { port } = probe.address() as AddressInfo;
  await new Promise((done) => probe.close(done));
  return port;
}

let provider: TestProvider;
let publicUrl = '';
beforeAll(async () => {
  publicUrl = `http://127.0.0.1:${await freePort()}`;
  provider = await startTestProvider(`${publicUrl}/api/v1/auth/oidc/callback`, {
    ana: { email: 'ana@example.com', email_verified: true, name: 'Ana Analyst' },
    sam: { email: 'sam@example.com', email_verified: true, name: 'Sam Sre', groups: ['engineering'] },
    boss: { email: 'admin@example.com', email_verified: true, groups: ['debrief-admins'] },
  });
});
const e2e = useE2e(() => ({
  DEBRIEF_PORT: new URL(publicUrl).port,
  DEBRIEF_PUBLIC_URL: publicUrl,
  DEBRIEF_OIDC_ISSUER: provider.issuer,
  DEBRIEF_OIDC_CLIENT_ID: provider.clientId,
  DEBRIEF_OIDC_CLIENT_SECRET: provider.clientSecret,
  DEBRIEF_OIDC_LABEL: 'Acme SSO',
  DEBRIEF_OIDC_SCOPES: 'groups',
  DEBRIEF_OIDC_GROUPS_CLAIM: 'groups',
  DEBRIEF_OIDC_ADMIN_GROUPS: 'debrief-admins',
  DEBRIEF_OIDC_EDITOR_GROUPS: 'engineering',
}));
const contexts: BrowserContext[] = [];
afterEach(() => {
  vi.useRealTimers();
});
afterAll(async () => {
  await Promise.all(contexts.map((context) => context.close()));
  await provider?.close();
});

/** A fresh browser on the sign-in page. */
async function signInPage(): Promise<Page> {
  const context = await e2e.browser.newContext();
  contexts.push(context);
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  await page.goto(e2e.server.url);
  await page.getByRole('heading', { name: 'Sign in to Debrief' }).waitFor();
  return page;
}

/** Clicks the provider's button and signs in on the provider's login form as `login`. */
async function throughProvider(page: Page, login: string): Promise<void> {
  await page.getByRole('button', { name: 'Sign in with Acme SSO' }).click();
  await page.waitForURL(`${provider.issuer}/**`);
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill('anything');
  await page.getByRole('button', { name: 'Sign-in' }).click();
}

/** Who the page's browser is signed in as (null: nobody). */
async function whoIs(page: Page): Promise<{ email: string; role: string } | null> {
  const response = await page.context().request.get(`${e2e.server.url}/api/v1/auth/me`);
  return response.status() === 200 ? ((await response.json()) as { user: { email: string; role: string } }).user : null;
}

/**
 * Rewrites the callback on its way from the provider to Debrief (after `before` runs); `sent` is the URL the provider
 * sent. Playwright does not route requests a redirect leads to, and the callback is one: so the login form's post is
 * routed instead and followed to the provider's resume step (with the browser's cookies), and the browser is sent
 * to the (rewritten) callback the provider answered with.
 */
async function rewriteCallback(page: Page, change: (params: URLSearchParams) => void, before: () => void = () => undefined): Promise<{ sent: Promise<string> }> {
  let sent!: (url: string) => void;
  const original = new Promise<string>((done) => (sent = done));
  await page.route(
    (url) => url.origin === provider.issuer && url.pathname.startsWith('/interaction/'),
    async (route: Route) => {
      if (route.request().method() !== 'POST') return route.continue();
      const posted = await route.fetch({ maxRedirects: 0 });
      const resume = new URL(posted.headers().location ?? '', provider.issuer);
      const resumed = await page.context().request.get(resume.href, { maxRedirects: 0 });
      const url = new URL(resumed.headers().location ?? '', provider.issuer);
      sent(url.href);
      change(url.searchParams);
      before();
      return route.fulfill({ status: 303, headers: { location: url.href } });
    },
  );
  return { sent: original };
}

/** Expects the sign-in page with `message` in its alert, and no session. */
async function expectRefused(page: Page, message: RegExp): Promise<void> {
  await expect.poll(() => page.getByRole('alert').textContent()).toMatch(message);
  expect(new URL(page.url()).search).toBe('');
  expect(await page.getByRole('heading', { name: 'Sign in to Debrief' }).isVisible()).toBe(true);
  expect(await whoIs(page)).toBeNull();
}

describe('sign-in with the identity provider', () => {
  it('signs in through the provider\u2019s login form: the first time creates the account with the default role, the second finds it', async () => {
    const page = await signInPage();
    await screenshot(page, 'oidc-sign-in-page');
    await throughProvider(page, 'ana');
    await page.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor();
    expect(await whoIs(page)).toMatchObject({ email: 'ana@example.com', role: 'viewer' });

    const again = await signInPage();
    await throughProvider(again, 'sam');
    await again.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor();
    expect(await whoIs(again)).toMatchObject({ email: 'sam@example.com', role: 'editor' });
    const users = (await e2e.api<{ items: { email: string }[] }>('/users')).body.items;
    expect(users.filter((u) => u.email === 'ana@example.com')).toHaveLength(1);
  });

  it('refuses a callback whose state is not the one this browser started with', async () => {
    const page = await signInPage();
    await rewriteCallback(page, (params) => params.set('state', 'forged-state'));
    await throughProvider(page, 'ana');
    await expectRefused(page, /did not start in this browser/);
    await screenshot(page, 'oidc-wrong-state');
  });

  it('refuses a code already exchanged, replayed into a fresh sign-in', async () => {
    const first = await signInPage();
    const used = await rewriteCallback(first, () => undefined);
    await throughProvider(first, 'ana');
    await first.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor();
    const oldCode = new URL(await used.sent).searchParams.get('code') ?? '';

    const page = await signInPage();
    await rewriteCallback(page, (params) => params.set('code', oldCode));
    await throughProvider(page, 'ana');
    await expectRefused(page, /did not accept the sign-in code/);
  });

  it('refuses an ID token that has expired (the provider\u2019s clock two hours behind when it issues it)', async () => {
    const page = await signInPage();
    await rewriteCallback(
      page,
      () => undefined,
      () => {
        vi.useFakeTimers({ toFake: ['Date'] });
        vi.setSystemTime(Date.now() - 2 * 60 * 60 * 1000);
      },
    );
    await throughProvider(page, 'ana');
    await expectRefused(page, /answer had expired when it arrived/);
    await screenshot(page, 'oidc-expired-id-token');
  });

  it('lets an admin who signed in with the provider turn local passwords off: the sign-in page then shows only the provider', async () => {
    const page = await signInPage();
    await throughProvider(page, 'boss');
    await page.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor();
    expect(await whoIs(page)).toMatchObject({ email: 'admin@example.com', role: 'admin' });
    await page.goto(`${e2e.server.url}/admin/users`);
    await page.getByRole('button', { name: 'Turn local passwords off' }).click();
    await page.getByRole('button', { name: 'Turn local passwords on' }).waitFor();
    await screenshot(page, 'oidc-local-passwords-off');

    const signedOut = await signInPage();
    await signedOut.getByRole('button', { name: 'Sign in with Acme SSO' }).waitFor();
    expect(await signedOut.getByLabel('Password').count()).toBe(0);
    await screenshot(signedOut, 'oidc-provider-only');
    const login = await fetch(`${e2e.server.url}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'admin@example.com', password: 'correct horse battery staple' }) });
    expect(login.status).toBe(403);

    await page.getByRole('button', { name: 'Turn local passwords on' }).click();
    await page.getByRole('button', { name: 'Turn local passwords off' }).waitFor();
  });
});
