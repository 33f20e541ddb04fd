/**
 * A short-lived in-process cache of token -> user lookups: every API request authenticates, and a token's user
 * seldom changes. Revoking a token or changing a role through this store empties it at once; a change made by
 * another process (the CLI, another instance) is seen within TOKEN_CACHE_TTL_MS.
 */
import type { User } from './store.types.js';

/** How long a looked-up token is trusted without asking the database again. */
export const TOKEN_CACHE_TTL_MS = 5_000;

/** At most this many tokens are remembered (oldest dropped first). */
const MAX_ENTRIES = 1_000;

/** A cache of `userForToken` answers (unknown tokens are not cached: a token created elsewhere works at once). */
export interface TokenCache {
  lookup(token: string, load: (token: string) => Promise<User | null>): Promise<User | null>;
  clear(): void;
}

/** A token cache whose clock can be replaced in tests. */
export function createTokenCache(now: () => number = Date.now, ttlMs = TOKEN_CACHE_TTL_MS): TokenCache {
  const entries = new Map<string, { user: User; expires: number }>();
  // Bumped by clear(), so that a lookup in flight while a token is revoked does not store its stale answer.
  let generation = 0;
  return {
    async lookup(token, load) {
      const hit = entries.get(token);
      if (hit !== undefined) {
        if (hit.expires > now()) return hit.user;
        entries.delete(token);
      }
      const startedIn = generation;
      const user = await load(token);
      if (user !== null && startedIn === generation) {
        entries.set(token, { user, expires: now() + ttlMs });
        if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value as string);
      }
      return user;
    },
    clear() {
      generation += 1;
      entries.clear();
    },
  };
}
