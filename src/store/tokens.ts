/**
 * API tokens: created for a user and shown once, stored only as a SHA-256 hash, each with an expiry and optionally
 * capped at a lesser role than its user's; listed without their secret; revoked by name or id. A token of a disabled
 * account, or past its expiry, authenticates nothing.
 */
import type { AuditSource } from '../core/audit.js';
import { ROLES, type Role } from '../core/access.js';
import { ConflictError, NotFoundError } from '../core/errors.js';
import type { StoreContext } from './store-context.js';
import { recordAudit } from './audit.js';
import { isoAt } from './clock.js';
import type { Connection } from './dialect/dialect.js';
import { newId, newToken, sha256Hex, TOKEN_PREFIX } from './secrets.js';
import type { TokenInfo, TokenRequest, User } from './store.types.js';
import type { ApiTokenTable } from './tables.js';
import { USER_COLUMNS, noSuchUser, userOf } from './users.js';
import { checkedRole, checkedText, fieldError, normalEmail } from './validate.js';

/** How long a token lasts when its creator does not say. */
export const DEFAULT_TOKEN_DAYS = 90;
/** The longest a token may last. */
export const MAX_TOKEN_DAYS = 365;

const DAY_MS = 86_400_000;

/** A token's last use is written again only when older than this: not one write per request. */
const TOUCH_AFTER_MS = 60_000;

/** The lesser of two roles. */
function lesserRole(a: Role, b: Role): Role {
  return ROLES.indexOf(a) <= ROLES.indexOf(b) ? a : b;
}

/** The number of days a token is asked to last, checked. */
function checkedDays(days: number | undefined): number {
  const value = days ?? DEFAULT_TOKEN_DAYS;
  if (!Number.isInteger(value) || value < 1 || value > MAX_TOKEN_DAYS) throw fieldError('expiresInDays', `must be a whole number of days from 1 to ${MAX_TOKEN_DAYS}`);
  return value;
}

/** A token row (with its user's e-mail) as the domain sees it, never with its hash. */
function tokenInfoOf(row: Omit<ApiTokenTable, 'token_hash'> & { email: string }): TokenInfo {
  return { id: row.id, name: row.name, email: row.email, role: row.role, createdAt: row.created_at, expiresAt: row.expires_at, lastUsedAt: row.last_used_at };
}

/** Creates a token named `name` for the user; the clear token is returned this once and never stored. */
export async function createToken(
  { db, dialect }: Connection,
  context: StoreContext,
  emailInput: string,
  request: TokenRequest,
  by: AuditSource,
): Promise<TokenInfo & { token: string }> {
  const email = normalEmail(emailInput);
  const name = checkedText(request.name, 'name', 100);
  const days = checkedDays(request.expiresInDays);
  const role = request.role === undefined ? null : checkedRole(request.role);
  const token = newToken();
  const now = context.clock();
  const row: ApiTokenTable = { id: newId('t'), user_id: '', name, token_hash: sha256Hex(token), created_at: isoAt(now), expires_at: isoAt(now + days * DAY_MS), role, last_used_at: null };
  try {
    await dialect.writeTransaction(db, async (trx) => {
      const user = await trx.selectFrom('users').select(['id', 'role', 'disabled_at']).where('email', '=', email).executeTakeFirst();
      if (user === undefined) throw noSuchUser(email);
      if (user.disabled_at !== null) throw new ConflictError(`${email} is disabled; enable the account before making it a token`, { email });
      if (role !== null && lesserRole(role, user.role) !== role) throw fieldError('role', `${email} is ${user.role === 'viewer' ? 'a' : 'an'} ${user.role}; a token cannot do more than its user`);
      row.user_id = user.id;
      await trx.insertInto('api_tokens').values(row).execute();
      await recordAudit(trx, context, { action: 'token.created', by, target: email, details: { name, expiresAt: row.expires_at, role } });
    });
  } catch (error) {
    if (dialect.isUniqueViolation(error)) throw new ConflictError(`${email} already has a token named "${name}"; revoke it or choose another name`, { email, name });
    throw error;
  }
  return { ...tokenInfoOf({ ...row, email }), token };
}

