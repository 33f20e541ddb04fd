/**
 * What differs between SQLite and PostgreSQL, named in one place: transactions and locking, full-text
 * search, error codes and the migration lock. Every other query is shared Kysely code.
 */
import type { AliasedRawBuilder, ControlledTransaction, Kysely, RawBuilder } from 'kysely';
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
  /**
   * A derived table `m(id, score)` of the postmortems matching every word, best first (score descending, id
   * ascending), after the cursor position when given, and only the first `top` of them when given: ranking and
   * cutting happen in the full-text index, before any join or filter.
   */
  searchMatches(words: string[], options?: { after?: { score: number; id: string }; top?: number }): AliasedRawBuilder<SearchMatch, 'm'>;
  /**
   * A number that changes whenever another connection has committed a change, or undefined when the engine cannot
   * tell just now. SQLite: its `data_version`, read once per event-loop turn (a commit elsewhere is seen from the
   * next turn on). PostgreSQL: the count of commit notifications heard (a moment after the commit), undefined
   * while the listening connection is down.
   */
  externalChanges(): number | undefined;
  /** Releases what the dialect holds beside the Kysely instance (PostgreSQL's listening connection). */
  release(): Promise<void>;
  /** The members of the `postmortems` row in scope, as a JSON array (text or parsed) of e-mails in order. */
  memberEmailsJson(): RawBuilder<unknown>;
  /** Called once the schema is up to date: statement caches that must not outlive a schema change may start. */
  migrated(): void;
  /** True when the error is a unique or primary key violation. */
  isUniqueViolation(error: unknown): boolean;
}

/** An open database: the Kysely instance and its dialect. */
export interface Connection {
  db: Kysely<Database>;
  dialect: Dialect;
}

/** Closes an open database and everything its dialect holds. */
export async function closeConnection(conn: Connection): Promise<void> {
  await Promise.all([conn.dialect.release(), conn.db.destroy()]);
}

/** The `code` property of a driver error, if any. */
export function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}
