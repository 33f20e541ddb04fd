/**
 * Web sessions: a random id (kept in the cookie, stored hashed), a CSRF token, an absolute end and an idle timeout
 * (a session unused for longer ends). Only accounts that are not disabled have sessions.
 */
import { InputError } from '../core/errors.js';
import type { StoreContext } from './store-context.js';
import { isoAt } from './clock.js';
import type { Connection } from './dialect/dialect.js';
import { newSecret, sha256Hex } from './secrets.js';
import type { Session, SessionPolicy, User } from './store.types.js';
import { USER_COLUMNS, userOf } from './users.js';

/** A session's last use is written again only when older than this: not one write per request. */
const TOUCH_AFTER_MS = 60_000;

function checkedSeconds(value: number, what: string): number {
  if (!Number.isInteger(value) || value <= 0) throw new InputError(`session ${what} must be a positive whole number of seconds, not ${value}`);
  return value;
}

/** Starts a session for a user, ending at most `policy.maxSeconds` from now; clears ended sessions on the way. */
export async function createSession({ db, dialect }: Connection, context: StoreContext, userId: string, policy: SessionPolicy): Promise<Session> {
  const maxMs = checkedSeconds(policy.maxSeconds, 'lifetime') * 1000;
  const idleMs = checkedSeconds(policy.idleSeconds, 'idle timeout') * 1000;
  const now = context.clock();
  const session: Session = { id: newSecret(), userId, csrfToken: newSecret(), expiresAt: isoAt(now + maxMs) };
  await dialect.writeTransaction(db, async (trx) => {
    await trx
      .deleteFrom('sessions')
      .where((eb) => eb.or([eb('expires_at', '<=', isoAt(now)), eb('last_seen_at', '<=', isoAt(now - idleMs))]))
      .execute();
    await trx
      .insertInto('sessions')
      .values({ id_hash: sha256Hex(session.id), user_id: userId, csrf_token: session.csrfToken, created_at: isoAt(now), expires_at: session.expiresAt, last_seen_at: isoAt(now) })
      .execute();
  });
  return session;
}

/**
 * The session and its user, or null when the id is unknown, the session has ended (its lifetime, or idle for longer
 * than `policy.idleSeconds`) or the account is disabled. Using it keeps it alive (its last use is recorded).
 */
export async function getSession({ db }: Connection, context: StoreContext, id: string, policy: SessionPolicy): Promise<{ session: Session; user: User } | null> {
  const now = context.clock();
  const idHash = sha256Hex(id);
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select([...USER_COLUMNS, 'sessions.csrf_token', 'sessions.expires_at', 'sessions.last_seen_at'])
    .where('sessions.id_hash', '=', idHash)
    .where('sessions.expires_at', '>', isoAt(now))
    .where('sessions.last_seen_at', '>', isoAt(now - checkedSeconds(policy.idleSeconds, 'idle timeout') * 1000))
    .where('users.disabled_at', 'is', null)
    .executeTakeFirst();
  if (row === undefined) return null;
  if (Date.parse(row.last_seen_at) <= now - TOUCH_AFTER_MS) {
    await db.updateTable('sessions').set({ last_seen_at: isoAt(now) }).where('id_hash', '=', idHash).execute();
  }
  return { session: { id, userId: row.id, csrfToken: row.csrf_token, expiresAt: row.expires_at }, user: userOf(row) };
}

/** Ends a session (nothing happens for an unknown id). */
export async function deleteSession({ db }: Connection, id: string): Promise<void> {
  await db.deleteFrom('sessions').where('id_hash', '=', sha256Hex(id)).execute();
}
