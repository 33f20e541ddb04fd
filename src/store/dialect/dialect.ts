/**
 * What differs between SQLite and PostgreSQL, named in one place: transactions and locking, full-text
 * search, error codes and the migration lock. Every other query is shared Kysely code.
 */
import { sql, type AliasedRawBuilder, type ControlledTransaction, type Expression, type ExpressionBuilder, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
import type { SearchText } from '../search-text.js';
import type { Database } from '../tables.js';

/** The engines Debrief runs on. */
export type EngineName = 'sqlite' | 'postgres';

/** One full-text hit: a postmortem id and how well it matched (higher is better). */
export interface SearchMatch {
  id: string;
  score: number;
}

/** A word of a query for similar postmortems, with its IDF among the postmortems everyone may read. */
export interface QueryWord {
  word: string;
  idf: number;
}

/** Which hits of a ranking: those after a position (score, then id), and only the first `top` of them. */
export interface MatchWindow {
  after?: SearchMatch;
  top?: number;
}

/** A condition on the `postmortems` row in scope: true for the rows the caller may see (see visibility.ts). */
export type RowCondition = (eb: ExpressionBuilder<Database, 'postmortems'>) => Expression<SqlBool>;

/**
 * One search ranked for one caller. Its scores order the hits and stay in the store: a page's cursor names its last
 * row, and the next page asks that row's score again (scoreOf) to go on after it.
 */
export interface SearchRanking {
  /** The score of the hit `id`, or undefined when it is no hit the caller may see (changed, deleted or restricted meanwhile). */
  scoreOf(id: string): Promise<number | undefined>;
  /**
   * A derived table `m(id, score)` of the hits in the window, best first (score descending, id ascending): ranking
   * and cutting happen in the full-text index, before any join or filter. It may hold restricted hits the caller may
   * not see where they change no other hit's score (PostgreSQL): the caller's visibility filter drops them.
   */
  matches(window?: MatchWindow): AliasedRawBuilder<SearchMatch, 'm'>;
}

/** The derived table `m(id, score)` of the window of a query `hits` answering (id, score) pairs (see SearchRanking.matches). */
export function rankedMatches(hits: RawBuilder<unknown>, window: MatchWindow = {}): AliasedRawBuilder<SearchMatch, 'm'> {
  const { after, top } = window;
  return sql<SearchMatch>`(
    select id, score from (${hits}) hits
    ${after === undefined ? sql`` : sql`where hits.score <= ${after.score} and (hits.score < ${after.score} or hits.id > ${after.id})`}
    order by score desc, id
    ${top === undefined ? sql`` : sql`limit ${top}`})`.as('m');
}

/** The engine-specific half of the store. */
export interface Dialect {
  readonly name: EngineName;
  /** The PostgreSQL schema the tables live in (undefined on SQLite). */
  readonly schema: string | undefined;
  /** True when `select … for update` locks rows; SQLite's write transaction already shuts out other writers. */
  readonly rowLocks: boolean;
  /**
   * Runs `work` in a transaction that may write; commits when it resolves, rolls back when it throws. Other
   * instances hear of the commit (their caches of what is derived from the data are dropped) unless `announce` is
   * false: for bookkeeping they derive nothing from, such as the notification outbox (PostgreSQL; SQLite's
   * `data_version` moves with every commit).
   */
  writeTransaction<T>(db: Kysely<Database>, work: (trx: Kysely<Database>) => Promise<T>, options?: { announce?: boolean }): Promise<T>;
  /** Starts a read-only transaction that sees one consistent snapshot (for dumps). */
  readSnapshot(db: Kysely<Database>): Promise<ControlledTransaction<Database>>;
  /** Runs the migrations in `work` so that two processes starting at once never both apply one. */
  withMigrationLock<T>(db: Kysely<Database>, work: () => Promise<T>): Promise<T>;
  /** Indexes (or re-indexes) a postmortem's text, inside the caller's transaction (restricted or not, as the text says). */
  indexSearch(trx: Kysely<Database>, id: string, text: SearchText): Promise<void>;
  /**
   * The postmortems matching every word, ranked for a caller who may see the rows `visible` accepts: no postmortem
   * the caller may not see changes the score of one they may.
   */
  searchMatches(db: Kysely<Database>, words: string[], visible: RowCondition): Promise<SearchRanking>;
  /**
   * The `top` best postmortems holding any of the words in the text similar ones are ranked by (SQLite: the whole
   * indexed text, by bm25(); PostgreSQL: the title and the counted salient words, by the IDFs of the words held and ts_rank_cd), as the derived table `m(id, score)` of `SearchRanking.matches`, for a
   * caller who may see the rows `visible` accepts.
   */
  similarMatches(db: Kysely<Database>, words: readonly QueryWord[], visible: RowCondition, top: number): Promise<AliasedRawBuilder<SearchMatch, 'm'>>;
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
