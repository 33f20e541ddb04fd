/**
 * 0016: integrations. What admins connect (per team or for the instance; `settings` JSON with nothing secret, `secret`
 * sealed with AES-256-GCM under DEBRIEF_SECRET_KEY, `secret_hint` its last characters), the log of deliveries their
 * hooks received (a verified delivery keyed by the vendor's id or its body's hash, unique per integration, so that a
 * replay changes nothing; a refused one without a key), and the links from a vendor's incident (PagerDuty incident,
 * Opsgenie alert, Alertmanager or Grafana group) to the Debrief incident it made. Frozen in time: it imports nothing
 * from the app.
 */
import { sql, type Kysely, type RawBuilder } from 'kysely';

type Engine = 'sqlite' | 'postgres';

/** Creates the tables. */
export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  const text: RawBuilder<unknown> = engine === 'postgres' ? sql`text collate "C"` : sql`text`;
  await db.schema
    .createTable('integrations')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('kind', text, (c) => c.notNull())
    .addColumn('scope', text, (c) => c.notNull())
    .addColumn('name', text, (c) => c.notNull())
    .addColumn('settings', text, (c) => c.notNull())
    .addColumn('secret', text)
    .addColumn('secret_hint', text)
    .addColumn('created_at', text, (c) => c.notNull())
    .addColumn('updated_at', text, (c) => c.notNull())
    .addColumn('created_by', text, (c) => c.notNull())
    .addUniqueConstraint('integrations_scope_name', ['scope', 'name'])
    .execute();
  await db.schema.createIndex('integrations_kind').on('integrations').columns(['kind', 'id']).execute();
  await db.schema
    .createTable('hook_deliveries')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('integration_id', text, (c) => c.notNull().references('integrations.id').onDelete('cascade'))
    .addColumn('delivery_key', text)
    .addColumn('received_at', text, (c) => c.notNull())
    .addColumn('outcome', text, (c) => c.notNull())
    .addColumn('status', 'integer', (c) => c.notNull())
    .addColumn('detail', text, (c) => c.notNull())
    .addColumn('incident_id', text)
    .addUniqueConstraint('hook_deliveries_key', ['integration_id', 'delivery_key'])
    .execute();
  await db.schema.createIndex('hook_deliveries_received').on('hook_deliveries').columns(['integration_id', 'received_at']).execute();
  await db.schema
    .createTable('alert_links')
    .addColumn('kind', text, (c) => c.notNull())
    .addColumn('external_key', text, (c) => c.notNull())
    .addColumn('incident_id', text, (c) => c.notNull())
    .addColumn('status', text, (c) => c.notNull())
    .addColumn('status_at', text, (c) => c.notNull())
    .addColumn('acknowledged_at', text)
    .addColumn('updated_at', text, (c) => c.notNull())
    .addPrimaryKeyConstraint('alert_links_pk', ['kind', 'external_key'])
    .execute();
  await db.schema.createIndex('alert_links_incident').on('alert_links').columns(['incident_id']).execute();
}
