/**
 * 0010: approvals, a reviewer's sign-off on one version of a postmortem: who (a user), when, which version, and a
 * key of the content approved (so an edit after it marks it stale). One per reviewer and postmortem. Frozen in
 * time: it imports nothing from the app.
 */
import { sql, type Kysely, type RawBuilder } from 'kysely';

type Engine = 'sqlite' | 'postgres';

/** Creates the table. */
export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  const text: RawBuilder<unknown> = engine === 'postgres' ? sql`text collate "C"` : sql`text`;
  await db.schema
    .createTable('approvals')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('postmortem_id', text, (c) => c.notNull().references('postmortems.id').onDelete('cascade'))
    .addColumn('user_id', text, (c) => c.notNull())
    .addColumn('user_email', text, (c) => c.notNull())
    .addColumn('at', text, (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('content_key', text, (c) => c.notNull())
    .addUniqueConstraint('approvals_reviewer', ['postmortem_id', 'user_id'])
    .execute();
}
