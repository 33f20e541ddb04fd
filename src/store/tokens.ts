/** API tokens: created for a user and shown once, stored only as a SHA-256 hash, revoked by name. */
import { ConflictError, NotFoundError } from '../core/errors.js';
import type { Connection } from './dialect/dialect.js';
import { nowIso } from './now.js';
import { newId, newToken, sha256Hex, TOKEN_PREFIX } from './secrets.js';
import type { User } from './store.types.js';
import { USER_COLUMNS, noSuchUser, userOf } from './users.js';
import { checkedText, normalEmail } from './validate.js';

/** Creates a token named `name` for the user; the clear token is returned this once and never stored. */
export async function createToken({ db, dialect }: Connection, emailInput: string, nameInput: string): Promise<{ id: string; name: string; token: string }> {
  const email = normalEmail(emailInput);
  const name = checkedText(nameInput, 'name', 100);
  const user = await db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst();
  if (user === undefined) throw noSuchUser(email);
  const token = newToken();
  const id = newId('t');
  try {
    await db.insertInto('api_tokens').values({ id, user_id: user.id, name, token_hash: sha256Hex(token), created_at: nowIso() }).execute();
  } catch (error) {
    if (dialect.isUniqueViolation(error)) throw new ConflictError(`${email} already has a token named "${name}"; revoke it or choose another name`, { email, name });
    throw error;
  }
  return { id, name, token };
}

/** Revokes the user's token of that name; NotFoundError when there is none. */
export async function revokeToken({ db }: Connection, emailInput: string, name: string): Promise<void> {
  const email = normalEmail(emailInput);
  const { numDeletedRows } = await db
    .deleteFrom('api_tokens')
    .where('name', '=', name.trim())
    .where('user_id', '=', (eb) => eb.selectFrom('users').select('id').where('email', '=', email))
    .executeTakeFirst();
  if (numDeletedRows === 0n) throw new NotFoundError(`${email} has no token named "${name.trim()}"`, { email, name });
}

/** The user a token belongs to, or null for an unknown or revoked token. */
export async function userForToken({ db }: Connection, token: string): Promise<User | null> {
  if (!token.startsWith(TOKEN_PREFIX)) return null;
  const row = await db
    .selectFrom('api_tokens')
    .innerJoin('users', 'users.id', 'api_tokens.user_id')
    .select(USER_COLUMNS)
    .where('api_tokens.token_hash', '=', sha256Hex(token))
    .executeTakeFirst();
  return row === undefined ? null : userOf(row);
}
