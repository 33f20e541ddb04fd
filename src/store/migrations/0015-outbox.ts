/**
 * 0015: notifications. The channels admins configure (per team or for the instance; `config` is JSON with the
 * channel's secrets), the outbox every notification goes through (one row per message, its dedupe key unique, claimed
 * under a lease, retried until sent or given up) and the delivery log (one row per attempt). Outbox rows outlive
 * their channel, so that the log keeps its history. Frozen in time: it imports nothing from the app.
 */
import { sql, type Kysely, type RawBuilder } from 'kysely';

type Engine = 'sqlite' | 'postgres';

/** Creates the tables. */
export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  const text: RawBuilder<unknown> = engine === 'postgres' ? sql`text collate "C"` : sql`text`;
  await db.schema
    .createTable('channels')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('scope', text, (c) => c.notNull())
    .addColumn('name', text, (c) => c.notNull())
    .addColumn('kind', text, (c) => c.notNull())
    .addColumn('config', text, (c) => c.notNull())
    .addColumn('created_at', text, (c) => c.notNull())
    .addColumn('updated_at', text, (c) => c.notNull())
    .addColumn('created_by', text, (c) => c.notNull())
    .addUniqueConstraint('channels_scope_name', ['scope', 'name'])
    .execute();
  await db.schema
    .createTable('outbox')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('channel_id', text, (c) => c.notNull())
    .addColumn('dedupe_key', text, (c) => c.notNull().unique())
    .addColumn('message', text, (c) => c.notNull())
    .addColumn('state', text, (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .addColumn('next_attempt_at', text, (c) => c.notNull())
    .addColumn('last_error', text)
    .addColumn('created_at', text, (c) => c.notNull())
    .addColumn('sent_at', text)
    .addColumn('locked_until', text)
    .execute();
  await db.schema.createIndex('outbox_due').on('outbox').columns(['state', 'next_attempt_at']).execute();
  await db.schema.createIndex('outbox_channel').on('outbox').columns(['channel_id', 'state']).execute();
  await db.schema
    .createTable('deliveries')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('outbox_id', text, (c) => c.notNull().references('outbox.id').onDelete('cascade'))
    .addColumn('attempt', 'integer', (c) => c.notNull())
    .addColumn('at', text, (c) => c.notNull())
    .addColumn('outcome', text, (c) => c.notNull())
    .addColumn('status', 'integer')
    .addColumn('error', text)
    .addColumn('duration_ms', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('deliveries_at').on('deliveries').columns(['at', 'id']).execute();
  await db.schema.createIndex('deliveries_outbox').on('deliveries').columns(['outbox_id', 'at']).execute();
}
