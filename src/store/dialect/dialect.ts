/**
 * What differs between SQLite and PostgreSQL, named in one place: transactions and locking, full-text
 * search, error codes and the migration lock. Every other query is shared Kysely code.
 */
import type { AliasedRawBuilder, ControlledTransaction, Kysely } from 'kysely';
import type { SearchText } from '../search-text.js';
import type { Database } from '../tables.js';

/** The engines Debrief runs on. */
export type EngineName = 'sqlite' | 'postgres';

/** One full-text hit: a postmortem id and how well it matched (higher is better). */
export interface SearchMatch {
  id: string;
  score: number;
}

/** The engine-specific half of the store. */
export interface Dialect {
  readonly name: EngineName;
  /** The PostgreSQL schema the tables live in (undefined on SQLite). */
  readonly schema: string | undefined;
  /** True when `select … for update` locks rows; SQLite's write transaction already shuts out other writers. */
  readonly rowLocks: boolean;
  /** Runs `work` in a transaction that may write; commits when it resolves, rolls back when it throws. */
  writeTransaction<T>(db: Kysely<Database>, work: (trx: Kysely<Database>) => Promise<T>): Promise<T>;
  /** Starts a read-only transaction that sees one consistent snapshot (for dumps). */
  readSnapshot(db: Kysely<Database>): Promise<ControlledTransaction<Database>>;
  /** Runs the migrations in `work` so that two processes starting at once never both apply one. */
  withMigrationLock<T>(db: Kysely<Database>, work: () => Promise<T>): Promise<T>;
  /** Indexes (or re-indexes) a postmortem's text, inside the caller's transaction. */
  indexSearch(trx: Kysely<Database>, id: string, text: SearchText): Promise<void>;
  /** A derived table `m(id, score)` of the postmortems matching every word. */
  searchMatches(words: string[]): AliasedRawBuilder<SearchMatch, 'm'>;
  /** True when the error is a unique or primary key violation. */
  isUniqueViolation(error: unknown): boolean;
}

/** An open database: the Kysely instance and its dialect. */
export interface Connection {
  db: Kysely<Database>;
  dialect: Dialect;
}

/** The `code` property of a driver error, if any. */
export function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}
