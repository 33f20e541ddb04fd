/**
 * SQLite, the embedded default: one file `debrief.sqlite` in the data directory, opened with better-sqlite3
 * in WAL mode with foreign keys on. Writers take the write lock up front (`begin immediate`), so a
 * transaction that read something never finds another process's write in its way half-way through.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, SqliteDialect, sql, type SqliteDatabase as SqliteDialectDatabase } from 'kysely';
import { InputError } from '../../core/errors.js';
import type { Database } from '../tables.js';
import { errorCode, type Connection, type Dialect } from './dialect.js';
import { indexSqliteSearch, rankSqliteSearch } from './sqlite-search.js';

/** The name of the database file inside the data directory. */
export const SQLITE_FILE = 'debrief.sqlite';

/** How long a writer waits for another process's write lock before giving up. */
const BUSY_TIMEOUT_MS = 5_000;

/** How much of the database file reads may map into memory. */
const MMAP_BYTES = 256 * 1024 * 1024;

/** How many prepared statements are kept per database (Debrief's queries are a few dozen distinct SQL texts). */
const STATEMENT_CACHE_SIZE = 500;

/**
 * The better-sqlite3 handle as Kysely's SQLite driver sees it, with a statement cache: Kysely calls `prepare` for
 * every query (compiling the SQL anew each time); here the same SQL text reuses its prepared statement, least
 * recently used first out. A statement still busy (an unfinished `iterate`) is never handed out twice.
 */
export function withStatementCache(raw: SqliteDatabase.Database, size = STATEMENT_CACHE_SIZE): SqliteDialectDatabase {
  const cache = new Map<string, SqliteDatabase.Statement>();
  return {
    close: () => {
      cache.clear();
      raw.close();
    },
    prepare(sqlText: string) {
      const cached = cache.get(sqlText);
      if (cached !== undefined && !cached.busy) {
        // Move to the young end of the LRU order.
        cache.delete(sqlText);
        cache.set(sqlText, cached);
        return cached;
      }
      const statement = raw.prepare(sqlText);
      if (cached === undefined) {
        cache.set(sqlText, statement);
        if (cache.size > size) cache.delete(cache.keys().next().value as string);
      }
      return statement;
    },
  };
}

/** Creates the data directory when missing, with a clear message when that is impossible. */
function ensureDataDir(dataDir: string): void {
  try {
    mkdirSync(dataDir, { recursive: true });
  } catch (error) {
    throw new InputError(`data directory ${dataDir}: cannot create it (${errorCode(error) ?? 'unknown error'})`);
  }
}

/** Opens the file and sets the connection up; a file that is not a database is reported, not crashed on. */
function openFile(file: string): SqliteDatabase.Database {
  let raw: SqliteDatabase.Database | undefined;
  try {
    raw = new SqliteDatabase(file);
    raw.pragma('journal_mode = WAL');
    raw.pragma('synchronous = FULL');
    raw.pragma('foreign_keys = ON');
    raw.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    // Reads map the file instead of copying each page through a read() call: a random read of a large
    // document (overflow pages) costs about half as much. Writes still go through the WAL as before.
    raw.pragma(`mmap_size = ${MMAP_BYTES}`);
    return raw;
  } catch (error) {
    raw?.close();
    const code = errorCode(error);
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') throw new InputError(`${file} is not a Debrief database (not SQLite, or damaged)`);
    throw new InputError(`${file}: cannot open the database (${code ?? 'unknown error'})`);
  }
}

/** The SQLite half of the store, around one open better-sqlite3 handle. */
function sqliteDialect(raw: SqliteDatabase.Database): Dialect {
  /** Rolls back unless SQLite has already done so itself (it does after some errors, e.g. a full disk). */
  const rollback = () => {
    if (raw.inTransaction) raw.exec('rollback');
  };
  /** Changes whenever another connection commits (SQLite's own counter; this connection's commits leave it). */
  const dataVersion = raw.prepare('pragma data_version').pluck();
  // Asked once per event-loop turn: the pragma takes file locks (system calls), and one answer serves every
  // request handled in the turn, as if they had all arrived when it began.
  let versionThisTurn: number | undefined;
  const forgetVersion = () => {
    versionThisTurn = undefined;
  };
  return {
    name: 'sqlite',
    schema: undefined,
    rowLocks: false,
    writeTransaction: (db, work) =>
      db.connection().execute(async (conn) => {
        await sql`begin immediate`.execute(conn);
        try {
          const result = await work(conn);
          await sql`commit`.execute(conn);
          return result;
        } catch (error) {
          rollback();
          throw error;
        }
      }),
    readSnapshot: (db) => db.startTransaction().execute(),
    async withMigrationLock(_db, work) {
      // Kysely's migrator takes no lock on SQLite; the write lock of one transaction around all of it does.
      raw.exec('begin immediate');
      try {
        const result = await work();
        raw.exec('commit');
        return result;
      } catch (error) {
        rollback();
        throw error;
      }
    },
    indexSearch: indexSqliteSearch,
    searchMatches: rankSqliteSearch,
    // bm25() weighs the words by their IDF itself.
    similarMatches: async (db, words, visible, top) => (await rankSqliteSearch(db, words.map((w) => w.word), visible, true)).matches({ top }),
    externalChanges() {
      if (versionThisTurn === undefined) {
        versionThisTurn = dataVersion.get() as number;
        setImmediate(forgetVersion);
      }
      return versionThisTurn;
    },
    // Closing the Kysely instance closes the one handle.
    release: async () => undefined,
    // SQLite re-prepares a cached statement by itself after a schema change.
    migrated: () => undefined,
    memberEmailsJson: () =>
      sql`(select json_group_array(email) from (select email from postmortem_members where postmortem_id = postmortems.id order by email))`,
    isUniqueViolation: (error) => ['SQLITE_CONSTRAINT_PRIMARYKEY', 'SQLITE_CONSTRAINT_UNIQUE'].includes(errorCode(error) ?? ''),
  };
}

/** Opens (creating when missing) the SQLite database in `dataDir`. */
export function openSqlite(dataDir: string): Connection {
  ensureDataDir(dataDir);
  const raw = openFile(join(dataDir, SQLITE_FILE));
  return { db: new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(raw) }) }), dialect: sqliteDialect(raw) };
}
