/**
 * FTS5's bm25() in JS. Restricted postmortems are kept out of the FTS5 table whose bm25() ranks a search, but are
 * ranked among its rows (see sqlite-search.ts): their word counts come back from bm25() over their own table
 * (bm25WeightedHits), and their scores are computed against the public table's statistics (bm25Score). Both follow
 * fts5Bm25Function in SQLite's ext/fts5/fts5_aux.c step by step: k1 = 1.2 and b = 0.75; a phrase's IDF is
 * ln((N - n + 0.5) / (n + 0.5)), raised to 1e-6 when it is not positive; a phrase's frequency in a row is the column
 * weights of its instances added up; a row's length is its tokens in every column, unweighted. bm25() answers the
 * negative of the score; these take and give the score itself.
 */

/** The statistics of the table a row is ranked against. */
export interface Bm25Table {
  /** How many rows it has. */
  rows: number;
  /** How many tokens its rows have, all columns together. */
  tokens: number;
  /** For each phrase of the query, how many rows hold it. */
  rowsWith: readonly number[];
}

/** One row: its length in tokens (all columns) and, for each phrase of the query, the weights of its instances added up. */
export interface Bm25Row {
  tokens: number;
  weightedHits: readonly number[];
}

const K1 = 1.2;
const B = 0.75;

/** FTS5's floor for the IDF of a phrase in more than half the rows (whose IDF would be negative). */
const MIN_IDF = 1e-6;

/** A phrase's IDF as FTS5 takes it: floored at MIN_IDF. */
function idf(table: Bm25Table, phrase: number): number {
  const n = table.rowsWith[phrase] ?? 0;
  const value = Math.log((table.rows - n + 0.5) / (n + 0.5));
  return value <= 0 ? MIN_IDF : value;
}

/** The `k1 * (1 - b + b * D / avgdl)` of a row of `rowTokens` tokens (average length against an empty table, which bm25() never ranks in). */
function lengthTerm(table: Bm25Table, rowTokens: number): number {
  const averageTokens = table.rows === 0 ? rowTokens : table.tokens / table.rows;
  return K1 * (1 - B + (B * rowTokens) / averageTokens);
}

/** The score bm25() gives a row of a table (the row need not be in it), with the sign turned: positive, higher is better. */
export function bm25Score(table: Bm25Table, row: Bm25Row): number {
  const k = lengthTerm(table, row.tokens);
  let score = 0;
  table.rowsWith.forEach((_, i) => {
    const frequency = row.weightedHits[i] ?? 0;
    // The same operations in the same order as the C code, so that a score equals bm25()'s to the last bit or two.
    score += idf(table, i) * ((frequency * (K1 + 1)) / (frequency + k));
  });
  return score;
}

/**
 * The weighted count of the one phrase of a query in a row of `rowTokens` tokens that bm25() scored `score` (sign
 * turned): for a single phrase the score is an increasing function of that count, so the count comes back without
 * tokenizing the row's text again. Whole numbers when the column weights are (the float error is far below 0.5).
 */
export function bm25WeightedHits(table: Bm25Table, rowTokens: number, score: number): number {
  const saturation = score / idf(table, 0);
  return Math.round((saturation * lengthTerm(table, rowTokens)) / (K1 + 1 - saturation));
}
