/**
 * 0017: sign-in with an OpenID Connect provider, and the instance's sign-in settings. Frozen in time: it imports
 * nothing from the app.
 * - oidc_identities: which account a provider's user (issuer and subject) signs in as; one per account and issuer;
 * - oidc_sign_ins: sign-ins under way (the hash of their state, their nonce and PKCE verifier), used once, short-lived;
 * - instance_settings: settings admins change at run time (`local_passwords`), one row per name, JSON values.
 */
import { sql, type Kysely, type RawBuilder } from 'kysely';

type Engine = 'sqlite' | 'postgres';

/** Creates the tables. */
export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  const text: RawBuilder<unknown> = engine === 'postgres' ? sql`text collate "C"` : sql`text`;
  await db.schema
    .createTable('oidc_identities')
    .addColumn('issuer', text, (c) => c.notNull())
    .addColumn('subject', text, (c) => c.notNull())
    .addColumn('user_id', text, (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_at', text, (c) => c.notNull())
    .addColumn('last_sign_in_at', text, (c) => c.notNull())
    .addPrimaryKeyConstraint('oidc_identities_pk', ['issuer', 'subject'])
    .addUniqueConstraint('oidc_identities_user_issuer', ['user_id', 'issuer'])
    .execute();
  await db.schema
    .createTable('oidc_sign_ins')
    .addColumn('state_hash', text, (c) => c.primaryKey())
    .addColumn('nonce', text, (c) => c.notNull())
    .addColumn('code_verifier', text, (c) => c.notNull())
    .addColumn('expires_at', text, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('oidc_sign_ins_expires_at').on('oidc_sign_ins').column('expires_at').execute();
  await db.schema
    .createTable('instance_settings')
    .addColumn('name', text, (c) => c.primaryKey())
    .addColumn('value', text, (c) => c.notNull())
    .addColumn('updated_at', text, (c) => c.notNull())
    .addColumn('updated_by', text, (c) => c.notNull())
    .execute();
}
