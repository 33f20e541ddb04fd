/**
 * 0004: a partial index of the postmortems whose summary is still to be written. The backfill that runs
 * at every start (summaries.ts) looks for them; without the index that look read the whole table, ~150 ms
 * at 10,000 postmortems, to find none. Frozen in time: it imports nothing from the app.
 */
import { sql, type Kysely } from 'kysely';

/** Adds the index; it stays empty while every summary is written. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index postmortems_summary_missing on postmortems (id) where summary is null`.execute(db);
}
