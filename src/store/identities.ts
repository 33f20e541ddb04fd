/**
 * Signing in with an OpenID Connect provider: the account a provider's user (issuer and subject) is, found by its
 * link, linked to an existing account by a verified e-mail, or created; the role mapped from the provider's groups
 * applied on every sign-in. Each change is written with its audit event, in one transaction.
 */
import type { Kysely } from 'kysely';
import type { Role } from '../core/access.js';
import type { AuditSource } from '../core/audit.js';
import { ConflictError } from '../core/errors.js';
import { recordAudit } from './audit.js';
import { isoAt } from './clock.js';
import type { Connection } from './dialect/dialect.js';
import { decoyHash } from './password.js';
import { newId } from './secrets.js';
import type { StoreContext } from './store-context.js';
import type { IdentityClaims, IdentitySignIn, User } from './store.types.js';
import type { Database } from './tables.js';
import { lockForAccountChange, USER_COLUMNS, userOf } from './users.js';

/** The longest name kept from the provider (the account's name limit). */
const MAX_NAME = 200;

/** The provider's name for the user, or the e-mail's local part. */
function nameOf(claims: IdentityClaims, email: string): string {
  const name = claims.name?.trim() ?? '';
  return (name === '' ? (email.split('@')[0] ?? email) : name).slice(0, MAX_NAME);
}

/**
 * Gives the user the role their groups map to (null: leave it). A change that would leave no admin who can sign in
 * is not made: the account keeps its role, and the audit log says why.
 */
async function applyRole(trx: Kysely<Database>, rowLocks: boolean, context: StoreContext, user: User, role: Role | null, by: AuditSource): Promise<User> {
  if (role === null || role === user.role) return user;
  try {
    await lockForAccountChange(trx, rowLocks, user.email, (u) => u.role === 'admin' && role !== 'admin');
  } catch (error) {
    if (!(error instanceof ConflictError)) throw error;
    await recordAudit(trx, context, { action: 'user.role_changed', outcome: 'failure', by, target: user.email, details: { from: user.role, to: role, method: 'oidc', reason: 'last_admin' } });
    return user;
  }
  await trx.updateTable('users').set({ role }).where('id', '=', user.id).execute();
  await recordAudit(trx, context, { action: 'user.role_changed', by, target: user.email, details: { from: user.role, to: role, method: 'oidc' } });
  return { ...user, role };
}

/** The account linked to the provider's user, or null. */
async function linkedUser(trx: Kysely<Database>, claims: IdentityClaims): Promise<User | null> {
  const row = await trx
    .selectFrom('oidc_identities')
    .innerJoin('users', 'users.id', 'oidc_identities.user_id')
    .select(USER_COLUMNS)
    .where('oidc_identities.issuer', '=', claims.issuer)
    .where('oidc_identities.subject', '=', claims.subject)
    .executeTakeFirst();
  return row === undefined ? null : userOf(row);
}

/**
 * The account a provider's user signs in as. Found by its link (issuer and subject); otherwise, only with an e-mail
 * the provider says is verified: linked to the account with that e-mail when it has no link to this provider yet, or
 * created with `claims.role ?? defaultRole`. Refused for a disabled account.
 */
export async function signInWithIdentity({ db, dialect }: Connection, context: StoreContext, claims: IdentityClaims, defaultRole: Role, by: AuditSource): Promise<IdentitySignIn> {
  try {
    return await dialect.writeTransaction(db, async (trx): Promise<IdentitySignIn> => {
      const now = isoAt(context.clock());
      const linked = await linkedUser(trx, claims);
      if (linked !== null) {
        if (linked.disabledAt !== null) return { ok: false, reason: 'disabled', email: linked.email };
        await trx.updateTable('oidc_identities').set({ last_sign_in_at: now }).where('issuer', '=', claims.issuer).where('subject', '=', claims.subject).execute();
        return { ok: true, user: await applyRole(trx, dialect.rowLocks, context, linked, claims.role, by), outcome: 'signed_in' };
      }
      const email = claims.email?.trim().toLowerCase() ?? '';
      if (email === '') return { ok: false, reason: 'email_missing', email: null };
      if (claims.emailVerified !== true) return { ok: false, reason: 'email_unverified', email };
      const identity = { issuer: claims.issuer, subject: claims.subject, created_at: now, last_sign_in_at: now };
      const row = await trx.selectFrom('users').select(USER_COLUMNS).where('email', '=', email).executeTakeFirst();
      if (row !== undefined) {
        const user = userOf(row);
        if (user.disabledAt !== null) return { ok: false, reason: 'disabled', email };
        const other = await trx.selectFrom('oidc_identities').select('subject').where('user_id', '=', user.id).where('issuer', '=', claims.issuer).executeTakeFirst();
        if (other !== undefined) return { ok: false, reason: 'linked_to_another', email };
        await trx.insertInto('oidc_identities').values({ ...identity, user_id: user.id }).execute();
        await recordAudit(trx, context, { action: 'user.identity_linked', by, target: email, details: { issuer: claims.issuer, subject: claims.subject } });
        return { ok: true, user: await applyRole(trx, dialect.rowLocks, context, user, claims.role, by), outcome: 'linked' };
      }
      const role = claims.role ?? defaultRole;
      const created = { id: newId('u'), email, name: nameOf(claims, email), role, created_at: now, disabled_at: null, password_changed_at: null };
      // A hash no password matches: the account signs in through the provider until an admin sets it a password.
      await trx.insertInto('users').values({ ...created, password_hash: decoyHash(context.passwordCost) }).execute();
      await trx.insertInto('oidc_identities').values({ ...identity, user_id: created.id }).execute();
      await recordAudit(trx, context, { action: 'user.created', by, target: email, details: { role, method: 'oidc', issuer: claims.issuer } });
      return { ok: true, user: userOf(created), outcome: 'created' };
    });
  } catch (error) {
    // The same user's first sign-in twice at once: the other one created the account.
    if (dialect.isUniqueViolation(error)) throw new ConflictError('another sign-in of this account was under way; sign in again', { email: claims.email });
    throw error;
  }
}

/** True when at least one enabled admin has signed in with an identity provider (and so can again without a password). */
export async function adminSignsInWithProvider({ db }: Connection): Promise<boolean> {
  const row = await db
    .selectFrom('oidc_identities')
    .innerJoin('users', 'users.id', 'oidc_identities.user_id')
    .select('users.id')
    .where('users.role', '=', 'admin')
    .where('users.disabled_at', 'is', null)
    .executeTakeFirst();
  return row !== undefined;
}
