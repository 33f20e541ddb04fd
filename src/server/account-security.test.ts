/**
 * Accounts over the API: sign-in limits kept in the database, trusted proxies, disabling, passwords, tokens with
 * expiry and role caps, the audit log, who may change a postmortem's access, and the API's general rate limit.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serverOver, TEST_PASSWORD, TEST_SOURCE, type ServerHarness } from '../../test/server-harness.js';
import { forEachEngine, TEST_PASSWORD_COST } from '../../test/store-engines.js';
import { openStore } from '../store/open-store.js';
import type { Store } from '../store/store.types.js';
import { createSharedCounts } from './api-rate-limit.js';
import { buildApp } from './app.js';
import { SIGN_IN_LIMITS } from './sign-in-throttle.js';

const MINUTE = 60_000;
const DAY = 86_400_000;

/** A clock the test moves by hand, starting at the beginning of a sign-in window (no test straddles two). */
function movableClock() {
  let now = Math.ceil(Date.now() / SIGN_IN_LIMITS.account.windowMs) * SIGN_IN_LIMITS.account.windowMs;
  return { now: () => now, move: (ms: number) => void (now += ms) };
}

/** A sign-in as the app sees it: e-mail, password and the client's address. */
function signIn(app: FastifyInstance, email: string, password: string, remoteAddress = '198.51.100.1', headers: Record<string, string> = {}) {
  return app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password }, remoteAddress, headers });
}

/** The cookie and CSRF header of a fresh session. */
async function session(app: FastifyInstance, email: string, password = TEST_PASSWORD): Promise<Record<string, string>> {
  const response = await signIn(app, email, password, '198.51.100.200');
  expect(response.statusCode).toBe(200);
  const cookie = String(response.headers['set-cookie']).split(';')[0] ?? '';
  return { cookie, 'x-csrf-token': response.json().csrfToken as string };
}

