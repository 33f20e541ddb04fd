/**
 * PostgreSQL, for teams running several app instances: a pg pool, row locks (`select … for update`),
 * a weighted tsvector column with a GIN index for search (English stemming, no stop words, as on SQLite), and Kysely's advisory lock around migrations.
 * `?schema=NAME` in the URL puts the tables in that schema (created when missing).
 */
import { Kysely, PostgresDialect, sql, type PostgresPool, type PostgresPoolClient, type SqlBool } from 'kysely';
import pg from 'pg';
import { InputError } from '../../core/errors.js';
import type { SearchText } from '../search-text.js';
import type { Database } from '../tables.js';
import { errorCode, rankedMatches, type Connection, type Dialect } from './dialect.js';
import { watchCommits, type CommitWatch } from './postgres-commits.js';

/** A tsquery (text) for any of some words (letters and digits only: nothing in them is an operator). */
function anyWord(words: readonly string[]): string {
  return words.join(' | ');
}

/** Lower case only: PostgreSQL folds an unquoted name to lower case, while the migrator quotes it, so `MySchema` split the tables between two schemas. */
const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

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
    throw new InputError(`database URL: schema "${schema}" is not a plain name (lower-case letters, digits and _)`);
  }
  parsed.searchParams.delete('schema');
  const label = `${parsed.protocol}//${parsed.username === '' ? '' : `${parsed.username}@`}${parsed.host}${parsed.pathname}${schema === undefined ? '' : `?schema=${schema}`}`;
  return { connectionString: parsed.toString(), schema, label };
}

/** At most this many distinct SQL texts get a named prepared statement (the rest are sent unnamed). */
const MAX_NAMED_STATEMENTS = 500;

/**
 * The pool as Kysely sees it, sending each parameterised query as a named prepared statement once `enable()`
 * has been called (after migrations, so no statement outlives a schema change): pg then parses and plans a
 * query text once per connection and afterwards only binds and executes it, one round trip less work each time.
 */
function withNamedStatements(pool: pg.Pool): { pool: PostgresPool; enable: () => void } {
  const names = new Map<string, string>();
  const wrapped = new WeakMap<pg.PoolClient, PostgresPoolClient>();
  let enabled = false;
  const nameOf = (text: string): string | undefined => {
    let name = names.get(text);
    if (name === undefined && names.size < MAX_NAMED_STATEMENTS) {
      name = `debrief_${names.size + 1}`;
      names.set(text, name);
    }
    return name;
  };
  const wrap = (client: pg.PoolClient): PostgresPoolClient => ({
    query: ((text: unknown, values?: unknown[]) => {
      const name = enabled && typeof text === 'string' && values !== undefined && values.length > 0 ? nameOf(text) : undefined;
      return name === undefined ? client.query(text as string, values) : client.query({ name, text: text as string, values });
    }) as unknown as PostgresPoolClient['query'],
    release: () => client.release(),
  });
  return {
    pool: {
      async connect() {
        const client = await pool.connect();
        let view = wrapped.get(client);
        if (view === undefined) {
          view = wrap(client);
          wrapped.set(client, view);
        }
        return view;
      },
      end: () => pool.end(),
    },
    enable: () => {
      enabled = true;
    },
  };
}

