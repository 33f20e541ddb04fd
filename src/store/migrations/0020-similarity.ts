/**
 * 0020: what similar postmortems are found and compared by. A `similarity` column on postmortems holds the JSON of
 * what the comparison reads (services, failure mode, trigger, contributing-factor categories, tags, salient words),
 * so that scoring fifty candidates never parses their documents. On PostgreSQL a table `postmortem_similarity_search`
 * of tsvectors of the salient text (title, summary, services, failure mode, causes) with a GIN index: ranking a
 * thousand candidates by their whole text (2 KB tsvectors) took 35–60 ms, by their salient text a few.
 * `postmortem_words` holds the 40 most salient words of each postmortem every signed-in user may read and
 * `similarity_word_counts` how many hold each word (see salient-words.ts); an index on `restricted` counts those
 * postmortems (`postmortems_restricted_flag`: 0021 calls its partial index of the restricted ones
 * `postmortems_restricted`). Frozen in time like 0009: it imports nothing from the app, so it clears the summaries
 * and the backfill after migrating (summaries.ts) writes them all.
 */
import { sql, type Kysely } from 'kysely';

/** Adds the columns (and PostgreSQL's index) and marks every postmortem for the backfill. */
export async function up(db: Kysely<unknown>, engine: 'sqlite' | 'postgres'): Promise<void> {
  await sql`alter table postmortems add column similarity text`.execute(db);
  if (engine === 'postgres') {
    // A narrow table: a thousand hits' tsvectors on a seventh of the pages, and (rows under 2 KB) never compressed, so
    // reading one many times costs no decompression each time.
    await sql`create table postmortem_similarity_search (
      postmortem_id text primary key references postmortems (id) on delete cascade,
      search tsvector not null)`.execute(db);
    await sql`create index postmortem_similarity_search_gin on postmortem_similarity_search using gin (search)`.execute(db);
  }
  await db.schema
    .createTable('postmortem_words')
    .addColumn('postmortem_id', 'text', (c) => c.notNull().references('postmortems.id').onDelete('cascade'))
    .addColumn('word', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('postmortem_words_pk', ['postmortem_id', 'word'])
    .execute();
  await db.schema
    .createTable('similarity_word_counts')
    .addColumn('word', 'text', (c) => c.primaryKey())
    .addColumn('postmortems', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('postmortems_restricted_flag').on('postmortems').column('restricted').execute();
  await sql`update postmortems set summary = null`.execute(db);
}
