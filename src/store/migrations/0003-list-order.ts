/**
 * 0003: the sort keys of the list that the summary alone held (duration, open action items) as columns, an
 * index for every order of the list (see list-sort.ts: each expression here is the text of a sort key there,
 * unknown values last in both directions), and `postmortem_teams` (lower-case teams, like services and tags)
 * for the team filter of the action items. Frozen in time: it imports nothing from the app, so it clears the
 * summaries, and the backfill that runs after migrating (summaries.ts) writes them again together with the
 * new columns and the team rows, from the documents.
 */
import { sql, type Kysely } from 'kysely';

/** Index name -> what it orders by. */
const INDEXES: Record<string, string> = {
  postmortems_started_asc_order: "(coalesce(started_at, '9999-12-31T23:59:59.999999999Z')), id",
  postmortems_updated_order: 'updated_at, id',
  postmortems_severity_worst_order: "(coalesce(severity, 'SEV9')), id",
  postmortems_severity_mildest_order: "(coalesce(severity, 'SEV0')), id",
  postmortems_title_order: '(lower(title)), id',
  postmortems_duration_longest_order: '(coalesce(duration_minutes, -1)), id',
  postmortems_duration_shortest_order: '(coalesce(duration_minutes, 2147483647)), id',
  postmortems_open_actions_order: 'open_action_items, id',
};

/** Adds the columns, the indexes and the teams table, and marks every summary for the backfill. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('postmortem_teams')
    .addColumn('postmortem_id', 'text', (c) => c.notNull().references('postmortems.id').onDelete('cascade'))
    .addColumn('team', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('postmortem_teams_pk', ['postmortem_id', 'team'])
    .execute();
  await db.schema.createIndex('postmortem_teams_team').on('postmortem_teams').columns(['team', 'postmortem_id']).execute();
  await sql`alter table postmortems add column duration_minutes integer`.execute(db);
  await sql`alter table postmortems add column open_action_items integer not null default 0`.execute(db);
  await sql`update postmortems set summary = null`.execute(db);
  for (const [name, columns] of Object.entries(INDEXES)) await sql.raw(`create index ${name} on postmortems (${columns})`).execute(db);
}