forEachEngine((engine) => {
  const clock = movableClock();
  let server: ServerHarness;
  beforeAll(async () => {
    server = await serverOver(await engine.openStore({ clock: clock.now }), { trustProxy: 1 });
  });
  afterAll(async () => {
    await server.app.close();
    await server.store.close();
  });

  describe('sign-in limits', () => {
    it('locks an account after 10 failures from anywhere, with 429 and Retry-After, until its window ends', async () => {
      const email = 'editor@example.com';
      for (let i = 0; i < SIGN_IN_LIMITS.account.max; i++) {
        expect((await signIn(server.app, email, 'wrong password', `203.0.113.${i}`)).statusCode).toBe(401);
      }
      const locked = await signIn(server.app, email, TEST_PASSWORD, '203.0.113.99');
      expect(locked.statusCode).toBe(429);
      expect(locked.json().error).toMatchObject({ code: 'rate_limited', message: expect.stringMatching(/for this account/) });
      expect(Number(locked.headers['retry-after'])).toBe(SIGN_IN_LIMITS.account.windowMs / 1000);
      // Another account from the same addresses is not locked.
      expect((await signIn(server.app, 'member@example.com', TEST_PASSWORD, '203.0.113.1')).statusCode).toBe(200);
      clock.move(SIGN_IN_LIMITS.account.windowMs);
      expect((await signIn(server.app, email, TEST_PASSWORD, '203.0.113.99')).statusCode).toBe(200);
    });

    it('limits one address trying many e-mails, and forged X-Forwarded-For entries do not help behind one trusted proxy', async () => {
      clock.move(SIGN_IN_LIMITS.account.windowMs);
      const statuses: number[] = [];
      for (let i = 0; i <= SIGN_IN_LIMITS.address.max; i++) {
        // The client forges the first entry; the proxy (10.0.0.2) appends the address it really came from.
        const response = await signIn(server.app, `made-up-${i}@example.com`, 'whatever password', '10.0.0.2', { 'x-forwarded-for': `192.0.2.${i}, 198.51.100.77` });
        statuses.push(response.statusCode);
      }
      expect(statuses.slice(0, -1).every((s) => s === 401)).toBe(true);
      const last = statuses.at(-1);
      expect(last).toBe(429);
      const audit = await server.store.listAudit({ action: 'auth.login_throttled' }, {});
      expect(audit.items[0]).toMatchObject({ outcome: 'failure', ip: '198.51.100.77' });
      // Only the first refusal of a window is recorded.
      await signIn(server.app, 'another@example.com', 'x', '10.0.0.2', { 'x-forwarded-for': '198.51.100.77' });
      expect((await server.store.listAudit({ action: 'auth.login_throttled' }, {})).items.filter((e) => e.ip === '198.51.100.77')).toHaveLength(1);
    });

    it('takes successes back: only failures use the allowance up', async () => {
      clock.move(SIGN_IN_LIMITS.account.windowMs);
      for (let i = 0; i < SIGN_IN_LIMITS.account.max + 5; i++) expect((await signIn(server.app, 'viewer@example.com', TEST_PASSWORD)).statusCode).toBe(200);
      expect((await signIn(server.app, 'viewer@example.com', 'wrong password')).statusCode).toBe(401);
    });

    it('records failed sign-ins with the reason, and successful ones with the account', async () => {
      clock.move(SIGN_IN_LIMITS.account.windowMs);
      await signIn(server.app, 'nobody@example.com', 'a password', '198.51.100.9');
      await signIn(server.app, 'viewer@example.com', TEST_PASSWORD, '198.51.100.9');
      const failed = await server.store.listAudit({ action: 'auth.login_failed', email: 'nobody@example.com' }, {});
      expect(failed.items[0]).toMatchObject({ outcome: 'failure', target: 'nobody@example.com', ip: '198.51.100.9', details: { reason: 'unknown_email' } });
      const ok = await server.store.listAudit({ action: 'auth.login', email: 'viewer@example.com' }, {});
      expect(ok.items[0]).toMatchObject({ outcome: 'success', actor: { email: 'viewer@example.com' }, ip: '198.51.100.9' });
    });

    it('refuses a sign-in body over 16 KB before reading it (413): nobody signs in with megabytes', async () => {
      const big = await server.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'a@example.com', password: 'x'.repeat(20_000) } });
      expect(big.statusCode).toBe(413);
      expect(big.json().error.code).toBe('payload_too_large');
      const token = await server.call('admin', 'POST', '/api/v1/tokens', { json: { name: 'n'.repeat(20_000) } });
      expect(token.statusCode).toBe(413);
    });

    it('counts in the database, so that two instances count together', async () => {
      clock.move(SIGN_IN_LIMITS.account.windowMs);
      const other = await buildApp({ store: server.store, trustProxy: 1 });
      try {
        for (let i = 0; i < SIGN_IN_LIMITS.account.max / 2; i++) {
          await signIn(server.app, 'admin@example.com', 'wrong password');
          await signIn(other, 'admin@example.com', 'wrong password');
        }
        expect((await signIn(other, 'admin@example.com', TEST_PASSWORD)).statusCode).toBe(429);
      } finally {
        await other.close();
      }
    });
  });

  describe('accounts', () => {
    it('an admin disables an account: its token stops at once, it cannot sign in (403 account_disabled), until enabled', async () => {
      clock.move(SIGN_IN_LIMITS.account.windowMs);
      const made = await server.call('admin', 'POST', '/api/v1/users', { json: { email: 'sam@example.com', role: 'editor', password: 'sam has a passphrase' } });
      expect(made.statusCode).toBe(201);
      const token = (await server.store.createToken('sam@example.com', { name: 'ci' }, TEST_SOURCE)).token;
      const cookies = await session(server.app, 'sam@example.com', 'sam has a passphrase');
      const asSam = (headers: Record<string, string>) => server.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers });
      expect((await asSam({ authorization: `Bearer ${token}` })).statusCode).toBe(200);

      expect((await server.call('editor', 'PATCH', '/api/v1/users/sam@example.com', { json: { disabled: true } })).statusCode).toBe(403);
      const disabled = await server.call('admin', 'PATCH', '/api/v1/users/sam@example.com', { json: { disabled: true } });
      expect(disabled.json()).toMatchObject({ email: 'sam@example.com', disabled: true, disabledAt: expect.any(String) });
      expect((await asSam({ authorization: `Bearer ${token}` })).statusCode).toBe(401);
      expect((await asSam(cookies)).statusCode).toBe(401);
      const refused = await signIn(server.app, 'sam@example.com', 'sam has a passphrase');
      expect(refused.statusCode).toBe(403);
      expect(refused.json().error.code).toBe('account_disabled');
      expect((await signIn(server.app, 'sam@example.com', 'a wrong passphrase')).statusCode).toBe(401);

      expect((await server.call('admin', 'PATCH', '/api/v1/users/sam@example.com', { json: { disabled: false } })).json()).toMatchObject({ disabled: false });
      expect((await signIn(server.app, 'sam@example.com', 'sam has a passphrase')).statusCode).toBe(200);
      expect((await asSam({ authorization: `Bearer ${token}` })).statusCode).toBe(401);
      expect((await server.call('admin', 'PATCH', '/api/v1/users/admin@example.com', { json: { disabled: true } })).statusCode).toBe(409);
      expect((await server.call('admin', 'PATCH', '/api/v1/users/sam@example.com', { json: {} })).statusCode).toBe(422);
    });

    it('an admin sets a password (checked for strength), which ends that user\u2019s sessions', async () => {
      const cookies = await session(server.app, 'member@example.com');
      const weak = await server.call('admin', 'PUT', '/api/v1/users/member@example.com/password', { json: { password: '12345678' } });
      expect(weak.statusCode).toBe(422);
      expect(weak.json().error.details).toEqual([{ path: 'password', message: expect.stringMatching(/at least 12/) }]);
      expect((await server.call('editor', 'PUT', '/api/v1/users/member@example.com/password', { json: { password: 'member new passphrase' } })).statusCode).toBe(403);
      expect((await server.call('admin', 'PUT', '/api/v1/users/member@example.com/password', { json: { password: 'member new passphrase' } })).statusCode).toBe(204);
      expect((await server.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: cookies })).statusCode).toBe(401);
      expect((await signIn(server.app, 'member@example.com', 'member new passphrase')).statusCode).toBe(200);
      await server.store.setPassword('member@example.com', TEST_PASSWORD, TEST_SOURCE);
    });

    it('a user changes their own password with the current one: other sessions end, this one stays', async () => {
      const here = await session(server.app, 'viewer@example.com');
      const elsewhere = await session(server.app, 'viewer@example.com');
      const change = (headers: Record<string, string>, currentPassword: string, newPassword: string) =>
        server.app.inject({ method: 'POST', url: '/api/v1/auth/password', headers, payload: { currentPassword, newPassword } });
      const wrong = await change(here, 'not my password', 'viewer new passphrase');
      expect(wrong.statusCode).toBe(422);
      expect(wrong.json().error.details).toEqual([{ path: 'currentPassword', message: 'is wrong' }]);
      expect((await change(here, TEST_PASSWORD, 'password1234')).statusCode).toBe(422);
      expect((await change(here, TEST_PASSWORD, 'viewer new passphrase')).statusCode).toBe(204);
      expect((await server.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: here })).statusCode).toBe(200);
      expect((await server.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: elsewhere })).statusCode).toBe(401);
      const log = await server.store.listAudit({ action: 'user.password_changed', email: 'viewer@example.com' }, {});
      expect(log.items.map((e) => [e.outcome, e.details.self ?? e.details.reason])).toEqual([
        ['success', true],
        ['failure', 'wrong_password'],
      ]);
      await server.store.setPassword('viewer@example.com', TEST_PASSWORD, TEST_SOURCE);
    });
  });

  describe('tokens', () => {
    it('makes a token shown once, lists it without its secret, and revokes it; others\u2019 tokens are admins\u2019 business', async () => {
      const made = await server.call('editor', 'POST', '/api/v1/tokens', { json: { name: 'laptop', expiresInDays: 30, role: 'viewer' } });
      expect(made.statusCode).toBe(201);
      const { token, id, expiresAt } = made.json();
      expect(token).toMatch(/^dbr_/);
      expect(Date.parse(expiresAt) - clock.now()).toBe(30 * DAY);
      const me = await server.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { authorization: `Bearer ${token}` } });
      expect(me.json().user).toMatchObject({ email: 'editor@example.com', role: 'viewer' });
      const write = await server.app.inject({ method: 'POST', url: '/api/v1/postmortems', headers: { authorization: `Bearer ${token}` }, payload: { title: 'x' } });
      expect(write.statusCode).toBe(403);

      const listed = await server.call('editor', 'GET', '/api/v1/tokens');
      expect(listed.json().items.map((t: { name: string }) => t.name)).toEqual(expect.arrayContaining(['laptop', 'tests']));
      expect(listed.body).not.toContain(token.slice(4));
      expect((await server.call('editor', 'GET', '/api/v1/tokens?email=admin@example.com')).statusCode).toBe(403);
      expect((await server.call('editor', 'GET', '/api/v1/tokens?all=true')).statusCode).toBe(403);
      expect((await server.call('admin', 'GET', '/api/v1/tokens?email=editor@example.com')).json().items.some((t: { id: string }) => t.id === id)).toBe(true);
      expect((await server.call('member', 'DELETE', `/api/v1/tokens/${id}`)).statusCode).toBe(404);
      expect((await server.call('editor', 'POST', '/api/v1/tokens', { json: { name: 'up', role: 'admin' } })).statusCode).toBe(422);
      expect((await server.call('editor', 'POST', '/api/v1/tokens', { json: { name: 'forever', expiresInDays: 1000 } })).statusCode).toBe(422);
      expect((await server.call('editor', 'POST', '/api/v1/tokens', { json: { name: 'for-admin', email: 'admin@example.com' } })).statusCode).toBe(403);
      expect((await server.call('editor', 'DELETE', `/api/v1/tokens/${id}`)).statusCode).toBe(204);
      expect((await server.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { authorization: `Bearer ${token}` } })).statusCode).toBe(401);
    });

    it('an expired token authenticates nothing', async () => {
      const { token } = (await server.call('member', 'POST', '/api/v1/tokens', { json: { name: 'short', expiresInDays: 1 } })).json();
      const me = () => server.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { authorization: `Bearer ${token}` } });
      expect((await me()).statusCode).toBe(200);
      clock.move(DAY + MINUTE);
      const expired = await me();
      expect(expired.statusCode).toBe(401);
      expect(expired.json().error.message).toMatch(/expired/);
    });
  });

  describe('the audit log', () => {
    it('is for admins, newest first, filtered by action or account', async () => {
      expect((await server.call('editor', 'GET', '/api/v1/audit')).statusCode).toBe(403);
      const page = await server.call('admin', 'GET', '/api/v1/audit?action=user.disabled&limit=5');
      expect(page.statusCode).toBe(200);
      expect(page.json().items[0]).toMatchObject({ action: 'user.disabled', target: 'sam@example.com', actor: { email: 'admin@example.com' }, via: 'api' });
      const byEmail = await server.call('admin', 'GET', '/api/v1/audit?email=sam@example.com&limit=2');
      expect(byEmail.json().items).toHaveLength(2);
      const next = await server.call('admin', 'GET', `/api/v1/audit?email=sam@example.com&limit=2&cursor=${byEmail.json().nextCursor}`);
      expect(next.json().items[0].at <= byEmail.json().items[1].at).toBe(true);
      expect((await server.call('admin', 'GET', '/api/v1/audit?action=made.up')).statusCode).toBe(422);
    });
  });

  describe('who may change who can see a postmortem', () => {
    it('only its creator or an admin; the creator always stays a member', async () => {
      const created = await server.call('editor', 'POST', '/api/v1/postmortems', { json: { title: 'Credential leak', restricted: true, members: ['member@example.com'] } });
      const id = created.json().id as string;
      const patch = (who: 'editor' | 'member' | 'admin', json: unknown, version: string) =>
        server.call(who, 'PATCH', `/api/v1/postmortems/${id}`, { json, headers: { 'if-match': version } });

      // The takeover of the finding: a member who is not the creator makes themselves the only member.
      const takeover = await patch('member', { members: ['member@example.com'] }, '"1"');
      expect(takeover.statusCode).toBe(403);
      expect(takeover.json().error.message).toMatch(/only its creator \(editor@example.com\) or an admin/);
      expect((await patch('member', { restricted: false }, '"1"')).statusCode).toBe(403);
      expect((await server.call('editor', 'GET', `/api/v1/postmortems/${id}`)).statusCode).toBe(200);
      // A member may still edit the text.
      expect((await patch('member', { summary: 'Keys were rotated.' }, '"1"')).statusCode).toBe(200);

      const byCreator = await patch('editor', { members: ['admin@example.com'] }, '"2"');
      expect(byCreator.statusCode).toBe(200);
      expect(byCreator.json().members).toEqual(['admin@example.com', 'editor@example.com']);
      const byAdmin = await patch('admin', { members: ['member@example.com'] }, '"3"');
      expect(byAdmin.json().members).toEqual(['editor@example.com', 'member@example.com']);
      const log = await server.store.listAudit({ action: 'postmortem.access_changed' }, {});
      expect(log.items[0]).toMatchObject({ target: id, actor: { email: 'admin@example.com' }, details: { added: ['member@example.com'], removed: ['admin@example.com'] } });
    });

    it('answers a taken id the same whether or not the caller may see it, and records a try at a hidden one', async () => {
      await server.call('admin', 'POST', '/api/v1/postmortems', { json: { id: 'SEC-HIDDEN', title: 'Hidden', restricted: true } });
      await server.call('admin', 'POST', '/api/v1/postmortems', { json: { id: 'OPEN-ONE', title: 'Open' } });
      const hidden = await server.call('editor', 'POST', '/api/v1/postmortems', { json: { id: 'SEC-HIDDEN', title: 'Probe' } });
      const open = await server.call('editor', 'POST', '/api/v1/postmortems', { json: { id: 'OPEN-ONE', title: 'Probe' } });
      expect(hidden.statusCode).toBe(open.statusCode);
      expect(hidden.json().error.message.replace('SEC-HIDDEN', 'X')).toBe(open.json().error.message.replace('OPEN-ONE', 'X'));
      expect(hidden.body).not.toContain('Hidden');
      const probes = await server.store.listAudit({ action: 'postmortem.id_taken' }, {});
      expect(probes.items.map((e) => [e.target, e.actor.email])).toEqual([['SEC-HIDDEN', 'editor@example.com']]);
    });
  });
});

