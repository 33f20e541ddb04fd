/**
 * 0012: a deleted postmortem is kept for 30 days, whole (its document, members, revisions, comments and approvals,
 * as the lines of a dump), so that an admin can restore it. Frozen in time: it imports nothing from the app.
 */
import { sql, type Kysely, type RawBuilder } from 'kysely';

type Engine = 'sqlite' | 'postgres';

/** Creates the table. */
export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  const text: RawBuilder<unknown> = engine === 'postgres' ? sql`text collate "C"` : sql`text`;
  await db.schema
    .createTable('deleted_postmortems')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('postmortem_id', text, (c) => c.notNull())
    .addColumn('title', text, (c) => c.notNull())
    .addColumn('deleted_at', text, (c) => c.notNull())
    .addColumn('deleted_by', text, (c) => c.notNull())
    .addColumn('bundle', text, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('deleted_postmortems_at').on('deleted_postmortems').columns(['deleted_at', 'id']).execute();
}