/** The tokens of one user (or of everyone), newest first, without their secret. */
export async function listTokens({ db }: Connection, emailInput?: string): Promise<TokenInfo[]> {
  const email = emailInput === undefined ? undefined : normalEmail(emailInput);
  const rows = await db
    .selectFrom('api_tokens')
    .innerJoin('users', 'users.id', 'api_tokens.user_id')
    .select(['api_tokens.id', 'api_tokens.user_id', 'api_tokens.name', 'api_tokens.created_at', 'api_tokens.expires_at', 'api_tokens.role', 'api_tokens.last_used_at', 'users.email'])
    .$if(email !== undefined, (q) => q.where('users.email', '=', email as string))
    .orderBy('api_tokens.created_at', 'desc')
    .orderBy('api_tokens.id')
    .execute();
  return rows.map(tokenInfoOf);
}

/**
 * Revokes one token, chosen by its user's e-mail and its name or by its id; NotFoundError when there is none. With
 * `ownerId`, only a token of that user (anyone else's is "not found" too).
 */
export async function revokeToken(
  { db, dialect }: Connection,
  context: StoreContext,
  which: { email: string; name: string } | { id: string; ownerId?: string },
  by: AuditSource,
): Promise<TokenInfo> {
  return dialect.writeTransaction(db, async (trx) => {
    let query = trx
      .selectFrom('api_tokens')
      .innerJoin('users', 'users.id', 'api_tokens.user_id')
      .select(['api_tokens.id', 'api_tokens.user_id', 'api_tokens.name', 'api_tokens.created_at', 'api_tokens.expires_at', 'api_tokens.role', 'api_tokens.last_used_at', 'users.email']);
    if ('name' in which) query = query.where('users.email', '=', normalEmail(which.email)).where('api_tokens.name', '=', which.name.trim());
    else query = query.where('api_tokens.id', '=', which.id).$if(which.ownerId !== undefined, (q) => q.where('api_tokens.user_id', '=', which.ownerId as string));
    const row = await query.executeTakeFirst();
    if (row === undefined) {
      throw 'name' in which
        ? new NotFoundError(`${normalEmail(which.email)} has no token named "${which.name.trim()}"`, { email: which.email, name: which.name })
        : new NotFoundError(`no token with id "${which.id}"`, { id: which.id });
    }
    await trx.deleteFrom('api_tokens').where('id', '=', row.id).execute();
    await recordAudit(trx, context, { action: 'token.revoked', by, target: row.email, details: { name: row.name } });
    return tokenInfoOf(row);
  });
}

/**
 * The user a token acts as — with the lesser of the token's role and the user's — or null for an unknown, revoked or
 * expired token or a disabled account. Records the token's use (at most once a minute).
 */
export async function userForToken({ db }: Connection, context: StoreContext, token: string): Promise<User | null> {
  if (!token.startsWith(TOKEN_PREFIX)) return null;
  const now = context.clock();
  const row = await db
    .selectFrom('api_tokens')
    .innerJoin('users', 'users.id', 'api_tokens.user_id')
    .select([...USER_COLUMNS, 'api_tokens.id as token_id', 'api_tokens.role as token_role', 'api_tokens.last_used_at'])
    .where('api_tokens.token_hash', '=', sha256Hex(token))
    .where('api_tokens.expires_at', '>', isoAt(now))
    .where('users.disabled_at', 'is', null)
    .executeTakeFirst();
  if (row === undefined) return null;
  if (row.last_used_at === null || Date.parse(row.last_used_at) <= now - TOUCH_AFTER_MS) {
    await db.updateTable('api_tokens').set({ last_used_at: isoAt(now) }).where('id', '=', row.token_id).execute();
  }
  const user = userOf(row);
  return row.token_role === null ? user : { ...user, role: lesserRole(row.token_role, user.role) };
}