/** The PostgreSQL half of the store. */
function postgresDialect(schema: string, enableNamedStatements: () => void, commits: CommitWatch): Dialect {
  return {
    migrated: enableNamedStatements,
    name: 'postgres',
    schema,
    rowLocks: true,
    writeTransaction: (db, work, options) =>
      db.transaction().execute(async (trx) => {
        const result = await work(trx);
        if (options?.announce !== false) await commits.announce(trx);
        return result;
      }),
    readSnapshot: (db) => db.startTransaction().setIsolationLevel('repeatable read').setAccessMode('read only').execute(),
    // Kysely's migrator holds a session advisory lock while it migrates; nothing to add.
    withMigrationLock: (_db, work) => work(),
    async indexSearch(trx, id, text: SearchText) {
      await sql`update postmortems
        set search = setweight(to_tsvector('debrief_english', ${text.title}), 'A') || setweight(to_tsvector('debrief_english', ${text.body}), 'B')
        where id = ${id}`.execute(trx);
      await sql`insert into postmortem_similarity_search (postmortem_id, search)
        values (${id}, setweight(to_tsvector('simple', ${text.title}), 'A') || to_tsvector('simple', ${text.salient}))
        on conflict (postmortem_id) do update set search = excluded.search`.execute(trx);
    },
    // ts_rank_cd (cover density) reads nothing but the document's own tsvector and the query: no row count, no
    // document frequencies, no average length. So restricted postmortems change no other score and need no index of
    // their own here; the hits keep them, and the list's visibility filter drops those the caller may not see.
    async searchMatches(db, words, visible) {
      const text = words.join(' ');
      // Ranked and cut in `rankedMatches`, before the join with the other filters; `offset 0` keeps the planner from
      // pulling the ranking into the outer sort, which then carried the tsvectors along.
      const hits = sql`select s.id, ts_rank_cd(s.search, query)::float8 as score
        from postmortems s, plainto_tsquery('debrief_english', ${text}) query
        where s.search @@ query
        offset 0`;
      return {
        async scoreOf(id) {
          const row = await db
            .selectFrom('postmortems')
            .select(sql<number>`ts_rank_cd(postmortems.search, plainto_tsquery('debrief_english', ${text}))::float8`.as('score'))
            .where('postmortems.id', '=', id)
            .where(sql<SqlBool>`postmortems.search @@ plainto_tsquery('debrief_english', ${text})`)
            .where(visible)
            .executeTakeFirst();
          return row?.score;
        },
        matches: (window) => rankedMatches(hits, window),
      };
    },
    // Tsvectors of the title and the counted salient words, as written (0020, 0023): ranking a thousand whole-text
    // tsvectors cost tens of milliseconds, and a word beyond the counted ones, or stemmed ("drained" and the cut
    // "draine" both 'drain'), matched thousands of rows where its count and IDF said a few.
    // ts_rank_cd weighs every word alike, so each word a hit holds adds its IDF (BM25 with the frequency saturated at
    // one), thrice in its title (the title's lexemes carry weight A), and ts_rank_cd (0 to 1: how densely it holds
    // them) adds to that. On the corpus, ts_rank_cd alone found 7 of the 13 related pairs in each other's top five.
    // The tsqueries are made once, in a one-row subquery: in a generic plan of the named statement, a call with a
    // parameter in the select list ran for every hit (1,066 hits: 17 ms against 9).
    similarMatches(_db, words, _visible, top) {
      const queries = words.flatMap(({ word }, i) => [
        sql`to_tsquery('simple', ${`${word}:A`}) as ${sql.raw(`in_title_${i}`)}`,
        sql`to_tsquery('simple', ${word}) as ${sql.raw(`held_${i}`)}`,
      ]);
      const held = words.map(
        ({ idf }, i) => sql`case when s.search @@ q.${sql.raw(`in_title_${i}`)} then ${3 * idf}::float8
          when s.search @@ q.${sql.raw(`held_${i}`)} then ${idf}::float8 else 0 end`,
      );
      const hits = sql`select s.postmortem_id as id, ${sql.join(held, sql` + `)} + ts_rank_cd(s.search, q.any_word)::float8 as score
        from postmortem_similarity_search s,
          (select ${sql.join(queries)}, to_tsquery('simple', ${anyWord(words.map((w) => w.word))}) as any_word offset 0) q
        where s.search @@ q.any_word
        offset 0`;
      return Promise.resolve(rankedMatches(hits, { top }));
    },
    externalChanges: () => commits.count(),
    release: () => commits.close(),
    memberEmailsJson: () => sql`(select coalesce(json_agg(email order by email), '[]'::json) from postmortem_members where postmortem_id = postmortems.id)`,
    isUniqueViolation: (error) => errorCode(error) === '23505',
  };
}

/** Connects to PostgreSQL and finds the schema to use; InputError (without the password) when it cannot. */
export async function openPostgres(url: string): Promise<Connection> {
  const { connectionString, schema, label } = parsePostgresUrl(url);
  const pool = new pg.Pool({ connectionString, ...(schema === undefined ? {} : { options: `-c search_path=${schema}` }) });
  // A pooled connection that dies while idle is dropped and replaced on next use; without a listener it would crash the process.
  pool.on('error', () => undefined);
  const named = withNamedStatements(pool);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: named.pool }) });
  try {
    const current = await sql<{ schema: string | null }>`select current_schema() as schema`.execute(db);
    const inSchema = schema ?? current.rows[0]?.schema ?? 'public';
    return { db, dialect: postgresDialect(inSchema, named.enable, watchCommits({ connectionString }, inSchema)) };
  } catch (error) {
    await db.destroy();
    const code = errorCode(error);
    const problem = (code === undefined ? undefined : CONNECTION_PROBLEMS[code]) ?? (error instanceof Error ? error.message : String(error));
    throw new InputError(`cannot connect to PostgreSQL at ${label}: ${problem}`);
  }
}
