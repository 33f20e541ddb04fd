/**
 * 0018: tracker tickets, and the signing secret of a tracker's webhooks (an integration's second secret, sealed like
 * the first: a tracker's first secret is its API credential). Tracker tickets. One row per action item filed in a tracker (by its postmortem and its item key): the
 * integration, the ticket's key, URL and the id its API uses, the ticket's state as last read, and the change still to
 * be written to the tracker (`pending`: create, open or close, with the draft of a ticket to create) with its attempts,
 * when the next is due, the lease of the pass that took it and the last error. Frozen in time: it imports nothing
 * from the app.
 */
import { sql, type Kysely, type RawBuilder } from 'kysely';

type Engine = 'sqlite' | 'postgres';

/** Creates the table and the integrations' webhook-secret columns. */
export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  const text: RawBuilder<unknown> = engine === 'postgres' ? sql`text collate "C"` : sql`text`;
  await db.schema.alterTable('integrations').addColumn('webhook_secret', text).execute();
  await db.schema.alterTable('integrations').addColumn('webhook_secret_hint', text).execute();
  await db.schema
    .createTable('tracker_tickets')
    .addColumn('postmortem_id', text, (c) => c.notNull())
    .addColumn('item_key', text, (c) => c.notNull())
    .addColumn('integration_id', text, (c) => c.notNull())
    .addColumn('ticket_key', text)
    .addColumn('url', text)
    .addColumn('external_id', text)
    .addColumn('draft', text)
    .addColumn('pending', text)
    .addColumn('pending_since', text)
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', text)
    .addColumn('locked_until', text)
    .addColumn('last_error', text)
    .addColumn('remote_status', text)
    .addColumn('remote_open', 'integer')
    .addColumn('remote_updated_at', text)
    .addColumn('polled_at', text)
    .addColumn('filed_by', text, (c) => c.notNull())
    .addColumn('created_at', text, (c) => c.notNull())
    .addColumn('updated_at', text, (c) => c.notNull())
    .addPrimaryKeyConstraint('tracker_tickets_pk', ['postmortem_id', 'item_key'])
    .execute();
  await db.schema.createIndex('tracker_tickets_due').on('tracker_tickets').columns(['next_attempt_at']).execute();
  await db.schema.createIndex('tracker_tickets_external').on('tracker_tickets').columns(['integration_id', 'external_id']).execute();
}
