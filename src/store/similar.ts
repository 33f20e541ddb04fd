/**
 * Similar postmortems on the server: the postmortem's salient words (title, summary, services, failure mode, causes)
 * weighed by how few postmortems hold them (BM25's IDF over those every signed-in user may read, so restricted ones
 * shape no one else's query), the most telling asked of the engine's full-text index (SQLite FTS5's bm25(),
 * PostgreSQL's ts_rank_cd), the best hits the caller may see compared in full (similarity.ts, as the CLI compares).
 */
import { sql } from 'kysely';
import { rankSimilar, salientWords, similarityFeatures, storedSimilarity, type StoredSimilarity } from '../knowledge/similarity/similarity.js';
import type { Postmortem } from '../core/postmortem.schema.js';
import type { Connection, QueryWord } from './dialect/dialect.js';
import { getPostmortem } from './postmortem-read.js';
import type { Actor } from './store.types.js';
import { visibleTo } from './visibility.js';
import { countWords } from './salient-words.js';
import type { WordCountCache } from './word-count-cache.js';

/** How many of the postmortem's salient words are weighed (the most frequent in it). */
const WEIGHED_WORDS = 24;
/** How many words the full-text query asks for. */
const QUERY_WORDS = 12;
/** How many full-text hits are compared in full. */
const CANDIDATES = 50;
/** How many shared words a reason names. */
const SHOWN_WORDS = 6;

/** A similar postmortem: its id, title, score (0..1) and why it was chosen. */
export interface SimilarPostmortem {
  id: string;
  title: string;
  score: number;
  why: string[];
}

/** BM25's IDF of a word held by `n` of `rows` rows (0 for a word in half of them or more, which tells nothing). */
function idf(rows: number, n: number): number {
  return Math.max(0, Math.log((rows - n + 0.5) / (n + 0.5)));
}

/**
 * The query words: the salient words held by some other readable postmortem and by at most half of them, most
 * telling first (frequency in the postmortem times IDF, ties alphabetical).
 */
async function queryWords(conn: Connection, words: WordCountCache, pm: Postmortem): Promise<QueryWord[]> {
  const salient = salientWords(pm).slice(0, WEIGHED_WORDS);
  if (salient.length === 0) return [];
  const counts = await words.lookup(
    salient.map((s) => s.word),
    (missing) => countWords(conn.db, missing),
  );
  // The postmortem itself holds its words, and is counted unless restricted.
  const itself = pm.restricted ? 0 : 1;
  return salient
    .map(({ word, weight }, i) => {
      const held = counts.holding[i] ?? 0;
      const wordIdf = idf(counts.rows, held);
      return { word, held, idf: wordIdf, weight: weight * wordIdf };
    })
    .filter((w) => w.held - itself > 0 && w.weight > 0)
    .sort((a, b) => b.weight - a.weight || (a.word < b.word ? -1 : 1))
    .slice(0, QUERY_WORDS)
    .map(({ word, idf }) => ({ word, idf }));
}

/**
 * The `limit` postmortems most similar to the postmortem `id` that the actor may see, best first; NotFoundError when
 * the actor may not see it.
 */
export async function similarPostmortems(conn: Connection, words: WordCountCache, actor: Actor, id: string, limit: number): Promise<SimilarPostmortem[]> {
  const { postmortem: pm } = await getPostmortem(conn, actor, id);
  const query = await queryWords(conn, words, pm);
  if (query.length === 0) return [];
  const matches = await conn.dialect.similarMatches(conn.db, query, visibleTo(actor), CANDIDATES + 1);
  const rows = await conn.db
    .selectFrom(matches)
    .innerJoin('postmortems', 'postmortems.id', 'm.id')
    .select(['m.id', 'm.score', 'postmortems.title', 'postmortems.similarity'])
    // Rows the backfill has not reached yet are compared by their document.
    .select(sql<string | null>`case when postmortems.similarity is null then postmortems.document end`.as('document'))
    .where(visibleTo(actor))
    .where('postmortems.id', '<>', id)
    .orderBy('m.score', 'desc')
    .orderBy('m.id')
    .limit(CANDIDATES)
    .execute();
  const candidates = rows.map((row) => {
    const stored = row.similarity !== null ? (JSON.parse(row.similarity) as StoredSimilarity) : storedSimilarity(JSON.parse(row.document ?? 'null') as Postmortem);
    const held = new Set(stored.words);
    return { key: row.id, title: row.title, features: stored, textRank: row.score, sharedWords: query.map((q) => q.word).filter((w) => held.has(w)).slice(0, SHOWN_WORDS) };
  });
  return rankSimilar(similarityFeatures(pm), candidates, limit).map(({ key, title, score, why }) => ({ id: key, title, score, why }));
}
