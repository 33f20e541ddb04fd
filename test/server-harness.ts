/**
 * Server test helpers: the app over a real store (on each engine, via test/store-engines), one signed-up user
 * of each role with an API token, and requests made as one of them through `app.inject`.
 */
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import { buildApp } from '../src/server/app.js';
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

/** Builds an app over `store` and signs up the test users, each with an API token. */
export async function serverOver(store: Store): Promise<ServerHarness> {
  const tokens = new Map<string, string>();
  for (const [who, user] of Object.entries(TEST_USERS)) {
    await store.createUser({ ...user, password: TEST_PASSWORD });
    tokens.set(who, (await store.createToken(user.email, 'tests')).token);
  }
  const app = await buildApp({ store });
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

/** One app over a fresh store for the whole file (per engine): tests make their own postmortems. */
export function serverPerFile(engine: TestEngine): () => ServerHarness {
  let harness: ServerHarness | undefined;
  beforeAll(async () => {
    harness = await serverOver(await engine.openStore());
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

