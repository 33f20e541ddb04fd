import type { LightMyRequestResponse } from 'fastify';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { signInAtProvider, startTestProvider, type TestAccount, type TestProvider } from '../../../test/oidc-provider.js';
import { serverPerFile, TEST_PASSWORD } from '../../../test/server-harness.js';
import { forEachEngine } from '../../../test/store-engines.js';
import type { AppOptions } from '../app.js';
import { redirectUri, type OidcSettings } from '../oidc-client.js';

const PUBLIC_URL = 'http://debrief.test';
const REDIRECT = redirectUri({ publicUrl: PUBLIC_URL });

/** The provider's users at the start of each engine's tests. */
const ACCOUNTS: Record<string, TestAccount> = {
  ana: { email: 'Ana@Example.com', email_verified: true, name: 'Ana Analyst' },
  sam: { email: 'sam@example.com', email_verified: true, name: 'Sam Sre', groups: ['debrief-admins', 'everyone'] },
  eddie: { email: 'editor@example.com', email_verified: true, name: 'Eddie' },
  vera: { email: 'viewer@example.com', email_verified: false },
  nomail: { name: 'No Mail' },
  // Microsoft Entra ID sends no email_verified; its xms_edov says the tenant owns the e-mail's domain.
  entra: { email: 'ed@example.com', xms_edov: true },
  boss: { email: 'admin@example.com', email_verified: true, groups: ['debrief-admins'] },
};

let provider: TestProvider;
beforeAll(async () => {
  provider = await startTestProvider(REDIRECT);
});
afterAll(async () => provider.close());
afterEach(() => {
  vi.useRealTimers();
});

/** The settings of Debrief's client at the test provider. */
function oidcSettings(): OidcSettings {
  return {
    issuer: new URL(provider.issuer),
    clientId: provider.clientId,
    clientSecret: provider.clientSecret,
    publicUrl: PUBLIC_URL,
    label: 'Acme SSO',
    scopes: 'openid email profile groups',
    defaultRole: 'viewer',
    groupsClaim: 'groups',
    roleGroups: { admin: ['debrief-admins'], editor: ['engineering'] },
  };
}

/** The value of a cookie an answer sets, or undefined. */
function cookieSet(response: LightMyRequestResponse, name: string): string | undefined {
  const found = response.cookies.find((cookie) => cookie.name === name);
  return found === undefined || found.value === '' ? undefined : found.value;
}

