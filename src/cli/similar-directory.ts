/**
 * Similar postmortems in a directory, with no server: the documents go into an in-memory SQLite full-text index
 * (FTS5), the postmortem's most telling words (by tf-idf over the directory) are asked for, BM25 ranks the
 * others, and the structured overlap (services, failure mode, trigger, factors, tags) is added with its reasons.
 */
import Database from 'better-sqlite3';
import type { Postmortem } from '../core/postmortem.schema.js';
import { rankSimilar, similarityFeatures, similarityText } from '../knowledge/similarity/similarity.js';

/** A postmortem read from a file. */
export interface FiledPostmortem {
  file: string;
  pm: Postmortem;
}

/** A similar postmortem of the directory. */
export interface SimilarFile {
  title: string;
  file: string;
  score: number;
  why: string[];
}

/** How many of the postmortem's words are asked for. */
const QUERY_TERMS = 30;
/** How many full-text matches are scored in full. */
const CANDIDATES = 50;
/** How many shared words a reason names. */
const SHOWN_WORDS = 6;

/** A stem as the postmortem writes it: its shortest word that begins with the stem ("kubernet" → "kubernetes"), else the stem. */
function surfaceWords(pm: Postmortem): (stem: string) => string {
  const { title, body } = similarityText(pm);
  const words = [...new Set(`${title}\n${body}`.toLowerCase().match(/\p{L}[\p{L}\p{N}]*/gu) ?? [])].sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
  return (stem) => words.find((w) => w.startsWith(stem)) ?? words.find((w) => w.startsWith(stem.slice(0, -1)) && stem.length > 3) ?? stem;
}

/** The most similar postmortems to `target` among `others` (best first, at most `limit`). */
export function similarInDirectory(target: FiledPostmortem, others: readonly FiledPostmortem[], limit: number): SimilarFile[] {
  const db = new Database(':memory:');
  try {
    // Porter stems: "shipped", "shipping" and "ships" are one word to the ranking.
    db.exec(`create virtual table docs using fts5(title, body, tokenize = 'porter unicode61 remove_diacritics 2');
      create virtual table terms_per_doc using fts5vocab(docs, 'row');
      create virtual table term_places using fts5vocab(docs, 'instance');`);
    const insert = db.prepare('insert into docs (rowid, title, body) values (?, ?, ?)');
    for (const [i, { pm }] of [target, ...others].entries()) {
      const { title, body } = similarityText(pm);
      insert.run(i, title, body);
    }
    const documents = others.length + 1;
    const weighted = db
      .prepare<[number], { term: string; tf: number; df: number }>(
        // A word of the title counts as three of the body: the title says what the incident was.
        `select p.term as term, sum(case when p.col = 'title' then 3 else 1 end) as tf, r.doc as df from term_places p join terms_per_doc r on r.term = p.term
         where p.doc = ? and length(p.term) >= 3 and p.term glob '*[a-z]*' group by p.term`,
      )
      .all(0)
      .filter((t) => t.df < documents)
      .map((t) => ({ term: t.term, weight: t.tf * Math.log(documents / t.df) }))
      .sort((a, b) => b.weight - a.weight || (a.term < b.term ? -1 : 1))
      .slice(0, QUERY_TERMS);
    if (weighted.length === 0) return [];
    const query = weighted.map((t) => `"${t.term.replace(/"/g, '""')}"`).join(' OR ');
    const ranked = db.prepare<[string, number], { rowid: number; rank: number }>('select rowid, bm25(docs, 2.0, 1.0) as rank from docs where docs match ? and rowid != 0 order by rank, rowid limit ?').all(query, CANDIDATES);
    const wordsOf = db.prepare<[number], { term: string }>('select distinct term from term_places where doc = ?');
    const shown = surfaceWords(target.pm);
    const candidates = ranked.map(({ rowid, rank }) => {
      const other = others[rowid - 1] as FiledPostmortem;
      const present = new Set(wordsOf.all(rowid).map((w) => w.term));
      // bm25() answers lower for better: its negative is the rank.
      return { key: other.file, title: other.pm.title, features: similarityFeatures(other.pm), textRank: -rank, sharedWords: weighted.filter((t) => present.has(t.term)).slice(0, SHOWN_WORDS).map((t) => shown(t.term)) };
    });
    return rankSimilar(similarityFeatures(target.pm), candidates, limit).map(({ key, title, score, why }) => ({ title, file: key, score, why }));
  } finally {
    db.close();
  }
}
