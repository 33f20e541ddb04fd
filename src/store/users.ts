/**
 * User accounts: creating them (password checked and hashed), listing, changing roles, disabling and enabling,
 * setting passwords, and checking them at sign-in. Every change is written with its audit event, in one transaction.
 */
import type { Kysely } from 'kysely';
import type { AuditSource } from '../core/audit.js';
import { ConflictError, NotFoundError } from '../core/errors.js';
import type { Role } from '../core/access.js';
import { recordAudit } from './audit.js';
import { isoAt } from './clock.js';
import { countRows } from './count-rows.js';
import type { Connection } from './dialect/dialect.js';
import { checkPasswordStrength } from './password-policy.js';
import { decoyHash, hashPassword, needsRehash, passwordMatches } from './password.js';
import type { StoreContext } from './store-context.js';
import { newId, sha256Hex } from './secrets.js';
import type { SignInCheck, User } from './store.types.js';
import type { Database, UserTable } from './tables.js';
import { checkedRole, checkedText, normalEmail } from './validate.js';

/** The columns of a user that may leave the store (never the password hash). */
export const USER_COLUMNS = ['users.id', 'users.email', 'users.name', 'users.role', 'users.created_at', 'users.disabled_at'] as const;

/** A users row (without its hash) as the domain sees it. */
export function userOf(row: Pick<UserTable, 'id' | 'email' | 'name' | 'role' | 'created_at' | 'disabled_at'>): User {
  return { id: row.id, email: row.email, name: row.name, role: row.role, createdAt: row.created_at, disabledAt: row.disabled_at };
}

/** NotFoundError for an e-mail without an account. */
export function noSuchUser(email: string): NotFoundError {
  return new NotFoundError(`no user with e-mail ${email}`, { email });
}

/** How many accounts exist (the server makes the first admin when there are none). */
export async function countUsers({ db }: Connection): Promise<number> {
  return countRows(db, 'users');
}

/** Creates an account; ConflictError when the e-mail is taken, InputError for a bad e-mail, role or password. */
export async function createUser(
  { db, dialect }: Connection,
  context: StoreContext,
  input: { email: string; name?: string; role: Role; password: string },
  by: AuditSource,
): Promise<User> {
  const email = normalEmail(input.email);
  const role = checkedRole(input.role);
  const name = input.name === undefined ? (email.split('@')[0] ?? email) : checkedText(input.name, 'name', 200);
  await checkPasswordStrength(input.password, [email, name]);
  const now = context.clock();
  const row: UserTable = {
    id: newId('u'),
    email,
    name,
    role,
    password_hash: await hashPassword(input.password, context.passwordCost),
    created_at: isoAt(now),
    disabled_at: null,
    password_changed_at: null,
  };
  try {
    await dialect.writeTransaction(db, async (trx) => {
      await trx.insertInto('users').values(row).execute();
      await recordAudit(trx, context, { action: 'user.created', by, target: email, details: { role } });
    });
  } catch (error) {
    if (dialect.isUniqueViolation(error)) throw new ConflictError(`a user with e-mail ${email} already exists`, { email });
    throw error;
  }
  return userOf(row);
}

/** Every account, by e-mail. */
export async function listUsers({ db }: Connection): Promise<User[]> {
  const rows = await db.selectFrom('users').select(USER_COLUMNS).orderBy('email').execute();
  return rows.map(userOf);
}

/**
 * Reads an account for a change that must leave at least one admin who can sign in: the enabled admins' rows are
 * locked first, in id order, then the user's, so that two such changes at once take their locks in the same order
 * (no deadlock) and cannot both see another admin left. ConflictError when `leavesAdmin` says the change would not.
 */
export async function lockForAccountChange(
  trx: Kysely<Database>,
  rowLocks: boolean,
  email: string,
  removesAdmin: (user: User) => boolean,
): Promise<User> {
  const admins = await trx.selectFrom('users').select('id').where('role', '=', 'admin').where('disabled_at', 'is', null).orderBy('id').$if(rowLocks, (q) => q.forUpdate()).execute();
  const row = await trx.selectFrom('users').select(USER_COLUMNS).where('email', '=', email).$if(rowLocks, (q) => q.forUpdate()).executeTakeFirst();
  if (row === undefined) throw noSuchUser(email);
  const user = userOf(row);
  if (removesAdmin(user) && admins.length <= 1 && admins[0]?.id === user.id) {
    throw new ConflictError(`${email} is the only admin who can sign in; make someone else admin first`, { email });
  }
  return user;
}

