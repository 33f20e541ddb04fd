/**
 * 0013: the practice loop's records. Incidents (which exist before their postmortem: the facts the policy reads,
 * what it decided, the postmortem that answers it, a waiver), every version of each incident, teams, and the
 * versions of the owed-postmortem policy. Frozen in time: it imports nothing from the app.
 */
import { sql, type Kysely, type RawBuilder } from 'kysely';

type Engine = 'sqlite' | 'postgres';

/** Creates the tables. */
export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  const text: RawBuilder<unknown> = engine === 'postgres' ? sql`text collate "C"` : sql`text`;
  await db.schema
    .createTable('incidents')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('number', 'integer', (c) => c.notNull().unique())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('title', text, (c) => c.notNull())
    .addColumn('severity', text)
    .addColumn('started_at', text)
    .addColumn('resolved_at', text)
    .addColumn('failure_mode', text)
    .addColumn('facts', text, (c) => c.notNull())
    .addColumn('owed', text, (c) => c.notNull())
    .addColumn('decision', text, (c) => c.notNull())
    .addColumn('policy_version', 'integer', (c) => c.notNull())
    .addColumn('postmortem_id', text)
    .addColumn('waiver', text)
    .addColumn('created_at', text, (c) => c.notNull())
    .addColumn('created_by', text, (c) => c.notNull())
    .addColumn('updated_at', text, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('incidents_started').on('incidents').columns(['started_at', 'id']).execute();
  await db.schema.createIndex('incidents_failure_mode').on('incidents').columns(['failure_mode', 'started_at']).execute();
  await db.schema.createIndex('incidents_postmortem').on('incidents').column('postmortem_id').execute();
  await db.schema
    .createTable('incident_revisions')
    .addColumn('incident_id', text, (c) => c.notNull().references('incidents.id').onDelete('cascade'))
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('at', text, (c) => c.notNull())
    .addColumn('by_email', text, (c) => c.notNull())
    .addColumn('note', text, (c) => c.notNull())
    .addColumn('record', text, (c) => c.notNull())
    .addPrimaryKeyConstraint('incident_revisions_pk', ['incident_id', 'number'])
    .execute();
  await db.schema
    .createTable('teams')
    .addColumn('key', text, (c) => c.primaryKey())
    .addColumn('name', text, (c) => c.notNull())
    .addColumn('lead', text)
    .addColumn('members', text, (c) => c.notNull())
    .addColumn('services', text, (c) => c.notNull())
    .addColumn('created_at', text, (c) => c.notNull())
    .addColumn('updated_at', text, (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('policies')
    .addColumn('version', 'integer', (c) => c.primaryKey())
    .addColumn('document', text, (c) => c.notNull())
    .addColumn('created_at', text, (c) => c.notNull())
    .addColumn('created_by', text, (c) => c.notNull())
    .execute();
}
