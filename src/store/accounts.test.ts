import { beforeAll, describe, expect, it } from 'vitest';
import { TEST_SOURCE } from '../../test/server-harness.js';
import { forEachEngine, TEST_PASSWORD_COST } from '../../test/store-engines.js';
import type { AuditEvent } from '../core/audit.js';
import { ConflictError, InputError, NotFoundError } from '../core/errors.js';
import { openStore } from './open-store.js';
import type { Role, SessionPolicy, Store } from './store.types.js';

const DAY = 86_400_000;
const MINUTE = 60_000;
const POLICY: SessionPolicy = { maxSeconds: 12 * 3600, idleSeconds: 30 * 60 };
const ADMIN = { via: 'api' as const, userId: 'u-admin', email: 'ada@example.com', ip: '203.0.113.9' };

/** A clock the test moves by hand. */
function movableClock(start = Date.parse('2026-12-01T09:00:00Z')) {
  let now = start;
  return { now: () => now, move: (ms: number) => void (now += ms) };
}

forEachEngine((engine) => {
  // The accounts of this file are made once; tests that change them make their own.
  let store: Store;
  const clock = movableClock();
  const heard: AuditEvent[] = [];
  beforeAll(async () => {
    store = await engine.openStore({ clock: clock.now, onAudit: (event) => heard.push(event) });
    await store.createUser({ email: 'Ada@Example.com', name: 'Ada', role: 'admin', password: 'correct horse battery' }, TEST_SOURCE);
    await store.createUser({ email: 'ed@example.com', role: 'editor', password: 'battery staple horse' }, TEST_SOURCE);
  });

  describe('users', () => {
    it('lists users by e-mail, lower-cased, with a default name, never with a password hash', async () => {
      const users = await store.listUsers();
      expect(users.map((u) => [u.email, u.name, u.role, u.disabledAt])).toEqual([
        ['ada@example.com', 'Ada', 'admin', null],
        ['ed@example.com', 'ed', 'editor', null],
      ]);
      expect(users[0]?.id).toMatch(/^u-[a-z2-7]{10}$/);
      expect(JSON.stringify(users)).not.toMatch(/scrypt|password/);
      expect(await store.countUsers()).toBe(2);
    });

    it.each([
      [{ email: 'ADA@example.com', role: 'viewer' as const, password: 'long enough pass' }, ConflictError, /already exists/],
      [{ email: 'not-an-email', role: 'viewer' as const, password: 'long enough pass' }, InputError, /^email: /],
      [{ email: 'new@example.com', role: 'root' as 'admin', password: 'long enough pass' }, InputError, /^role: /],
      [{ email: 'new@example.com', role: 'viewer' as const, password: '12345678' }, InputError, /^password: must be at least 12/],
      [{ email: 'new@example.com', role: 'admin' as const, password: '            ' }, InputError, /^password: is too easy to guess/],
      [{ email: 'new@example.com', role: 'admin' as const, password: '123456789012' }, InputError, /^password: is too easy to guess/],
      [{ email: 'new@example.com', role: 'viewer' as const, password: 'new@example.com!' }, InputError, /^password: is too easy to guess/],
    ])('refuses %j', async (input, type, message) => {
      const attempt = store.createUser(input, TEST_SOURCE);
      await expect(attempt).rejects.toBeInstanceOf(type);
      await expect(attempt).rejects.toThrow(message);
    });

    it('checks passwords: right, wrong, unknown e-mail', async () => {
      expect(await store.verifyPassword('ADA@example.com', 'correct horse battery')).toMatchObject({ ok: true, user: { email: 'ada@example.com', role: 'admin' } });
      expect(await store.verifyPassword('ada@example.com', 'correct horse batterY')).toMatchObject({ ok: false, reason: 'wrong_password' });
      expect(await store.verifyPassword('nobody@example.com', 'correct horse battery')).toEqual({ ok: false, reason: 'unknown_email' });
    });

    it('takes about as long for an unknown e-mail as for a wrong password', async () => {
      const time = async (email: string) => {
        const start = performance.now();
        await store.verifyPassword(email, 'wrong password');
        return performance.now() - start;
      };
      const known = Math.min(await time('ed@example.com'), await time('ed@example.com'));
      const unknown = Math.min(await time('nobody@example.com'), await time('nobody@example.com'));
      expect(unknown).toBeGreaterThan(known * 0.5);
    });

    it('changes roles, but never demotes the last admin', async () => {
      expect(await store.setUserRole('ED@example.com', 'admin', ADMIN)).toMatchObject({ email: 'ed@example.com', role: 'admin' });
      expect(await store.setUserRole('ed@example.com', 'viewer', ADMIN)).toMatchObject({ role: 'viewer' });
      await expect(store.setUserRole('ada@example.com', 'editor', ADMIN)).rejects.toBeInstanceOf(ConflictError);
      await expect(store.setUserRole('nobody@example.com', 'editor', ADMIN)).rejects.toBeInstanceOf(NotFoundError);
      await expect(store.setUserRole('ed@example.com', 'owner' as Role, ADMIN)).rejects.toThrow(/^role: /);
      await store.setUserRole('ed@example.com', 'editor', ADMIN);
    });

    it('lets one of two admins demoting each other at once through, and refuses the other as the last admin', async () => {
      await store.createUser({ email: 'x1@example.com', role: 'admin', password: 'long enough pass 1' }, TEST_SOURCE);
      await store.createUser({ email: 'x2@example.com', role: 'admin', password: 'long enough pass 2' }, TEST_SOURCE);
      await store.setUserRole('ada@example.com', 'editor', ADMIN);
      const outcomes = await Promise.allSettled([store.setUserRole('x1@example.com', 'editor', ADMIN), store.setUserRole('x2@example.com', 'editor', ADMIN)]);
      expect(outcomes.map((o) => o.status).sort()).toEqual(['fulfilled', 'rejected']);
      const refused = outcomes.find((o) => o.status === 'rejected');
      expect(refused?.reason).toBeInstanceOf(ConflictError);
      expect((await store.listUsers()).filter((u) => u.role === 'admin')).toHaveLength(1);
      for (const email of ['ada@example.com', 'x1@example.com', 'x2@example.com']) await store.setUserRole(email, 'admin', ADMIN);
      await store.setUserRole('x1@example.com', 'viewer', ADMIN);
      await store.setUserRole('x2@example.com', 'viewer', ADMIN);
    });
  });

  describe('disabling and passwords', () => {
    it('disabling ends every session and revokes every token at once; the account cannot sign in until enabled', async () => {
      const sam = await store.createUser({ email: 'sam@example.com', role: 'editor', password: 'sam has a long one' }, TEST_SOURCE);
      const session = await store.createSession(sam.id, POLICY);
      const { token } = await store.createToken('sam@example.com', { name: 'ci' }, TEST_SOURCE);
      expect(await store.userForToken(token)).toMatchObject({ email: 'sam@example.com' });

      const disabled = await store.setUserDisabled('sam@example.com', true, ADMIN);
      expect(disabled.disabledAt).toBe(new Date(clock.now()).toISOString());
      expect(await store.getSession(session.id, POLICY)).toBeNull();
      expect(await store.userForToken(token)).toBeNull();
      expect(await store.listTokens('sam@example.com')).toEqual([]);
      expect(await store.verifyPassword('sam@example.com', 'sam has a long one')).toMatchObject({ ok: false, reason: 'disabled' });
      await expect(store.createToken('sam@example.com', { name: 'again' }, TEST_SOURCE)).rejects.toBeInstanceOf(ConflictError);

      expect((await store.setUserDisabled('sam@example.com', false, ADMIN)).disabledAt).toBeNull();
      expect(await store.verifyPassword('sam@example.com', 'sam has a long one')).toMatchObject({ ok: true });
      // What was ended stays ended.
      expect(await store.getSession(session.id, POLICY)).toBeNull();
      expect(await store.userForToken(token)).toBeNull();
    });

    it('never disables the last admin who can sign in', async () => {
      const only = await engine.openStore();
      await only.createUser({ email: 'root@example.com', role: 'admin', password: 'correct horse battery' }, TEST_SOURCE);
      await expect(only.setUserDisabled('root@example.com', true, TEST_SOURCE)).rejects.toThrow(/only admin who can sign in/);
      await only.createUser({ email: 'two@example.com', role: 'admin', password: 'correct horse battery' }, TEST_SOURCE);
      await only.setUserDisabled('root@example.com', true, TEST_SOURCE);
      // A disabled admin does not count: the other one is now the last.
      await expect(only.setUserDisabled('two@example.com', true, TEST_SOURCE)).rejects.toBeInstanceOf(ConflictError);
      await expect(only.setUserRole('two@example.com', 'editor', TEST_SOURCE)).rejects.toBeInstanceOf(ConflictError);
    });

    it('setting a password checks it, ends the sessions but the one kept, and the old password stops working', async () => {
      const kim = await store.createUser({ email: 'kim@example.com', role: 'viewer', password: 'kim first passphrase' }, TEST_SOURCE);
      const [here, elsewhere] = [await store.createSession(kim.id, POLICY), await store.createSession(kim.id, POLICY)];
      await expect(store.setPassword('kim@example.com', 'password1234', TEST_SOURCE)).rejects.toThrow(/^password: is too easy to guess/);
      await store.setPassword('kim@example.com', 'kim second passphrase', { via: 'api', userId: kim.id, email: kim.email }, here.id);
      expect(await store.getSession(here.id, POLICY)).not.toBeNull();
      expect(await store.getSession(elsewhere.id, POLICY)).toBeNull();
      expect(await store.verifyPassword('kim@example.com', 'kim first passphrase')).toMatchObject({ ok: false });
      expect(await store.verifyPassword('kim@example.com', 'kim second passphrase')).toMatchObject({ ok: true });
      await store.setPassword('kim@example.com', 'kim third passphrase', ADMIN);
      expect(await store.getSession(here.id, POLICY)).toBeNull();
      await expect(store.setPassword('nobody@example.com', 'kim third passphrase', ADMIN)).rejects.toBeInstanceOf(NotFoundError);
    });

    it('replaces a hash made at a lower cost at the next successful sign-in, and only then', async () => {
      const location = engine.freshOptions();
      const cheap = await openStore({ ...location, passwordCost: TEST_PASSWORD_COST });
      await cheap.createUser({ email: 'old@example.com', role: 'viewer', password: 'an old passphrase' }, TEST_SOURCE);
      await cheap.close();
      const hashOf = async (s: Store) => {
        for await (const line of s.dump()) if (line.includes('old@example.com')) return (JSON.parse(line) as { row: { password_hash: string } }).row.password_hash;
        return '';
      };
      const dearer = await openStore({ ...location, passwordCost: { ...TEST_PASSWORD_COST, N: TEST_PASSWORD_COST.N * 2 } });
      try {
        expect(await hashOf(dearer)).toMatch(/^scrypt\$1024\$/);
        await dearer.verifyPassword('old@example.com', 'a wrong passphrase');
        expect(await hashOf(dearer)).toMatch(/^scrypt\$1024\$/);
        expect(await dearer.verifyPassword('old@example.com', 'an old passphrase')).toMatchObject({ ok: true });
        expect(await hashOf(dearer)).toMatch(/^scrypt\$2048\$8\$1\$/);
        expect(await dearer.verifyPassword('old@example.com', 'an old passphrase')).toMatchObject({ ok: true });
      } finally {
        await dearer.close();
      }
    });
  });

  describe('tokens', () => {
    it('creates dbr_ tokens shown once, finds their user, and revokes them by name', async () => {
      const created = await store.createToken('ed@example.com', { name: 'ci' }, TEST_SOURCE);
      expect(created.token).toMatch(/^dbr_[A-Za-z0-9_-]{43}$/);
      expect(await store.userForToken(created.token)).toMatchObject({ email: 'ed@example.com', role: 'editor' });
      expect(await store.userForToken(`${created.token}x`)).toBeNull();
      expect(await store.userForToken('Bearer nonsense')).toBeNull();
      await expect(store.createToken('ed@example.com', { name: 'ci' }, TEST_SOURCE)).rejects.toBeInstanceOf(ConflictError);
      await store.revokeToken({ email: 'ed@example.com', name: 'ci' }, TEST_SOURCE);
      expect(await store.userForToken(created.token)).toBeNull();
      await expect(store.revokeToken({ email: 'ed@example.com', name: 'ci' }, TEST_SOURCE)).rejects.toBeInstanceOf(NotFoundError);
    });

    it('expires a token after 90 days unless told otherwise, and never lasts more than 365', async () => {
      const usual = await store.createToken('ed@example.com', { name: 'usual' }, TEST_SOURCE);
      const short = await store.createToken('ed@example.com', { name: 'short', expiresInDays: 1 }, TEST_SOURCE);
      expect(Date.parse(usual.expiresAt ?? '') - clock.now()).toBe(90 * DAY);
      clock.move(DAY + MINUTE);
      expect(await store.userForToken(short.token)).toBeNull();
      expect(await store.userForToken(usual.token)).not.toBeNull();
      clock.move(89 * DAY);
      expect(await store.userForToken(usual.token)).toBeNull();
      for (const expiresInDays of [0, 366, 1.5]) {
        await expect(store.createToken('ed@example.com', { name: `d${expiresInDays}`, expiresInDays }, TEST_SOURCE)).rejects.toThrow(/^expiresInDays: /);
      }
      await expect(store.createToken('ed@example.com', { name: 'year', expiresInDays: 365 }, TEST_SOURCE)).resolves.toMatchObject({ name: 'year' });
    });

    it('caps a token at a lesser role, never a greater one than its user\u2019s', async () => {
      const readOnly = await store.createToken('ed@example.com', { name: 'dashboard', role: 'viewer' }, TEST_SOURCE);
      expect(await store.userForToken(readOnly.token)).toMatchObject({ email: 'ed@example.com', role: 'viewer' });
      await expect(store.createToken('ed@example.com', { name: 'sneaky', role: 'admin' }, TEST_SOURCE)).rejects.toThrow(/^role: .*cannot do more than its user/);
      // The cap stays under the user's current role when that drops.
      const full = await store.createToken('ed@example.com', { name: 'full', role: 'editor' }, TEST_SOURCE);
      await store.setUserRole('ed@example.com', 'viewer', ADMIN);
      expect(await store.userForToken(full.token)).toMatchObject({ role: 'viewer' });
      await store.setUserRole('ed@example.com', 'editor', ADMIN);
    });

    it('lists tokens without their secret, records their last use, and revokes by id only the owner\u2019s', async () => {
      const created = await store.createToken('ada@example.com', { name: 'laptop' }, TEST_SOURCE);
      const listed = await store.listTokens('ada@example.com');
      expect(listed).toContainEqual({ id: created.id, name: 'laptop', email: 'ada@example.com', role: null, createdAt: created.createdAt, expiresAt: created.expiresAt, lastUsedAt: null });
      expect(JSON.stringify(await store.listTokens())).not.toContain(created.token.slice(4));
      await store.userForToken(created.token);
      expect((await store.listTokens('ada@example.com')).find((t) => t.id === created.id)?.lastUsedAt).toBe(new Date(clock.now()).toISOString());
      const [ed] = (await store.listUsers()).filter((u) => u.email === 'ed@example.com');
      await expect(store.revokeToken({ id: created.id, ownerId: ed?.id ?? '' }, TEST_SOURCE)).rejects.toBeInstanceOf(NotFoundError);
      await store.revokeToken({ id: created.id }, TEST_SOURCE);
      expect(await store.userForToken(created.token)).toBeNull();
    });

    it('stores only a hash of the token', async () => {
      const { token } = await store.createToken('ada@example.com', { name: 'desk' }, TEST_SOURCE);
      const dump: string[] = [];
      for await (const line of store.dump()) dump.push(line);
      expect(dump.join('\n')).not.toContain(token.slice(4));
      expect(dump.some((line) => line.includes('"desk"'))).toBe(true);
    });

    it('refuses tokens for unknown users and empty names', async () => {
      await expect(store.createToken('nobody@example.com', { name: 'x' }, TEST_SOURCE)).rejects.toBeInstanceOf(NotFoundError);
      await expect(store.createToken('ed@example.com', { name: '  ' }, TEST_SOURCE)).rejects.toThrow(/^name: /);
    });
  });

  describe('sessions', () => {
    it('starts a session with a CSRF token, finds it with its user, and ends it', async () => {
      const [ada] = await store.listUsers();
      const session = await store.createSession(ada!.id, POLICY);
      expect(session.id).not.toBe(session.csrfToken);
      expect(Date.parse(session.expiresAt) - clock.now()).toBe(POLICY.maxSeconds * 1000);
      const found = await store.getSession(session.id, POLICY);
      expect(found).toEqual({ session, user: ada });
      expect(await store.getSession(`${session.id}x`, POLICY)).toBeNull();
      await store.deleteSession(session.id);
      expect(await store.getSession(session.id, POLICY)).toBeNull();
    });

    it('ends a session left idle for longer than the idle timeout; using it keeps it alive', async () => {
      const [ada] = await store.listUsers();
      const session = await store.createSession(ada!.id, POLICY);
      clock.move(29 * MINUTE);
      expect(await store.getSession(session.id, POLICY)).not.toBeNull();
      clock.move(29 * MINUTE);
      expect(await store.getSession(session.id, POLICY)).not.toBeNull();
      clock.move(31 * MINUTE);
      expect(await store.getSession(session.id, POLICY)).toBeNull();
    });

    it('ends a session at its lifetime however busy it is, and refuses a non-positive lifetime', async () => {
      const [ada] = await store.listUsers();
      const session = await store.createSession(ada!.id, POLICY);
      for (let minutes = 0; minutes < 12 * 60 - 20; minutes += 20) {
        clock.move(20 * MINUTE);
        expect(await store.getSession(session.id, POLICY)).not.toBeNull();
      }
      clock.move(20 * MINUTE);
      expect(await store.getSession(session.id, POLICY)).toBeNull();
      await expect(store.createSession(ada!.id, { maxSeconds: 0, idleSeconds: 60 })).rejects.toBeInstanceOf(InputError);
    });
  });

  describe('the audit log', () => {
    it('records who changed which account or token, when and from where, and tells the listener', async () => {
      const log = await store.listAudit({ email: 'sam@example.com' }, { limit: 100 });
      const actions = log.items.map((e) => e.action);
      expect(actions).toEqual(expect.arrayContaining(['user.created', 'user.disabled', 'user.enabled', 'token.created']));
      const disabled = log.items.find((e) => e.action === 'user.disabled');
      expect(disabled).toMatchObject({
        outcome: 'success',
        actor: { userId: 'u-admin', email: 'ada@example.com' },
        target: 'sam@example.com',
        ip: '203.0.113.9',
        via: 'api',
        details: { sessionsEnded: 1, tokensRevoked: 1 },
      });
      expect(log.items.find((e) => e.action === 'user.created')).toMatchObject({ via: 'cli', actor: { userId: null, email: null }, ip: null });
      expect(heard.map((e) => e.id)).toEqual(expect.arrayContaining(log.items.map((e) => e.id)));
    });

    it('reads newest first, filtered by action, one page at a time', async () => {
      const all: AuditEvent[] = [];
      let cursor: string | undefined;
      do {
        const page = await store.listAudit({ action: 'token.created' }, cursor === undefined ? { limit: 2 } : { limit: 2, cursor });
        all.push(...page.items);
        cursor = page.nextCursor ?? undefined;
      } while (cursor !== undefined);
      expect(all.length).toBeGreaterThan(4);
      expect(all.every((e) => e.action === 'token.created')).toBe(true);
      expect(all.map((e) => e.at)).toEqual([...all.map((e) => e.at)].sort().reverse());
      expect(new Set(all.map((e) => e.id)).size).toBe(all.length);
      await expect(store.listAudit({ action: 'made.up' }, {})).rejects.toThrow(/^action: /);
    });
  });

  describe('shared counters', () => {
    it('adds up increments made at once and answers each total', async () => {
      const end = clock.now() + MINUTE;
      const totals = await Promise.all(Array.from({ length: 20 }, () => store.addToCounters([{ key: 'k', amount: 1, expiresAt: end }])));
      expect(totals.map((t) => t.get('k')).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
      const both = await store.addToCounters([{ key: 'k', amount: -1, expiresAt: end }, { key: 'other', amount: 5, expiresAt: end }, { key: 'k', amount: 3, expiresAt: end }]);
      expect(Object.fromEntries(both)).toEqual({ k: 22, other: 5 });
    });

    it('forgets counters whose window has ended', async () => {
      await store.addToCounters([{ key: 'gone', amount: 7, expiresAt: clock.now() + MINUTE }]);
      clock.move(2 * MINUTE);
      expect((await store.addToCounters([{ key: 'gone', amount: 1, expiresAt: clock.now() + MINUTE }])).get('gone')).toBe(1);
    });
  });
});
