/**
 * How many postmortems hold a word, for weighing the words similar postmortems are found by (similar.ts). Each
 * postmortem every signed-in user may read has its 40 most salient words in `postmortem_words`, and
 * `similarity_word_counts` keeps, per word, how many postmortems have it there, moved with every write (migration
 * 0020): the counts of a query's words are then a few key lookups, where counting them afresh took tens of
 * milliseconds for common words, and a quarter of a second in PostgreSQL's tsvectors.
 */
import type { Kysely } from 'kysely';
import type { Postmortem } from '../core/postmortem.schema.js';
import { salientWords } from '../knowledge/similarity/similarity.js';
import { insertRows } from './insert-rows.js';
import type { IdentifiedPostmortem } from './postmortem-rows.js';
import type { Database } from './tables.js';
import type { WordCounts } from './word-count-cache.js';

/** How many of a postmortem's salient words are counted. */
const COUNTED_WORDS = 40;

/** Moves the counts of some words by `delta`, in word order (so that concurrent writers lock the rows in one order). */
async function moveCounts(trx: Kysely<Database>, words: readonly string[], delta: 1 | -1): Promise<void> {
  if (words.length === 0) return;
  const rows = [...words].sort().map((word) => ({ word, postmortems: delta }));
  await trx
    .insertInto('similarity_word_counts')
    .values(rows)
    .onConflict((oc) => oc.column('word').doUpdateSet((eb) => ({ postmortems: eb('similarity_word_counts.postmortems', '+', eb.ref('excluded.postmortems')) })))
    .execute();
}

/** The words of a postmortem that are counted, and that PostgreSQL finds it by when looking for similar ones: its most salient. */
export function countedSalientWords(pm: Postmortem): string[] {
  return salientWords(pm)
    .slice(0, COUNTED_WORDS)
    .map((w) => w.word);
}

/** The words a postmortem has counted now. */
async function countedWords(trx: Kysely<Database>, id: string): Promise<string[]> {
  const rows = await trx.selectFrom('postmortem_words').select('word').where('postmortem_id', '=', id).execute();
  return rows.map((r) => r.word);
}

/** Counts a postmortem's most salient words (none for a restricted one) in place of those counted before (`replacing`). */
export async function writeWords(trx: Kysely<Database>, pm: IdentifiedPostmortem, replacing: boolean): Promise<void> {
  const before = replacing ? await countedWords(trx, pm.id) : [];
  const after = pm.restricted ? [] : countedSalientWords(pm);
  const gone = before.filter((w) => !after.includes(w));
  const added = after.filter((w) => !before.includes(w));
  if (gone.length > 0) await trx.deleteFrom('postmortem_words').where('postmortem_id', '=', pm.id).where('word', 'in', gone).execute();
  await insertRows(trx, 'postmortem_words', added.map((word) => ({ postmortem_id: pm.id, word })));
  await moveCounts(trx, gone, -1);
  await moveCounts(trx, added, 1);
}

/** Stops counting the words of a postmortem about to be deleted (its rows go with it). */
export async function dropWords(trx: Kysely<Database>, id: string): Promise<void> {
  await moveCounts(trx, await countedWords(trx, id), -1);
}

/** How many postmortems every signed-in user may read there are, and how many of them count each word among their most salient. */
export async function countWords(db: Kysely<Database>, words: readonly string[]): Promise<WordCounts> {
  const total = await db.selectFrom('postmortems').select((eb) => eb.fn.countAll<number | string>().as('n')).where('restricted', '=', 0).executeTakeFirst();
  const rows = words.length === 0 ? [] : await db.selectFrom('similarity_word_counts').select(['word', 'postmortems']).where('word', 'in', [...words]).execute();
  const holding = new Map(rows.map((r) => [r.word, Number(r.postmortems)]));
  return { rows: Number(total?.n ?? 0), holding: words.map((w) => holding.get(w) ?? 0) };
}
