import { beforeAll, describe, expect, it } from 'vitest';
import { forEachEngine } from '../../test/store-engines.js';
import { ConflictError, InputError, NotFoundError } from '../core/errors.js';
import type { Role, Store } from './store.types.js';

forEachEngine((engine) => {
  // Hashing is deliberately slow, so the accounts of this file are made once.
  let store: Store;
  beforeAll(async () => {
    store = await engine.openStore();
    await store.createUser({ email: 'Ada@Example.com', name: 'Ada', role: 'admin', password: 'correct horse' });
    await store.createUser({ email: 'ed@example.com', role: 'editor', password: 'battery staple' });
  });

  describe('users', () => {
    it('lists users by e-mail, lower-cased, with a default name, never with a password hash', async () => {
      const users = await store.listUsers();
      expect(users.map((u) => [u.email, u.name, u.role])).toEqual([
        ['ada@example.com', 'Ada', 'admin'],
        ['ed@example.com', 'ed', 'editor'],
      ]);
      expect(users[0]?.id).toMatch(/^u-[a-z2-7]{10}$/);
      expect(JSON.stringify(users)).not.toMatch(/scrypt|password/);
      expect(await store.countUsers()).toBe(2);
    });

    it.each([
      [{ email: 'ADA@example.com', role: 'viewer' as const, password: 'long enough' }, ConflictError, /already exists/],
      [{ email: 'not-an-email', role: 'viewer' as const, password: 'long enough' }, InputError, /^email: /],
      [{ email: 'new@example.com', role: 'root' as 'admin', password: 'long enough' }, InputError, /^role: /],
      [{ email: 'new@example.com', role: 'viewer' as const, password: 'short' }, InputError, /^password: must be at least 8/],
    ])('refuses %j', async (input, type, message) => {
      const attempt = store.createUser(input);
      await expect(attempt).rejects.toBeInstanceOf(type);
      await expect(attempt).rejects.toThrow(message);
    });

    it('checks passwords: right, wrong, unknown e-mail', async () => {
      expect(await store.verifyPassword('ADA@example.com', 'correct horse')).toMatchObject({ email: 'ada@example.com', role: 'admin' });
      expect(await store.verifyPassword('ada@example.com', 'correct horsE')).toBeNull();
      expect(await store.verifyPassword('nobody@example.com', 'correct horse')).toBeNull();
    });

    it('takes about as long for an unknown e-mail as for a wrong password', async () => {
      const time = async (email: string) => {
        const start = performance.now();
        await store.verifyPassword(email, 'wrong password');
        return performance.now() - start;
      };
      const known = await time('ed@example.com');
      const unknown = await time('nobody@example.com');
      expect(unknown).toBeGreaterThan(known * 0.5);
    });

    it('changes roles, but never demotes the last admin', async () => {
      expect(await store.setUserRole('ED@example.com', 'admin')).toMatchObject({ email: 'ed@example.com', role: 'admin' });
      expect(await store.setUserRole('ed@example.com', 'viewer')).toMatchObject({ role: 'viewer' });
      await expect(store.setUserRole('ada@example.com', 'editor')).rejects.toBeInstanceOf(ConflictError);
      await expect(store.setUserRole('nobody@example.com', 'editor')).rejects.toBeInstanceOf(NotFoundError);
      await expect(store.setUserRole('ed@example.com', 'owner' as Role)).rejects.toThrow(/^role: /);
      await store.setUserRole('ed@example.com', 'editor');
    });

    it('lets one of two admins demoting each other at once through, and refuses the other as the last admin', async () => {
      await store.createUser({ email: 'x1@example.com', role: 'admin', password: 'long enough 1' });
      await store.createUser({ email: 'x2@example.com', role: 'admin', password: 'long enough 2' });
      await store.setUserRole('ada@example.com', 'editor');
      const outcomes = await Promise.allSettled([store.setUserRole('x1@example.com', 'editor'), store.setUserRole('x2@example.com', 'editor')]);
      expect(outcomes.map((o) => o.status).sort()).toEqual(['fulfilled', 'rejected']);
      const refused = outcomes.find((o) => o.status === 'rejected');
      expect(refused?.reason).toBeInstanceOf(ConflictError);
      expect((await store.listUsers()).filter((u) => u.role === 'admin')).toHaveLength(1);
      for (const email of ['ada@example.com', 'x1@example.com', 'x2@example.com']) await store.setUserRole(email, 'admin');
      await store.setUserRole('x1@example.com', 'viewer');
      await store.setUserRole('x2@example.com', 'viewer');
    });
  });

  describe('tokens', () => {
    it('creates dbr_ tokens shown once, finds their user, and revokes them by name', async () => {
      const created = await store.createToken('ed@example.com', 'ci');
      expect(created.token).toMatch(/^dbr_[A-Za-z0-9_-]{43}$/);
      expect(await store.userForToken(created.token)).toMatchObject({ email: 'ed@example.com' });
      expect(await store.userForToken(`${created.token}x`)).toBeNull();
      expect(await store.userForToken('Bearer nonsense')).toBeNull();
      await expect(store.createToken('ed@example.com', 'ci')).rejects.toBeInstanceOf(ConflictError);
      await store.revokeToken('ed@example.com', 'ci');
      expect(await store.userForToken(created.token)).toBeNull();
      await expect(store.revokeToken('ed@example.com', 'ci')).rejects.toBeInstanceOf(NotFoundError);
    });

    it('stores only a hash of the token', async () => {
      const { token } = await store.createToken('ada@example.com', 'laptop');
      const dump: string[] = [];
      for await (const line of store.dump()) dump.push(line);
      expect(dump.join('\n')).not.toContain(token.slice(4));
      expect(dump.some((line) => line.includes('"laptop"'))).toBe(true);
    });

    it('refuses tokens for unknown users and empty names', async () => {
      await expect(store.createToken('nobody@example.com', 'x')).rejects.toBeInstanceOf(NotFoundError);
      await expect(store.createToken('ed@example.com', '  ')).rejects.toThrow(/^name: /);
    });
  });

  describe('sessions', () => {
    it('starts a session with a CSRF token, finds it with its user, and ends it', async () => {
      const [ada] = await store.listUsers();
      const session = await store.createSession(ada!.id, 3600);
      expect(session.id).not.toBe(session.csrfToken);
      expect(Date.parse(session.expiresAt) - Date.now()).toBeGreaterThan(3500_000);
      const found = await store.getSession(session.id);
      expect(found).toEqual({ session, user: ada });
      expect(await store.getSession(`${session.id}x`)).toBeNull();
      await store.deleteSession(session.id);
      expect(await store.getSession(session.id)).toBeNull();
    });

    it('forgets expired sessions and refuses a non-positive lifetime', async () => {
      const [ada] = await store.listUsers();
      const session = await store.createSession(ada!.id, 1);
      await new Promise((resolve) => setTimeout(resolve, 1100));
      expect(await store.getSession(session.id)).toBeNull();
      await expect(store.createSession(ada!.id, 0)).rejects.toBeInstanceOf(InputError);
    });
  });
});