forEachEngine((engine) => {
  describe('sign-in with the identity provider', () => {
    const options: Omit<AppOptions, 'store'> = {};
    let now = Date.now();
    beforeAll(() => {
      options.oidc = oidcSettings();
      for (const [login, account] of Object.entries(ACCOUNTS)) provider.accounts.set(login, account);
    });
    const server = serverPerFile(engine, options, { clock: () => now });

    /** Starts a sign-in: the provider's authorization URL and the state cookie. */
    const start = async () => {
      const started = await server().app.inject({ method: 'POST', url: '/api/v1/auth/oidc/start' });
      expect(started.statusCode, started.body).toBe(200);
      const state = cookieSet(started, 'debrief_oidc_state');
      expect(state).toBeDefined();
      return { location: started.json().url as string, state: state as string };
    };
    /** The browser arriving back at the callback from `returned` (the provider's redirect), with a state cookie. */
    const callback = (returned: URL, state: string | undefined) =>
      server().app.inject({ method: 'GET', url: `/api/v1/auth/oidc/callback${returned.search}`, cookies: state === undefined ? {} : { debrief_oidc_state: state } });
    /** A whole sign-in as the provider's `login`: the callback's answer. */
    const signInAs = async (login: string) => {
      const { location, state } = await start();
      return callback(await signInAtProvider(location, login, REDIRECT), state);
    };
    /** Who a session cookie is signed in as. */
    const me = async (session: string | undefined) => {
      const response = await server().app.inject({ method: 'GET', url: '/api/v1/auth/me', cookies: { debrief_session: session ?? '' } });
      return response.statusCode === 200 ? (response.json().user as { id: string; email: string; role: string; name: string }) : null;
    };

    it('sends the browser to the provider with PKCE (S256), state and nonce, and says which ways of signing in are open', async () => {
      const { location, state } = await start();
      const url = new URL(location);
      expect(url.origin).toBe(provider.issuer);
      expect(Object.fromEntries(url.searchParams)).toMatchObject({ client_id: 'debrief', redirect_uri: REDIRECT, response_type: 'code', code_challenge_method: 'S256', state, scope: 'openid email profile groups' });
      expect(url.searchParams.get('nonce')).toMatch(/^[\w-]{43}$/);
      expect(url.searchParams.get('code_challenge')).not.toBe(state);
      const methods = await server().call(null, 'GET', '/api/v1/auth/methods');
      expect(methods.json()).toEqual({ localPasswords: true, provider: { label: 'Acme SSO' } });
    });

    it('creates the account at the first sign-in with the default role, and signs the same account in the second time', async () => {
      const first = await signInAs('ana');
      expect(first.statusCode, first.body).toBe(303);
      expect(first.headers.location).toBe('/');
      const user = await me(cookieSet(first, 'debrief_session'));
      expect(user).toMatchObject({ email: 'ana@example.com', role: 'viewer', name: 'Ana Analyst' });
      const count = (await server().store.listUsers()).length;

      const second = await signInAs('ana');
      expect(second.headers.location).toBe('/');
      expect((await me(cookieSet(second, 'debrief_session')))?.id).toBe(user?.id);
      expect((await server().store.listUsers()).length).toBe(count);
      const audit = (await server().call('admin', 'GET', '/api/v1/audit?email=ana@example.com')).json().items as { action: string; details: Record<string, unknown> }[];
      expect(audit.map((e) => e.action)).toEqual(['auth.login', 'auth.login', 'user.created']);
      expect(audit[2]?.details).toMatchObject({ role: 'viewer', method: 'oidc', issuer: `${provider.issuer}` });
      // No password signs this account in: it has none.
      expect((await server().call(null, 'POST', '/api/v1/auth/login', { json: { email: 'ana@example.com', password: TEST_PASSWORD } })).statusCode).toBe(401);
    });

    it('maps groups to roles at every sign-in, and leaves the role alone when the provider sends no groups', async () => {
      const admin = await me(cookieSet(await signInAs('sam'), 'debrief_session'));
      expect(admin?.role).toBe('admin');
      provider.accounts.set('sam', { email: 'sam@example.com', email_verified: true, groups: ['engineering'] });
      expect((await me(cookieSet(await signInAs('sam'), 'debrief_session')))?.role).toBe('editor');
      provider.accounts.set('sam', { email: 'sam@example.com', email_verified: true, groups: ['marketing'] });
      expect((await me(cookieSet(await signInAs('sam'), 'debrief_session')))?.role).toBe('viewer');
      provider.accounts.set('sam', { email: 'sam@example.com', email_verified: true, groups: ['engineering'] });
      expect((await me(cookieSet(await signInAs('sam'), 'debrief_session')))?.role).toBe('editor');
      provider.accounts.set('sam', { email: 'sam@example.com', email_verified: true });
      expect((await me(cookieSet(await signInAs('sam'), 'debrief_session')))?.role).toBe('editor');
      const changes = (await server().call('admin', 'GET', '/api/v1/audit?action=user.role_changed&email=sam@example.com')).json().items as { details: Record<string, unknown> }[];
      expect(changes.map((e) => e.details)).toEqual([
        { from: 'viewer', to: 'editor', method: 'oidc' },
        { from: 'editor', to: 'viewer', method: 'oidc' },
        { from: 'admin', to: 'editor', method: 'oidc' },
      ]);
    });

    it('links an existing account by a verified e-mail only (Entra\u2019s xms_edov counts), and refuses a sign-in without an e-mail', async () => {
      const existing = (await server().store.listUsers()).find((u) => u.email === 'editor@example.com');
      const linked = await signInAs('eddie');
      expect(await me(cookieSet(linked, 'debrief_session'))).toMatchObject({ id: existing?.id, role: 'editor' });

      const unverified = await signInAs('vera');
      expect(unverified.headers.location).toBe('/?sign_in_error=email_unverified');
      expect(cookieSet(unverified, 'debrief_session')).toBeUndefined();
      expect(await me(cookieSet(await signInAs('entra'), 'debrief_session'))).toMatchObject({ email: 'ed@example.com', role: 'viewer' });
      const nomail = await signInAs('nomail');
      expect(nomail.headers.location).toBe('/?sign_in_error=email_missing');
      expect(cookieSet(nomail, 'debrief_session')).toBeUndefined();
    });

    it('refuses a wrong or missing state, a callback used twice and a replayed code, each without a session', async () => {
      const { location, state } = await start();
      const returned = await signInAtProvider(location, 'ana', REDIRECT);
      const wrong = await callback(returned, 'someone-elses-state');
      expect(wrong.headers.location).toBe('/?sign_in_error=state_mismatch');
      expect(cookieSet(wrong, 'debrief_session')).toBeUndefined();
      expect((await callback(returned, undefined)).headers.location).toBe('/?sign_in_error=state_mismatch');

      const good = await callback(returned, state);
      expect(good.headers.location).toBe('/');
      const twice = await callback(returned, state);
      expect(twice.headers.location).toBe('/?sign_in_error=sign_in_expired');
      expect(cookieSet(twice, 'debrief_session')).toBeUndefined();

      // The same code with a fresh sign-in's state: the provider refuses a code it has already exchanged.
      const fresh = await start();
      const replayed = new URL(returned);
      replayed.searchParams.set('state', fresh.state);
      const refused = await callback(replayed, fresh.state);
      expect(refused.headers.location).toBe('/?sign_in_error=code_rejected');
      expect(cookieSet(refused, 'debrief_session')).toBeUndefined();
      const failures = (await server().call('admin', 'GET', '/api/v1/audit?action=auth.login_failed')).json().items as { details: Record<string, unknown> }[];
      expect(failures.slice(0, 4).map((e) => e.details.reason)).toEqual(['code_rejected', 'sign_in_expired', 'state_mismatch', 'state_mismatch']);
    });

    it('refuses a sign-in that took longer than ten minutes by Debrief\u2019s clock', async () => {
      const { location, state } = await start();
      const returned = await signInAtProvider(location, 'ana', REDIRECT);
      now += 11 * 60 * 1000;
      const late = await callback(returned, state);
      expect(late.headers.location).toBe('/?sign_in_error=sign_in_expired');
    });

    it('refuses an ID token that has expired by Debrief\u2019s clock (the provider\u2019s clock two hours behind)', async () => {
      const { location, state } = await start();
      const returned = await signInAtProvider(location, 'ana', REDIRECT);
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(now - 2 * 60 * 60 * 1000);
      const expired = await callback(returned, state);
      vi.useRealTimers();
      expect(expired.headers.location).toBe('/?sign_in_error=id_token_expired');
      expect(cookieSet(expired, 'debrief_session')).toBeUndefined();
    });

    it('turns local passwords off only once an admin signs in with the provider, then refuses passwords, and back on', async () => {
      const refused = await server().call('admin', 'PUT', '/api/v1/settings/sign-in', { json: { localPasswords: false } });
      expect(refused.statusCode, refused.body).toBe(409);
      expect(refused.json().error.message).toMatch(/no enabled admin has signed in with the identity provider/);
      expect((await me(cookieSet(await signInAs('boss'), 'debrief_session')))?.email).toBe('admin@example.com');

      const off = await server().call('admin', 'PUT', '/api/v1/settings/sign-in', { json: { localPasswords: false } });
      expect(off.statusCode, off.body).toBe(200);
      expect(off.json()).toEqual({ localPasswords: false, providerConfigured: true, issuer: `${provider.issuer}/` });
      const login = await server().call(null, 'POST', '/api/v1/auth/login', { json: { email: 'editor@example.com', password: TEST_PASSWORD } });
      expect(login.statusCode).toBe(403);
      expect(login.json().error).toMatchObject({ code: 'local_passwords_off', message: expect.stringMatching(/sign in with Acme SSO/) });
      expect((await server().call(null, 'GET', '/api/v1/auth/methods')).json()).toMatchObject({ localPasswords: false });
      expect((await server().call('editor', 'GET', '/api/v1/settings/sign-in')).statusCode).toBe(403);
      expect((await signInAs('ana')).headers.location).toBe('/');

      expect((await server().call('admin', 'PUT', '/api/v1/settings/sign-in', { json: { localPasswords: true } })).statusCode).toBe(200);
      expect((await server().call(null, 'POST', '/api/v1/auth/login', { json: { email: 'editor@example.com', password: TEST_PASSWORD } })).statusCode).toBe(200);
      const audit = (await server().call('admin', 'GET', '/api/v1/audit?action=settings.changed')).json().items as { details: Record<string, unknown> }[];
      expect(audit.map((e) => e.details)).toEqual([{ from: false, to: true }, { from: true, to: false }]);
    });
  });

  describe('without an identity provider', () => {
    const server = serverPerFile(engine);
    it('keeps local passwords on, offers no provider, and answers the start with 404', async () => {
      expect((await server().call(null, 'GET', '/api/v1/auth/methods')).json()).toEqual({ localPasswords: true, provider: null });
      const off = await server().call('admin', 'PUT', '/api/v1/settings/sign-in', { json: { localPasswords: false } });
      expect(off.statusCode).toBe(409);
      expect(off.json().error.message).toMatch(/no identity provider is configured \(DEBRIEF_OIDC_ISSUER\)/);
      const started = await server().call(null, 'POST', '/api/v1/auth/oidc/start');
      expect(started.statusCode).toBe(404);
      expect(started.json().error.code).toBe('oidc_not_configured');
    });
  });
});