forEachEngine((engine) => {
  describe('the API rate limit', () => {
    let store: Store;
    let server: ServerHarness;
    beforeAll(async () => {
      store = await engine.openStore();
      server = await serverOver(store, { rateLimits: { perCredential: 5, perAddress: 8 } });
    });
    afterAll(async () => {
      await server.app.close();
      await store.close();
    });

    it('limits each token, with 429 and Retry-After, and counts tokens apart', async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 6; i++) statuses.push((await server.call('viewer', 'GET', '/api/v1/postmortems')).statusCode);
      expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
      const limited = await server.call('viewer', 'GET', '/api/v1/postmortems');
      expect(limited.headers['retry-after']).toMatch(/^\d+$/);
      expect(limited.json().error).toMatchObject({ code: 'rate_limited', message: expect.stringMatching(/with this token or session: at most 5 a minute/) });
      expect((await server.call('editor', 'GET', '/api/v1/postmortems')).statusCode).toBe(200);
    });

    it('limits one address before authentication, so a flood of bad tokens is stopped too; health checks are not limited', async () => {
      const bad = () => server.app.inject({ method: 'GET', url: '/api/v1/postmortems', headers: { authorization: 'Bearer dbr_guess' }, remoteAddress: '192.0.2.50' });
      const statuses: number[] = [];
      for (let i = 0; i < 9; i++) statuses.push((await bad()).statusCode);
      expect(statuses).toEqual([401, 401, 401, 401, 401, 401, 401, 401, 429]);
      for (let i = 0; i < 10; i++) expect((await server.app.inject({ method: 'GET', url: '/healthz', remoteAddress: '192.0.2.50' })).statusCode).toBe(200);
    });

    it('shares its counts with the other instances through the database', async () => {
      const location = engine.freshOptions();
      const first = await openStore({ ...location, passwordCost: TEST_PASSWORD_COST });
      // Two handles on one SQLite file in one process would wait on each other: SQLite shares through its file, so one
      // handle serves both there; PostgreSQL gets a second connection, as a second instance would have.
      const second = engine.name === 'postgres' ? await openStore({ ...location, passwordCost: TEST_PASSWORD_COST }) : first;
      const [a, b] = [createSharedCounts(first), createSharedCounts(second)];
      const count = (counts: typeof a) =>
        new Promise<number>((resolve) => new counts.rateLimitStore().incr('address:192.0.2.77', (_error, result) => resolve(result.current), MINUTE));
      try {
        for (let i = 0; i < 6; i++) await count(a);
        await a.share();
        for (let i = 0; i < 3; i++) await count(b);
        await b.share();
        // b now knows of a's six and its own three; a learns of b's three at its next share.
        expect(await count(b)).toBe(10);
        await a.share();
        expect(await count(a)).toBe(10);
      } finally {
        await a.close();
        await b.close();
        await first.close();
        if (second !== first) await second.close();
      }
    });
  });
});
