/**
 * Settings admins change while the server runs, kept in the database so that every instance reads the same: today,
 * whether local passwords may sign in. Each change is written with its audit event, in one transaction.
 */
import type { AuditSource } from '../core/audit.js';
import { ConflictError } from '../core/errors.js';
import { recordAudit } from './audit.js';
import { isoAt } from './clock.js';
import type { Connection } from './dialect/dialect.js';
import { adminSignsInWithProvider } from './identities.js';
import type { StoreContext } from './store-context.js';
import type { SignInSettings } from './store.types.js';

const LOCAL_PASSWORDS = 'local_passwords';

/** The sign-in settings: local passwords are on until an admin turns them off. */
export async function getSignInSettings({ db }: Connection): Promise<SignInSettings> {
  const row = await db.selectFrom('instance_settings').select('value').where('name', '=', LOCAL_PASSWORDS).executeTakeFirst();
  return { localPasswords: row === undefined ? true : (JSON.parse(row.value) as boolean) };
}

/**
 * Turns local passwords on or off. Off only while an enabled admin has signed in through the identity provider
 * (ConflictError otherwise): whoever turns them off must not lock every admin out.
 */
export async function setSignInSettings({ db, dialect }: Connection, context: StoreContext, settings: SignInSettings, by: AuditSource): Promise<SignInSettings> {
  await dialect.writeTransaction(db, async (trx) => {
    if (!settings.localPasswords && !(await adminSignsInWithProvider({ db: trx, dialect }))) {
      throw new ConflictError('no enabled admin has signed in with the identity provider yet, so turning local passwords off would lock every admin out; sign in with the provider as an admin first');
    }
    const before = await getSignInSettings({ db: trx, dialect });
    const row = { name: LOCAL_PASSWORDS, value: JSON.stringify(settings.localPasswords), updated_at: isoAt(context.clock()), updated_by: by.email ?? by.via };
    await trx.insertInto('instance_settings').values(row).onConflict((oc) => oc.column('name').doUpdateSet({ value: row.value, updated_at: row.updated_at, updated_by: row.updated_by })).execute();
    if (before.localPasswords !== settings.localPasswords) {
      await recordAudit(trx, context, { action: 'settings.changed', by, target: LOCAL_PASSWORDS, details: { from: before.localPasswords, to: settings.localPasswords } });
    }
  });
  return settings;
}
