/**
 * 0023: on PostgreSQL, similar postmortems are found by the words their IDFs were counted over, as written. The
 * tsvectors of 0020 held the whole salient text, stemmed, while `similarity_word_counts` counts each postmortem's 40
 * most salient words as written: a word that many postmortems hold but few count among their forty, or whose stem
 * many share ("draine", cut from a title, stems to 'drain' like "drained"), had a high IDF and matched nearly every
 * row (one query ranked 9,658 hits in 137 ms). The tsvectors now hold the title and the counted words, unstemmed
 * (search-text.ts, the `simple` configuration); this clears the summaries so that the backfill after migrating
 * (summaries.ts) writes them again. SQLite ranks with FTS5's own document frequencies and needs nothing. Frozen in time: it imports
 * nothing from the app.
 */
import { sql, type Kysely } from 'kysely';

/** Marks every postmortem for the backfill, on PostgreSQL. */
export async function up(db: Kysely<unknown>, engine: 'sqlite' | 'postgres'): Promise<void> {
  if (engine === 'postgres') await sql`update postmortems set summary = null`.execute(db);
}
