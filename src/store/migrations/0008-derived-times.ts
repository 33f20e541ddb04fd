/**
 * 0008: a list row's key times and durations are derived from timeline rows without a written kind too (their kind
 * is read from their text), and `derived` says which key times came from the timeline and from which event. Frozen in
 * time: it imports nothing from the app, so it clears the summaries, and the backfill that runs after migrating
 * (summaries.ts) writes them again from the documents.
 */
import { sql, type Kysely } from 'kysely';

/** Marks every summary for the backfill. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`update postmortems set summary = null`.execute(db);
}
