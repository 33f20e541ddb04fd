/**
 * Server test helpers: the app over a real store (on each engine, via test/store-engines), one signed-up user
 * of each role with an API token, and requests made as one of them through `app.inject`.
 */
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import type { AuditSource } from '../src/core/audit.js';
import { buildApp, type AppOptions } from '../src/server/app.js';
import type { StoreSettings } from '../src/store/store.js';
import type { Role, Store } from '../src/store/store.types.js';
import type { TestEngine } from './store-engines.js';

/** The users every server test has: an admin, two editors (one to be a member), a viewer. */
export const TEST_USERS = {
  admin: { email: 'admin@example.com', role: 'admin' },
  editor: { email: 'editor@example.com', role: 'editor' },
  member: { email: 'member@example.com', role: 'editor' },
  viewer: { email: 'viewer@example.com', role: 'viewer' },
} as const satisfies Record<string, { email: string; role: Role }>;

/** The password of every test user. */
export const TEST_PASSWORD = 'correct horse battery';

/** Who the test set-up acts as in the audit log (as the command line would). */
export const TEST_SOURCE: AuditSource = { via: 'cli' };

/** Who a request is made as: one of the test users (by bearer token), or nobody. */
export type Who = keyof typeof TEST_USERS | null;

/** What a test request may carry. */
export interface CallOptions {
  /** A JSON body (sent as application/json unless `headers` say otherwise). */
  json?: unknown;
  /** A raw body (a string or bytes) sent as it is. */
  payload?: string | Buffer;
  headers?: Record<string, string>;
}

/** An app and its store, with the test users signed up. */
export interface ServerHarness {
  app: FastifyInstance;
  store: Store;
  /** Makes a request as someone (a bearer token) or as nobody. */
  call(who: Who, method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, options?: CallOptions): Promise<LightMyRequestResponse>;
}

/** Builds an app over `store` (with `options`) and signs up the test users, each with an API token. */
export async function serverOver(store: Store, options: Omit<AppOptions, 'store'> = {}): Promise<ServerHarness> {
  const tokens = new Map<string, string>();
  for (const [who, user] of Object.entries(TEST_USERS)) {
    await store.createUser({ ...user, password: TEST_PASSWORD }, TEST_SOURCE);
    tokens.set(who, (await store.createToken(user.email, { name: 'tests' }, TEST_SOURCE)).token);
  }
  // The API's rate limit is off unless a test asks for it: a file's requests would otherwise share one minute's allowance.
  const app = await buildApp({ store, rateLimits: { perCredential: 0, perAddress: 0 }, ...options });
  return {
    app,
    store,
    call: (who, method, url, options = {}) => {
      const headers: Record<string, string> = { ...options.headers };
      if (who !== null) headers.authorization = `Bearer ${tokens.get(who)}`;
      if (options.json !== undefined) {
        headers['content-type'] ??= 'application/json';
        return app.inject({ method, url, headers, payload: JSON.stringify(options.json) });
      }
      return app.inject({ method, url, headers, ...(options.payload === undefined ? {} : { payload: options.payload }) });
    },
  };
}

/**
 * One app over a fresh store for the whole file (per engine): tests make their own postmortems. `storeSettings` may
 * give the store a clock the tests move (`clock: () => now`).
 */
export function serverPerFile(engine: TestEngine, options: Omit<AppOptions, 'store'> = {}, storeSettings?: StoreSettings): () => ServerHarness {
  let harness: ServerHarness | undefined;
  beforeAll(async () => {
    harness = await serverOver(await engine.openStore(storeSettings), options);
  });
  afterAll(async () => {
    await harness?.app.close();
    await harness?.store.close();
  });
  return () => {
    if (harness === undefined) throw new Error('serverPerFile: the server exists only while the tests of the file run');
    return harness;
  };
}

