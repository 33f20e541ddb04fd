import { describe, expect, it, vi } from 'vitest';
import { TEST_SOURCE } from '../../test/server-harness.js';
import { forEachEngine } from '../../test/store-engines.js';
import { createTokenCache } from './token-cache.js';
import type { User } from './store.types.js';

const user: User = { id: 'u1', email: 'a@example.com', name: 'A', role: 'editor', createdAt: '2024-01-01T00:00:00Z', disabledAt: null };

describe('token cache', () => {
  it('answers from memory within the TTL, asks again after it, and forgets everything on clear', async () => {
    let now = 0;
    const cache = createTokenCache(() => now, 1000);
    const load = vi.fn(async () => user);
    await cache.lookup('t', load);
    now = 999;
    await cache.lookup('t', load);
    expect(load).toHaveBeenCalledTimes(1);
    now = 1000;
    await cache.lookup('t', load);
    expect(load).toHaveBeenCalledTimes(2);
    cache.clear();
    await cache.lookup('t', load);
    expect(load).toHaveBeenCalledTimes(3);
  });

  it('does not remember unknown tokens, nor an answer that was in flight when it was cleared', async () => {
    const cache = createTokenCache(() => 0, 1000);
    const unknown = vi.fn(async () => null);
    await cache.lookup('t', unknown);
    await cache.lookup('t', unknown);
    expect(unknown).toHaveBeenCalledTimes(2);

    let release: (u: User) => void = () => undefined;
    const slow = cache.lookup('s', () => new Promise<User>((resolve) => (release = resolve)));
    cache.clear();
    release(user);
    expect(await slow).toEqual(user);
    const load = vi.fn(async () => null);
    expect(await cache.lookup('s', load)).toBeNull();
  });
});

forEachEngine((engine) => {
  it('a revoked token stops working at once, though its user was cached', async () => {
    const store = await engine.openStore();
    await store.createUser({ email: 'ed@example.com', role: 'editor', password: 'a long password 1' }, TEST_SOURCE);
    const { token } = await store.createToken('ed@example.com', { name: 'ci' }, TEST_SOURCE);
    expect((await store.userForToken(token))?.email).toBe('ed@example.com');
    expect((await store.userForToken(token))?.email).toBe('ed@example.com');
    await store.revokeToken({ email: 'ed@example.com', name: 'ci' }, TEST_SOURCE);
    expect(await store.userForToken(token)).toBeNull();
  });

  it('a role change is seen at once by the next lookup', async () => {
    const store = await engine.openStore();
    await store.createUser({ email: 'ed@example.com', role: 'editor', password: 'a long password 1' }, TEST_SOURCE);
    const { token } = await store.createToken('ed@example.com', { name: 'ci' }, TEST_SOURCE);
    expect((await store.userForToken(token))?.role).toBe('editor');
    await store.setUserRole('ed@example.com', 'viewer', TEST_SOURCE);
    expect((await store.userForToken(token))?.role).toBe('viewer');
  });
});
