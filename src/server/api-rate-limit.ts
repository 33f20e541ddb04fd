/**
 * The general rate limit of the API (`@fastify/rate-limit`), per client address before authentication and per token
 * or session after it, counted in a store that every instance shares. Asking the database on every request would
 * cost more than most answers, so each instance counts in memory and, about once a second, adds what it counted to
 * the shared counters and reads back their totals: a key's count is the shared total as last read plus what this
 * instance counted since. Several instances can together let through up to one second's worth more than the limit.
 */
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { RateLimitedError } from '../core/errors.js';
import { sha256Hex } from '../store/secrets.js';
import type { Store } from '../store/store.types.js';
import { sessionIdOf } from './auth.js';

/** Requests allowed per minute: per token or session, and per client address (0 turns a limit off). */
export interface ApiRateLimits {
  perCredential: number;
  perAddress: number;
}

/** Generous for people and well-behaved scripts; a runaway loop is stopped within a minute. */
export const DEFAULT_API_RATE_LIMITS: ApiRateLimits = { perCredential: 1200, perAddress: 3000 };

/** The window every limit counts in. */
const WINDOW_MS = 60_000;

/** How often counts are shared with the other instances. */
const SHARE_EVERY_MS = 1_000;

/** A counter of the current window: the shared total last read, and what this instance counted since. */
interface Count {
  shared: number;
  unshared: number;
  expiresAt: number;
}

/** `@fastify/rate-limit`'s store interface (`incr`, `read`, `child`), over the shared counters of a Debrief store. */
interface RateLimitStore {
  incr(key: string, callback: (error: Error | null, result: { current: number; ttl: number }) => void, timeWindow: number): void;
  read(key: string, callback: (error: Error | null, result: { current: number; ttl: number }) => void, timeWindow: number): void;
  child(): RateLimitStore;
}

/** Counts kept per key and window, shared with the database now and then; `close()` shares what is left. */
export function createSharedCounts(store: Store): { rateLimitStore: new () => RateLimitStore; share(): Promise<void>; close(): Promise<void> } {
  const counts = new Map<string, Count>();
  let sharing: Promise<void> | null = null;
  let timer: NodeJS.Timeout | undefined;

  const share = async (): Promise<void> => {
    const now = store.now();
    for (const [key, count] of counts) if (count.expiresAt <= now) counts.delete(key);
    // Every live counter, unchanged ones too (adding 0): their totals tell what the other instances counted.
    const pending = [...counts];
    if (pending.length === 0) return;
    const sent = new Map(pending.map(([key, c]) => [key, c.unshared]));
    const totals = await store.addToCounters(pending.map(([key, c]) => ({ key, amount: c.unshared, expiresAt: c.expiresAt })));
    for (const [key, total] of totals) {
      const count = counts.get(key);
      if (count === undefined) continue;
      // What was counted while the statement ran stays unshared.
      count.unshared -= sent.get(key) ?? 0;
      count.shared = total;
    }
  };
  const shareSoon = () => {
    timer ??= setTimeout(() => {
      timer = undefined;
      sharing ??= share()
        .catch(() => undefined)
        .finally(() => {
          sharing = null;
        });
    }, SHARE_EVERY_MS);
    timer.unref();
  };
  const windowOf = (key: string, timeWindow: number) => {
    const now = store.now();
    const index = Math.floor(now / timeWindow);
    return { key: `api:${key}@${index}`, expiresAt: (index + 1) * timeWindow, now };
  };

  class SharedStore implements RateLimitStore {
    incr(key: string, callback: (error: Error | null, result: { current: number; ttl: number }) => void, timeWindow: number): void {
      const w = windowOf(key, timeWindow);
      let count = counts.get(w.key);
      if (count === undefined) {
        count = { shared: 0, unshared: 0, expiresAt: w.expiresAt };
        counts.set(w.key, count);
      }
      count.unshared += 1;
      shareSoon();
      callback(null, { current: count.shared + count.unshared, ttl: w.expiresAt - w.now });
    }
    read(key: string, callback: (error: Error | null, result: { current: number; ttl: number }) => void, timeWindow: number): void {
      const w = windowOf(key, timeWindow);
      const count = counts.get(w.key);
      callback(null, { current: count === undefined ? 0 : count.shared + count.unshared, ttl: w.expiresAt - w.now });
    }
    child(): RateLimitStore {
      return this;
    }
  }

  return {
    rateLimitStore: SharedStore,
    share: async () => {
      await sharing;
      await share();
    },
    async close() {
      clearTimeout(timer);
      timer = undefined;
      await sharing;
      await share().catch(() => undefined);
    },
  };
}

/** The key of a request's credential: its bearer token or session cookie, hashed (never kept in clear). */
function credentialKey(request: FastifyRequest): string {
  const authorization = request.headers.authorization;
  const session = sessionIdOf(request);
  return `credential:${sha256Hex(authorization ?? session ?? '')}`;
}

/** True for requests the limits cover: the API's, not the web app's files or the health checks. */
function limited(request: FastifyRequest): boolean {
  return request.url.startsWith('/api/');
}

/**
 * Installs the API's rate limits: per client address on every API request (before authentication, so that a flood of
 * bad tokens is limited too; install it before the authentication hook) and per token or session once it is known to
 * be valid. Both answer 429 with Retry-After. The counts left unshared are shared when the app closes.
 */
export async function installApiRateLimit(app: FastifyInstance, store: Store, limits: ApiRateLimits): Promise<void> {
  const shared = createSharedCounts(store);
  await app.register(rateLimit, { global: false, store: shared.rateLimitStore });
  const checks = [
    { hook: 'onRequest', max: limits.perAddress, key: (r: FastifyRequest) => `address:${r.ip}`, what: 'from this address' },
    { hook: 'preHandler', max: limits.perCredential, key: credentialKey, what: 'with this token or session' },
  ] as const;
  for (const check of checks) {
    if (check.max <= 0) continue;
    const limit = app.createRateLimit({ max: check.max, timeWindow: WINDOW_MS, keyGenerator: check.key });
    app.addHook(check.hook, async (request) => {
      if (!limited(request) || (check.hook === 'preHandler' && request.user === null)) return;
      const result = await limit(request);
      if (!result.isAllowed && result.isExceeded) {
        throw new RateLimitedError(`Too many requests ${check.what}: at most ${check.max} a minute; try again in ${result.ttlInSeconds} s.`, result.ttlInSeconds);
      }
    });
  }
  app.addHook('onClose', async () => shared.close());
}
