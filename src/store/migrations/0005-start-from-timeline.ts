/**
 * 0005: the start a list sorts and filters by is the one it shows, the key time or else the earliest timeline
 * event (as the summary has it), no longer the key time alone. Frozen in time: it imports nothing from the app, so
 * it clears the summaries, and the backfill that runs after migrating (summaries.ts) writes them again together
 * with `started_at`, from the documents.
 */
import { sql, type Kysely } from 'kysely';

/** Marks every summary for the backfill. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`update postmortems set summary = null`.execute(db);
}
