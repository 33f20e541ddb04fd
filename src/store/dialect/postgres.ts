/**
 * PostgreSQL, for teams running several app instances: a pg pool, row locks (`select … for update`),
 * a weighted tsvector column with a GIN index for search (English stemming, no stop words, as on SQLite), and Kysely's advisory lock around migrations.
 * `?schema=NAME` in the URL puts the tables in that schema (created when missing).
 */
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { InputError } from '../../core/errors.js';
import type { SearchText } from '../search-text.js';
import type { Database } from '../tables.js';
import { errorCode, type Connection, type Dialect } from './dialect.js';

const SCHEMA_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;

/** What went wrong for the usual connection failures, in words. */
const CONNECTION_PROBLEMS: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ENOTFOUND: 'unknown host',
  ETIMEDOUT: 'timed out',
  '28P01': 'authentication failed',
  '28000': 'authentication failed',
  '3D000': 'the database does not exist',
};

/** A PostgreSQL URL split into what pg gets and the schema Debrief uses; InputError when it is not a URL. */
export function parsePostgresUrl(url: string): { connectionString: string; schema: string | undefined; label: string } {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new InputError('database URL: not a valid URL (expected postgres://user@host:5432/database)');
  }
  const schema = parsed.searchParams.get('schema') ?? undefined;
  if (schema !== undefined && !SCHEMA_NAME.test(schema)) {
    throw new InputError(`database URL: schema "${schema}" is not a plain name (letters, digits and _)`);
  }
  parsed.searchParams.delete('schema');
  const label = `${parsed.protocol}//${parsed.username === '' ? '' : `${parsed.username}@`}${parsed.host}${parsed.pathname}${schema === undefined ? '' : `?schema=${schema}`}`;
  return { connectionString: parsed.toString(), schema, label };
}

/** The PostgreSQL half of the store. */
function postgresDialect(schema: string): Dialect {
  return {
    name: 'postgres',
    schema,
    rowLocks: true,
    writeTransaction: (db, work) => db.transaction().execute(work),
    readSnapshot: (db) => db.startTransaction().setIsolationLevel('repeatable read').setAccessMode('read only').execute(),
    // Kysely's migrator holds a session advisory lock while it migrates; nothing to add.
    withMigrationLock: (_db, work) => work(),
    async indexSearch(trx, id, text: SearchText) {
      await sql`update postmortems
        set search = setweight(to_tsvector('debrief_english', ${text.title}), 'A') || setweight(to_tsvector('debrief_english', ${text.body}), 'B')
        where id = ${id}`.execute(trx);
    },
    searchMatches(words) {
      // `offset 0` keeps the planner from pulling the ranking into the outer sort, which then carried the
      // tsvectors along (7x slower with 10,000 matches).
      return sql<{ id: string; score: number }>`(
        select s.id, ts_rank_cd(s.search, query)::float8 as score
        from postmortems s, plainto_tsquery('debrief_english', ${words.join(' ')}) query
        where s.search @@ query
        offset 0)`.as('m');
    },
    isUniqueViolation: (error) => errorCode(error) === '23505',
  };
}

/** Connects to PostgreSQL and finds the schema to use; InputError (without the password) when it cannot. */
export async function openPostgres(url: string): Promise<Connection> {
  const { connectionString, schema, label } = parsePostgresUrl(url);
  const pool = new pg.Pool({ connectionString, ...(schema === undefined ? {} : { options: `-c search_path=${schema}` }) });
  // A pooled connection that dies while idle is dropped and replaced on next use; without a listener it would crash the process.
  pool.on('error', () => undefined);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  try {
    const current = await sql<{ schema: string | null }>`select current_schema() as schema`.execute(db);
    return { db, dialect: postgresDialect(schema ?? current.rows[0]?.schema ?? 'public') };
  } catch (error) {
    await db.destroy();
    const code = errorCode(error);
    const problem = (code === undefined ? undefined : CONNECTION_PROBLEMS[code]) ?? (error instanceof Error ? error.message : String(error));
    throw new InputError(`cannot connect to PostgreSQL at ${label}: ${problem}`);
  }
}
