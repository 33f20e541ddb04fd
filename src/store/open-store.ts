/**
 * Opening the store: which engine and where (flags, then environment, then the default data directory),
 * connecting, and bringing the schema up to date. Every command that needs the database goes through here.
 */
import { resolve } from 'node:path';
import { InputError } from '../core/errors.js';
import { closeConnection, type Connection } from './dialect/dialect.js';
import { openPostgres, parsePostgresUrl } from './dialect/postgres.js';
import { openSqlite, SQLITE_FILE } from './dialect/sqlite.js';
import { migrateToLatest } from './migrate.js';
import { parseSecretKey, SECRET_KEY_VARIABLE } from './secret-box.js';
import { createStore, type StoreSettings } from './store.js';
import type { Store } from './store.types.js';

/** Where the data lives: a PostgreSQL URL when given, else a SQLite data directory (and the store's settings). */
export interface StoreOptions extends StoreSettings {
  /** The SQLite data directory (created when missing); ignored when `databaseUrl` is set. */
  dataDir?: string;
  /** `postgres://` or `postgresql://` URL; `?schema=NAME` selects (and creates) a schema. */
  databaseUrl?: string;
}

/** The data directory when nothing says otherwise. */
export const DEFAULT_DATA_DIR = './debrief-data';

const POSTGRES_URL = /^postgres(ql)?:\/\//i;

/** A setting that is absent or empty counts as not given. */
function given(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value;
}

/**
 * The store options of a command: `--data-dir` / `--database-url`, else DEBRIEF_DATABASE_URL, else DEBRIEF_DATA_DIR,
 * else the default; and the key of integration secrets from DEBRIEF_SECRET_KEY (InputError naming it when malformed).
 */
export function resolveStoreOptions(flags: StoreOptions, env: NodeJS.ProcessEnv = process.env): StoreOptions {
  const dataDir = given(flags.dataDir);
  const databaseUrl = given(flags.databaseUrl);
  if (dataDir !== undefined && databaseUrl !== undefined) throw new InputError('use either --data-dir (SQLite) or --database-url (PostgreSQL), not both');
  const url = databaseUrl ?? (dataDir === undefined ? given(env.DEBRIEF_DATABASE_URL) : undefined);
  const secretKey = parseSecretKey(env[SECRET_KEY_VARIABLE]);
  return { ...(url === undefined ? { dataDir: dataDir ?? given(env.DEBRIEF_DATA_DIR) ?? DEFAULT_DATA_DIR } : { databaseUrl: url }), ...(secretKey === null ? {} : { secretKey }) };
}

/** Opens the database the options point at (without migrating it). */
export async function connect(options: StoreOptions): Promise<Connection> {
  const url = given(options.databaseUrl);
  if (url === undefined) return openSqlite(options.dataDir ?? DEFAULT_DATA_DIR);
  if (!POSTGRES_URL.test(url)) throw new InputError('database URL: must start with postgres:// or postgresql:// (for SQLite, use a data directory instead)');
  return openPostgres(url);
}

/** Where the options point, for messages: the SQLite file or the PostgreSQL URL without its password. */
export function describeLocation(options: StoreOptions): string {
  const url = given(options.databaseUrl);
  return url === undefined ? resolve(options.dataDir ?? DEFAULT_DATA_DIR, SQLITE_FILE) : parsePostgresUrl(url).label;
}

/** Opens the database, brings its schema up to date and returns the store over it. */
export async function openStore(options: StoreOptions): Promise<Store> {
  const conn = await connect(options);
  try {
    await migrateToLatest(conn);
  } catch (error) {
    await closeConnection(conn);
    throw error;
  }
  const { dataDir: _dataDir, databaseUrl: _databaseUrl, ...settings } = options;
  return createStore(conn, settings);
}

/** Brings the schema up to date and closes the database again; returns the migrations it applied. */
export async function migrateDatabase(options: StoreOptions): Promise<string[]> {
  const conn = await connect(options);
  try {
    return await migrateToLatest(conn);
  } finally {
    await closeConnection(conn);
  }
}

/** Opens the store, runs `work` with it and closes it again, whatever happens (for one-shot commands). */
export async function withStore<T>(options: StoreOptions, work: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(options);
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}