/** Changes a user's role; ConflictError when that would leave no admin who can sign in. */
export async function setUserRole({ db, dialect }: Connection, context: StoreContext, emailInput: string, roleInput: string, by: AuditSource): Promise<User> {
  const email = normalEmail(emailInput);
  const role = checkedRole(roleInput);
  return dialect.writeTransaction(db, async (trx) => {
    const user = await lockForAccountChange(trx, dialect.rowLocks, email, (u) => u.role === 'admin' && role !== 'admin');
    if (user.role === role) return user;
    await trx.updateTable('users').set({ role }).where('id', '=', user.id).execute();
    await recordAudit(trx, context, { action: 'user.role_changed', by, target: email, details: { from: user.role, to: role } });
    return { ...user, role };
  });
}

/**
 * Disables an account (it cannot sign in; its sessions end and its tokens are revoked, at once) or enables it again
 * (with no sessions or tokens: it signs in anew). ConflictError when disabling the last admin who can sign in.
 */
export async function setUserDisabled({ db, dialect }: Connection, context: StoreContext, emailInput: string, disabled: boolean, by: AuditSource): Promise<User> {
  const email = normalEmail(emailInput);
  return dialect.writeTransaction(db, async (trx) => {
    const user = await lockForAccountChange(trx, dialect.rowLocks, email, (u) => disabled && u.role === 'admin' && u.disabledAt === null);
    if ((user.disabledAt !== null) === disabled) return user;
    const now = context.clock();
    const disabledAt = disabled ? isoAt(now) : null;
    await trx.updateTable('users').set({ disabled_at: disabledAt }).where('id', '=', user.id).execute();
    const ended = disabled ? await endAccess(trx, user.id) : { sessions: 0, tokens: 0 };
    const details = disabled ? { sessionsEnded: ended.sessions, tokensRevoked: ended.tokens } : {};
    await recordAudit(trx, context, { action: disabled ? 'user.disabled' : 'user.enabled', by, target: email, details });
    return { ...user, disabledAt };
  });
}

/** Deletes every session and token of a user; how many of each. */
async function endAccess(trx: Kysely<Database>, userId: string): Promise<{ sessions: number; tokens: number }> {
  const sessions = await trx.deleteFrom('sessions').where('user_id', '=', userId).executeTakeFirst();
  const tokens = await trx.deleteFrom('api_tokens').where('user_id', '=', userId).executeTakeFirst();
  return { sessions: Number(sessions.numDeletedRows), tokens: Number(tokens.numDeletedRows) };
}

/**
 * Sets a user's password (checked for strength) and ends their sessions, but for `keepSession` (the id of the one
 * the user changed it from). Tokens stay: they are not derived from the password.
 */
export async function setPassword(
  { db, dialect }: Connection,
  context: StoreContext,
  emailInput: string,
  password: string,
  by: AuditSource,
  keepSession?: string,
): Promise<void> {
  const email = normalEmail(emailInput);
  const user = await db.selectFrom('users').select(['id', 'name']).where('email', '=', email).executeTakeFirst();
  if (user === undefined) throw noSuchUser(email);
  await checkPasswordStrength(password, [email, user.name]);
  const hash = await hashPassword(password, context.passwordCost);
  await dialect.writeTransaction(db, async (trx) => {
    const now = context.clock();
    await trx.updateTable('users').set({ password_hash: hash, password_changed_at: isoAt(now) }).where('id', '=', user.id).execute();
    const ended = await trx
      .deleteFrom('sessions')
      .where('user_id', '=', user.id)
      .$if(keepSession !== undefined, (q) => q.where('id_hash', '!=', sha256Hex(keepSession as string)))
      .executeTakeFirst();
    const self = by.userId === user.id;
    await recordAudit(trx, context, { action: 'user.password_changed', by, target: email, details: { self, sessionsEnded: Number(ended.numDeletedRows) } });
  });
}

/**
 * Checks a sign-in. An unknown e-mail or a disabled account costs the same hashing work as a wrong password; a hash
 * made at a lower cost than today's is replaced by one at today's cost once the password is known to be right.
 */
export async function verifyPassword({ db }: Connection, context: StoreContext, emailInput: string, password: string): Promise<SignInCheck> {
  const email = emailInput.trim().toLowerCase();
  const row = await db.selectFrom('users').select([...USER_COLUMNS, 'users.password_hash']).where('email', '=', email).executeTakeFirst();
  const matches = await passwordMatches(password, row?.password_hash ?? decoyHash(context.passwordCost));
  if (row === undefined) return { ok: false, reason: 'unknown_email' };
  if (!matches) return { ok: false, reason: 'wrong_password', user: userOf(row) };
  if (row.disabled_at !== null) return { ok: false, reason: 'disabled', user: userOf(row) };
  if (needsRehash(row.password_hash, context.passwordCost)) {
    const hash = await hashPassword(password, context.passwordCost);
    // Only if the hash is still the one checked: a password set meanwhile wins.
    await db.updateTable('users').set({ password_hash: hash }).where('id', '=', row.id).where('password_hash', '=', row.password_hash).execute();
  }
  return { ok: true, user: userOf(row) };
}
