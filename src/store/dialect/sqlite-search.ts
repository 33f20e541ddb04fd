/**
 * Full-text search on SQLite: two FTS5 tables made alike, keyed by `postmortem_search.id` (migrations 0001 and 0007).
 * bm25() scores a row with statistics of its whole table (rows, average length, rows holding each word), so
 * `postmortem_fts` holds only the postmortems every signed-in user may read, and searches rank with its bm25().
 * `postmortem_restricted_fts` holds the restricted ones, and its bm25() never ranks a search. A restricted hit the
 * caller may see is scored in JS (fts5-bm25.ts) as bm25() scores the public rows: against the public table's
 * statistics, with its own length and word counts. So the scores compare, and no restricted postmortem changes
 * another's score. Its word counts come back from bm25() over the restricted table asked one word at a time, which
 * is then a known function of the count: the text is never tokenized again. A search without restricted hits for
 * the caller ranks in one query, as before.
 */
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { SearchText } from '../search-text.js';
import type { Database } from '../tables.js';
import { rankedMatches, type RowCondition, type SearchRanking } from './dialect.js';
import { bm25Score, bm25WeightedHits, type Bm25Table } from './fts5-bm25.js';

const PUBLIC_FTS = sql.table('postmortem_fts');
const RESTRICTED_FTS = sql.table('postmortem_restricted_fts');

/** The score of the row in scope of an FTS5 table, title words weighing ten times prose words (bm25() answers lower for better). */
const scoreIn = (table: RawBuilder<unknown>) => sql<number>`-bm25(${table}, 10.0, 1.0)`;

/** An FTS5 query for rows holding every word: one phrase per word, in order (phrase i is word i). */
function matchAll(words: readonly string[]): string {
  return words.map((w) => `"${w}"`).join(' ');
}

/** An FTS5 query for rows holding any of the words. */
function matchAny(words: readonly string[]): string {
  return words.map((w) => `"${w}"`).join(' OR ');
}

/** Indexes a postmortem's text in the table its restriction calls for, and takes it out of the other one. */
export async function indexSqliteSearch(trx: Kysely<Database>, id: string, text: SearchText): Promise<void> {
  await sql`insert into postmortem_search (postmortem_id) values (${id}) on conflict (postmortem_id) do nothing`.execute(trx);
  const [into, outOf] = text.restricted ? [RESTRICTED_FTS, PUBLIC_FTS] : [PUBLIC_FTS, RESTRICTED_FTS];
  await sql`delete from ${outOf} where rowid = (select id from postmortem_search where postmortem_id = ${id})`.execute(trx);
  await sql`insert or replace into ${into} (rowid, title, body)
    select id, ${text.title}, ${text.body} from postmortem_search where postmortem_id = ${id}`.execute(trx);
}

/** Ranks the postmortems holding every word (or, with `any`, any of them), for a caller who may see the rows `visible` accepts. */
export async function rankSqliteSearch(db: Kysely<Database>, words: string[], visible: RowCondition, any = false): Promise<SearchRanking> {
  const match = any ? matchAny(words) : matchAll(words);
  const restrictedHits = await visibleRestrictedHits(db, match, visible);
  // Counts and statistics from one snapshot: a write in between would skew the counts read back from scores.
  const scores = restrictedHits.length === 0 ? new Map<string, number>() : await db.transaction().execute((trx) => restrictedScores(trx, words, restrictedHits));
  // The restricted scores join the public hits as one JSON parameter (SQLite reads back the same doubles).
  const restricted = scores.size === 0 ? sql`` : sql`union all select json_extract(value, '$[0]'), json_extract(value, '$[1]') from json_each(${JSON.stringify([...scores])})`;
  const hits = sql`select s.postmortem_id as id, ${scoreIn(PUBLIC_FTS)} as score
    from postmortem_fts join postmortem_search s on s.id = postmortem_fts.rowid
    where postmortem_fts match ${match}
    ${restricted}`;
  return {
    async scoreOf(id) {
      const score = scores.get(id);
      if (score !== undefined) return score;
      // A join, not `rowid = (subquery)`: FTS5 reads `rowid = null` (an unknown id) as no bound at all.
      const { rows } = await sql<{ score: number }>`select ${scoreIn(PUBLIC_FTS)} as score
        from postmortem_search s join postmortem_fts on postmortem_fts.rowid = s.id
        where s.postmortem_id = ${id} and postmortem_fts match ${match}`.execute(db);
      return rows[0]?.score;
    },
    matches: (window) => rankedMatches(hits, window),
  };
}

/** The restricted postmortems holding every word that the caller may see, with their rowid in the FTS5 tables. */
async function visibleRestrictedHits(db: Kysely<Database>, match: string, visible: RowCondition): Promise<{ id: string; rowid: number }[]> {
  return db
    .selectFrom('postmortems')
    .innerJoin(
      sql<{ id: string; rowid: number }>`(select s.postmortem_id as id, s.id as rowid
        from postmortem_restricted_fts join postmortem_search s on s.id = postmortem_restricted_fts.rowid
        where postmortem_restricted_fts match ${match})`.as('r'),
      'r.id',
      'postmortems.id',
    )
    .where(visible)
    .select(['r.id', 'r.rowid'])
    .execute();
}

