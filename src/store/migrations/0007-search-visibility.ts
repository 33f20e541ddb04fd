/**
 * 0007: search ranks only over what every signed-in user may read (SQLite). FTS5's bm25() takes its statistics (row
 * count, average length, how many rows hold each word) from the whole table, so restricted postmortems in
 * `postmortem_fts` shaped everyone's ranking, and a score told whether one held a word. They get a contentless table of
 * their own, made like the public one, that never ranks a search (the store scores their hits against the public
 * table's statistics, see dialect/sqlite-search.ts). Frozen in time: it imports nothing from the app, so it cannot
 * compute search text; it takes the restricted rows out of the public table at once and clears their summaries, and
 * the backfill that runs after migrating (summaries.ts) indexes them again, into the new table. PostgreSQL ranks with
 * ts_rank_cd, which reads only the document and the query: nothing to do there.
 */
import { sql, type Kysely } from 'kysely';

type Engine = 'sqlite' | 'postgres';

/** Creates the restricted search table and moves restricted postmortems out of the public one (SQLite). */
export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  if (engine !== 'sqlite') return;
  await sql`create virtual table postmortem_restricted_fts using fts5(
    title, body, content = '', contentless_delete = 1, tokenize = 'porter unicode61 remove_diacritics 2'
  )`.execute(db);
  // Like postmortem_search_delete (0001) for the public table: deleting a postmortem drops its entry here too.
  await sql`create trigger postmortem_search_delete_restricted after delete on postmortem_search begin
    delete from postmortem_restricted_fts where rowid = old.id;
  end`.execute(db);
  await sql`delete from postmortem_fts where rowid in (
    select s.id from postmortem_search s join postmortems p on p.id = s.postmortem_id where p.restricted = 1
  )`.execute(db);
  await sql`update postmortems set summary = null where restricted = 1`.execute(db);
}
