/**
 * 0002: a `summary` column on postmortems, the JSON of what a list row shows (title, status, severity,
 * services, tags, author, key times, derived durations, action-item counts), written with the document so
 * that a list page never parses whole documents. Frozen in time like 0001: it imports nothing from the app,
 * so it only adds the column (null); the store fills the nulls from the documents after migrating
 * (backfillSummaries in summaries.ts), and rewrites a summary with every change of its postmortem.
 */
import { sql, type Kysely } from 'kysely';

/** Adds the nullable summary column. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table postmortems add column summary text`.execute(db);
}