/**
 * The scores of restricted hits, each with the statistics bm25() ranks the public rows with (so the scores compare)
 * and its own length and word counts: a restricted copy of a public postmortem scores exactly as the original.
 */
async function restrictedScores(db: Kysely<Database>, words: string[], hits: { id: string; rowid: number }[]): Promise<Map<string, number>> {
  const rowids = JSON.stringify(hits.map((h) => h.rowid));
  const publicSize = await tableSize(db, sql.table('postmortem_fts_data'));
  const restrictedSize = await tableSize(db, sql.table('postmortem_restricted_fts_data'));
  const lengths = await restrictedLengths(db, rowids);
  const publicRowsWith: number[] = [];
  const weighted = new Map<number, number[]>(hits.map((h) => [h.rowid, []]));
  for (const word of words) {
    const phrase = matchAll([word]);
    const holding = await rowsHolding(db, phrase);
    publicRowsWith.push(holding.public);
    // Scored in its own table by this one word, a row gives back how often (weighted) it holds the word.
    const restricted: Bm25Table = { ...restrictedSize, rowsWith: [holding.restricted] };
    const scores = await restrictedPhraseScores(db, phrase);
    for (const [rowid, counts] of weighted) counts.push(bm25WeightedHits(restricted, lengths.get(rowid) ?? 0, scores.get(rowid) ?? 0));
  }
  const statistics: Bm25Table = { ...publicSize, rowsWith: publicRowsWith };
  return new Map(hits.map((hit) => [hit.id, bm25Score(statistics, { tokens: lengths.get(hit.rowid) ?? 0, weightedHits: weighted.get(hit.rowid) ?? [] })]));
}

/**
 * The rows and tokens bm25() reads for an FTS5 table: its averages record (id 1 of its `%_data` table, a varint of
 * rows, then one of tokens per column; see "Appendix B" of the FTS5 documentation). In a contentless table a deleted
 * or replaced row stays counted there, as bm25() counts it.
 */
async function tableSize(db: Kysely<Database>, dataTable: RawBuilder<unknown>): Promise<{ rows: number; tokens: number }> {
  const { rows } = await sql<{ block: Uint8Array }>`select block from ${dataTable} where id = 1`.execute(db);
  const [count = 0, ...columns] = rows[0] === undefined ? [] : fts5Varints(rows[0].block);
  return { rows: count, tokens: columns.reduce((sum, n) => sum + n, 0) };
}

/** The length in tokens (all columns) of restricted rows, from FTS5's `%_docsize` table (a varint per column). */
async function restrictedLengths(db: Kysely<Database>, rowidsJson: string): Promise<Map<number, number>> {
  const { rows } = await sql<{ id: number; sz: Uint8Array }>`select id, sz from postmortem_restricted_fts_docsize
    where id in (select value from json_each(${rowidsJson}))`.execute(db);
  return new Map(rows.map((r) => [r.id, fts5Varints(r.sz).reduce((sum, n) => sum + n, 0)]));
}

/** How many rows of each table hold a phrase: what bm25() counts for its IDF (deleted rows not included). */
async function rowsHolding(db: Kysely<Database>, phrase: string): Promise<{ public: number; restricted: number }> {
  const { rows } = await sql<{ public: number; restricted: number }>`select
    (select count(*) from postmortem_fts where postmortem_fts match ${phrase}) as public,
    (select count(*) from postmortem_restricted_fts where postmortem_restricted_fts match ${phrase}) as restricted`.execute(db);
  return { public: Number(rows[0]?.public ?? 0), restricted: Number(rows[0]?.restricted ?? 0) };
}

/**
 * The bm25() scores (sign turned) of the restricted rows holding a phrase, in their own table for a query of that
 * phrase alone. Every such row, not just the caller's hits: bound to a list of rowids, FTS5 would run the query (and
 * bm25()'s count of the rows holding the phrase) once per rowid.
 */
async function restrictedPhraseScores(db: Kysely<Database>, phrase: string): Promise<Map<number, number>> {
  const { rows } = await sql<{ rowid: number; score: number }>`select rowid,
      ${scoreIn(RESTRICTED_FTS)} as score
    from postmortem_restricted_fts where postmortem_restricted_fts match ${phrase}`.execute(db);
  return new Map(rows.map((r) => [r.rowid, r.score]));
}

/** The numbers of an FTS5 record: SQLite varints (big-endian, 7 bits a byte while the top bit is set; 8 in a ninth byte). */
function fts5Varints(bytes: Uint8Array): number[] {
  const numbers: number[] = [];
  let i = 0;
  while (i < bytes.length) {
    let value = 0;
    for (let length = 1; i < bytes.length; length++) {
      const byte = bytes[i++] as number;
      if (length === 9) {
        value = value * 256 + byte;
        break;
      }
      value = value * 128 + (byte & 0x7f);
      if ((byte & 0x80) === 0) break;
    }
    numbers.push(value);
  }
  return numbers;
}
