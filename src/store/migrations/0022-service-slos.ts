/**
 * 0022: service level objectives, one per service (its key the lower-case name), for the impact arithmetic of
 * postmortems: a target in percent and a window in days. Frozen in time: it imports nothing from the app.
 */
import { sql, type Kysely, type RawBuilder } from 'kysely';

type Engine = 'sqlite' | 'postgres';

/** Creates the table. */
export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  const text: RawBuilder<unknown> = engine === 'postgres' ? sql`text collate "C"` : sql`text`;
  await db.schema
    .createTable('service_slos')
    .addColumn('key', text, (c) => c.primaryKey())
    .addColumn('service', text, (c) => c.notNull())
    .addColumn('target_percent', 'double precision', (c) => c.notNull())
    .addColumn('window_days', 'integer', (c) => c.notNull())
    .addColumn('created_at', text, (c) => c.notNull())
    .addColumn('updated_at', text, (c) => c.notNull())
    .execute();
}
