/**
 * 0009: search finds postmortems by action-item ids, owners and ticket keys, timeline actors, the author and the
 * commander. Frozen in time: it imports nothing from the app, so it clears the summaries, and the backfill that runs
 * after migrating (summaries.ts) indexes every postmortem again from its document.
 */
import { sql, type Kysely } from 'kysely';

/** Marks every postmortem for the backfill, which rewrites its search entry. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`update postmortems set summary = null`.execute(db);
}
