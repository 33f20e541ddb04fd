/**
 * 0006: accounts that can be cut off, and the records security needs. Frozen in time: it imports nothing from the app.
 * - users: `disabled_at` (a disabled account cannot sign in; its sessions and tokens are gone) and `password_changed_at`;
 * - api_tokens: an expiry (tokens made before this migration expire 90 days after it), the role they are capped at
 *   (null: the user's own) and when they were last used;
 * - sessions: when they were last used, for the idle timeout;
 * - rate_counters: counts of sign-in attempts and API requests per key and time window, shared by every instance;
 * - audit_events: who did what to whose account or token, when and from where.
 */
import { sql, type Kysely, type RawBuilder } from 'kysely';

type Engine = 'sqlite' | 'postgres';

/** How long the tokens that existed before expiry did are kept valid. */
const EXISTING_TOKEN_DAYS = 90;

/** Adds the columns and tables. */
export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  const text: RawBuilder<unknown> = engine === 'postgres' ? sql`text collate "C"` : sql`text`;

  await db.schema.alterTable('users').addColumn('disabled_at', text).execute();
  await db.schema.alterTable('users').addColumn('password_changed_at', text).execute();

  await db.schema.alterTable('api_tokens').addColumn('expires_at', text).execute();
  await db.schema.alterTable('api_tokens').addColumn('role', text).execute();
  await db.schema.alterTable('api_tokens').addColumn('last_used_at', text).execute();
  const expiry = new Date(Date.now() + EXISTING_TOKEN_DAYS * 86_400_000).toISOString();
  await sql`update api_tokens set expires_at = ${expiry}`.execute(db);

  await db.schema.alterTable('sessions').addColumn('last_seen_at', text).execute();
  await sql`update sessions set last_seen_at = created_at`.execute(db);

  await db.schema
    .createTable('rate_counters')
    .addColumn('key', text, (c) => c.primaryKey())
    .addColumn('count', 'integer', (c) => c.notNull())
    .addColumn('expires_at', text, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('rate_counters_expires_at').on('rate_counters').column('expires_at').execute();

  await db.schema
    .createTable('audit_events')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('at', text, (c) => c.notNull())
    .addColumn('action', text, (c) => c.notNull())
    .addColumn('outcome', text, (c) => c.notNull().check(sql`outcome in ('success', 'failure')`))
    .addColumn('actor_id', text)
    .addColumn('actor_email', text)
    .addColumn('target', text)
    .addColumn('ip', text)
    .addColumn('details', text, (c) => c.notNull())
    .execute();
  // Newest first, and by action or by the account concerned.
  await db.schema.createIndex('audit_events_at').on('audit_events').columns(['at', 'id']).execute();
  await db.schema.createIndex('audit_events_action').on('audit_events').columns(['action', 'at']).execute();
}
