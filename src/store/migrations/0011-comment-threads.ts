/**
 * 0011: comments become review threads: anchored to a part of the postmortem (a section, an action item), replies
 * to a first comment, resolved by someone, and the users they mention. Frozen in time: it imports nothing from the
 * app.
 */
import { sql, type Kysely, type RawBuilder } from 'kysely';

type Engine = 'sqlite' | 'postgres';

/** Adds the columns; existing comments stay general, unresolved and mention nobody. */
export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  const text: RawBuilder<unknown> = engine === 'postgres' ? sql`text collate "C"` : sql`text`;
  await db.schema.alterTable('comments').addColumn('anchor', text).execute();
  await db.schema.alterTable('comments').addColumn('parent_id', text).execute();
  await db.schema.alterTable('comments').addColumn('resolved_at', text).execute();
  await db.schema.alterTable('comments').addColumn('resolved_by', text).execute();
  await db.schema.alterTable('comments').addColumn('mentions', text, (c) => c.notNull().defaultTo('[]')).execute();
}
