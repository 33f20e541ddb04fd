import { expect, it } from 'vitest';
import { bm25Score, bm25WeightedHits, type Bm25Table } from './fts5-bm25.js';

it('scores as fts5_aux.c does: IDF floored at 1e-6, frequency saturating with length against the average', () => {
  const table: Bm25Table = { rows: 10, tokens: 400, rowsWith: [2, 9] };
  const idf = Math.log((10 - 2 + 0.5) / (2 + 0.5));
  const k = 1.2 * (1 - 0.75 + (0.75 * 60) / 40);
  expect(bm25Score(table, { tokens: 60, weightedHits: [11, 3] })).toBe(idf * ((11 * 2.2) / (11 + k)) + 1e-6 * ((3 * 2.2) / (3 + k)));
  // Against an empty table a row is of average length, and every IDF is the floor.
  expect(bm25Score({ rows: 0, tokens: 0, rowsWith: [0] }, { tokens: 7, weightedHits: [10] })).toBe(1e-6 * ((10 * 2.2) / (10 + 1.2)));
});

it('reads back the weighted count of a one-phrase query from its score, whatever the table and the row', () => {
  const tables: Bm25Table[] = [
    { rows: 0, tokens: 0, rowsWith: [0] },
    { rows: 1, tokens: 12, rowsWith: [1] },
    { rows: 50, tokens: 2_000, rowsWith: [40] },
    { rows: 10_000, tokens: 5_000_000, rowsWith: [3] },
  ];
  for (const table of tables) {
    for (const tokens of [1, 40, 5_000, 200_000]) {
      for (const hits of [1, 2, 10, 11, 137, 10_001, 2_000_000]) {
        if (hits > 10 * tokens) continue;
        expect(bm25WeightedHits(table, tokens, bm25Score(table, { tokens, weightedHits: [hits] }))).toBe(hits);
      }
    }
  }
});
