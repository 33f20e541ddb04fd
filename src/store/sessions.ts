/** Web sessions: a random id (kept in the cookie, stored hashed), a CSRF token and an expiry. */
import { InputError } from '../core/errors.js';
import type { Connection } from './dialect/dialect.js';
import { nowIso } from './now.js';
import { newSecret, sha256Hex } from './secrets.js';
import type { Session, User } from './store.types.js';
import { USER_COLUMNS, userOf } from './users.js';

/** Starts a session for a user for `ttlSeconds`, clearing expired sessions on the way. */
export async function createSession({ db, dialect }: Connection, userId: string, ttlSeconds: number): Promise<Session> {
  if (!Number.isInteger(ttlSeconds) || ttlSeconds <= 0) throw new InputError(`session lifetime must be a positive whole number of seconds, not ${ttlSeconds}`);
  const now = nowIso();
  const session: Session = { id: newSecret(), userId, csrfToken: newSecret(), expiresAt: new Date(Date.now() + ttlSeconds * 1000).toISOString() };
  await dialect.writeTransaction(db, async (trx) => {
    await trx.deleteFrom('sessions').where('expires_at', '<=', now).execute();
    await trx
      .insertInto('sessions')
      .values({ id_hash: sha256Hex(session.id), user_id: userId, csrf_token: session.csrfToken, created_at: now, expires_at: session.expiresAt })
      .execute();
  });
  return session;
}

/** The session and its user, or null when the id is unknown or the session has expired. */
export async function getSession({ db }: Connection, id: string): Promise<{ session: Session; user: User } | null> {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select([...USER_COLUMNS, 'sessions.csrf_token', 'sessions.expires_at'])
    .where('sessions.id_hash', '=', sha256Hex(id))
    .where('sessions.expires_at', '>', nowIso())
    .executeTakeFirst();
  if (row === undefined) return null;
  return { session: { id, userId: row.id, csrfToken: row.csrf_token, expiresAt: row.expires_at }, user: userOf(row) };
}

/** Ends a session (nothing happens for an unknown id). */
export async function deleteSession({ db }: Connection, id: string): Promise<void> {
  await db.deleteFrom('sessions').where('id_hash', '=', sha256Hex(id)).execute();
}
