/**
 * 0019: the public version of a postmortem, for customers and the status page: a redacted, reviewed Markdown text of
 * its own, with a slug it is served under, and what of it is published (a copy, so that later edits stay private
 * until published again); and every save, publish and unpublish kept as a revision. Frozen in time: it imports
 * nothing from the app.
 */
import { sql, type Kysely, type RawBuilder } from 'kysely';

type Engine = 'sqlite' | 'postgres';

/** Creates the two tables. */
export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  const text: RawBuilder<unknown> = engine === 'postgres' ? sql`text collate "C"` : sql`text`;
  await db.schema
    .createTable('public_versions')
    .addColumn('postmortem_id', text, (c) => c.primaryKey().references('postmortems.id').onDelete('cascade'))
    .addColumn('slug', text, (c) => c.notNull().unique())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('title', text, (c) => c.notNull())
    .addColumn('text', text, (c) => c.notNull())
    .addColumn('redactions', text, (c) => c.notNull())
    .addColumn('created_at', text, (c) => c.notNull())
    .addColumn('updated_at', text, (c) => c.notNull())
    .addColumn('updated_by', text, (c) => c.notNull())
    .addColumn('published_version', 'integer')
    .addColumn('published_title', text)
    .addColumn('published_text', text)
    .addColumn('published_at', text)
    .addColumn('first_published_at', text)
    .execute();
  await db.schema.createIndex('public_versions_published_at').on('public_versions').column('published_at').execute();
  await db.schema
    .createTable('public_revisions')
    .addColumn('postmortem_id', text, (c) => c.notNull().references('postmortems.id').onDelete('cascade'))
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('at', text, (c) => c.notNull())
    .addColumn('user_id', text, (c) => c.notNull())
    .addColumn('user_email', text, (c) => c.notNull())
    .addColumn('action', text, (c) => c.notNull())
    .addColumn('slug', text, (c) => c.notNull())
    .addColumn('title', text, (c) => c.notNull())
    .addColumn('text', text, (c) => c.notNull())
    .addColumn('redactions', text, (c) => c.notNull())
    .addPrimaryKeyConstraint('public_revisions_key', ['postmortem_id', 'number'])
    .execute();
}
