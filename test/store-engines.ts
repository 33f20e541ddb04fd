/**
 * Store tests on every engine: SQLite always (a temporary data directory), PostgreSQL whenever
 * TEST_DATABASE_URL is set (a fresh schema per store, so test files may run in parallel; global-setup drops them all
 * at the end of the run).
 *
 *   forEachEngine((engine) => {
 *     const store = storePerTest(engine);            // a new, empty, migrated Store before each test
 *     it('…', async () => { await store().createUser(…); });
 *   });
 *
 * `engine.openStore()` opens more stores (e.g. once per file in beforeAll); `engine.freshOptions()` gives
 * the options of a new, empty location for code that opens the store itself (the CLI, `startServer`).
 * Stores are closed and data directories removed after the `describe` block of the engine. `useEngines()` gives all
 * engines at once, for tests that move data from one to another.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe } from 'vitest';
import type { ScryptCost } from '../src/store/hashing-pool.js';
import type { Connection } from '../src/store/dialect/dialect.js';
import { migrateToLatest } from '../src/store/migrate.js';
import { connect, openStore, withStore, type StoreOptions } from '../src/store/open-store.js';
import type { StoreSettings } from '../src/store/store.js';
import type { Store } from '../src/store/store.types.js';

/** The engines a test run covers. */
export type EngineName = Store['dialect'];

/** One engine in a test file. */
export interface TestEngine {
  readonly name: EngineName;
  /** Options pointing at a new, empty location (a temporary data directory or a new PostgreSQL schema). */
  freshOptions(): StoreOptions;
  /**
   * Opens a store at a new, empty location (migrated), hashing new passwords at TEST_PASSWORD_COST unless `settings`
   * say otherwise (a clock, a cost).
   */
  openStore(settings?: StoreSettings): Promise<Store>;
}

/**
 * The scrypt cost of passwords made by test stores: OWASP's (~0.8 s a hash here) would add minutes to the suite, as
 * every server test signs up four users. The code is the same; tests of the cost itself open stores with the real one.
 */
export const TEST_PASSWORD_COST: ScryptCost = { N: 2 ** 10, r: 8, p: 1 };

/** Runs `work` on a store at `options`, hashing new passwords at TEST_PASSWORD_COST: how tests seed the accounts a CLI run acts as. */
export function withTestStore<T>(options: StoreOptions, work: (store: Store) => Promise<T>): Promise<T> {
  return withStore({ passwordCost: TEST_PASSWORD_COST, ...options }, work);
}

/** The PostgreSQL server for tests, when there is one. */
export const testDatabaseUrl: string | undefined = process.env.TEST_DATABASE_URL || undefined;

/** SQLite always; PostgreSQL when TEST_DATABASE_URL is set. */
export const engineNames: EngineName[] = testDatabaseUrl === undefined ? ['sqlite'] : ['sqlite', 'postgres'];

/** The URL of a schema in the test database. */
function schemaUrl(schema: string): string {
  const url = new URL(testDatabaseUrl as string);
  url.searchParams.set('schema', schema);
  return url.toString();
}

/** An engine whose locations are tracked, and a function that closes and removes them all. */
function trackedEngine(name: EngineName): { engine: TestEngine; cleanup: () => Promise<void> } {
  const stores: Store[] = [];
  const dirs: string[] = [];
  const freshOptions = (): StoreOptions => {
    if (name === 'sqlite') {
      const dir = mkdtempSync(join(tmpdir(), 'debrief-store-'));
      dirs.push(dir);
      return { dataDir: dir };
    }
    const schema = `test_${process.env.DEBRIEF_TEST_RUN ?? 'adhoc'}_${randomBytes(6).toString('hex')}`;
    return { databaseUrl: schemaUrl(schema) };
  };
  const engine: TestEngine = {
    name,
    freshOptions,
    async openStore(settings = {}) {
      const store = await openStore({ passwordCost: TEST_PASSWORD_COST, ...freshOptions(), ...settings });
      stores.push(store);
      return store;
    },
  };
  const cleanup = async () => {
    await Promise.all(stores.splice(0).map((s) => s.close()));
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  };
  return { engine, cleanup };
}

/** The command-line flags (`--data-dir D` or `--database-url U`) of store options, for CLI tests. */
export function storeFlags(options: StoreOptions): string[] {
  return options.databaseUrl === undefined ? ['--data-dir', options.dataDir ?? ''] : ['--database-url', options.databaseUrl];
}

/** Declares the tests of `body` once per engine, in a `describe` named after it. */
export function forEachEngine(body: (engine: TestEngine) => void): void {
  describe.each(engineNames)('%s', (name) => {
    const { engine, cleanup } = trackedEngine(name);
    afterAll(cleanup);
    body(engine);
  });
}

/** Every available engine at once (for tests that move data between them); cleaned up after the enclosing block. */
export function useEngines(): Partial<Record<EngineName, TestEngine>> {
  const tracked = engineNames.map(trackedEngine);
  afterAll(async () => {
    for (const { cleanup } of tracked) await cleanup();
  });
  return Object.fromEntries(tracked.map(({ engine }) => [engine.name, engine]));
}

/** A new, empty store before each test (closed after it); call inside `forEachEngine`. */
export function storePerTest(engine: TestEngine): () => Store {
  let store: Store | undefined;
  beforeEach(async () => {
    store = await engine.openStore();
  });
  afterEach(async () => {
    await store?.close();
    store = undefined;
  });
  return () => {
    if (store === undefined) throw new Error('storePerTest: the store exists only while a test runs');
    return store;
  };
}

/**
 * A raw connection to a new, empty, migrated database of the engine, with the options that point at it (for tests of
 * store functions that take a Connection, and of several connections to one database). The caller closes it.
 */
export async function openConnection(engine: TestEngine): Promise<{ conn: Connection; options: StoreOptions }> {
  const options = engine.freshOptions();
  const conn = await connect(options);
  await migrateToLatest(conn);
  return { conn, options };
}
