/** The Store: the store functions bound to one open database (the same functions on either engine). */
import { sql } from 'kysely';
import { listActionItems, setActionItemStatus } from './action-items.js';
import { addComment, listComments } from './comments.js';
import type { Connection } from './dialect/dialect.js';
import { dump } from './dump.js';
import { getPostmortem, getRevision, listPostmortems, listRevisions } from './postmortem-read.js';
import { createPostmortem, deletePostmortem, updatePostmortem } from './postmortem-write.js';
import { restore } from './restore.js';
import { createSession, deleteSession, getSession } from './sessions.js';
import type { Store } from './store.types.js';
import { createToken, revokeToken, userForToken } from './tokens.js';
import { countUsers, createUser, listUsers, setUserRole, verifyPassword } from './users.js';

/** A Store over an open, migrated database; `close()` closes the database (once, however often it is called). */
export function createStore(conn: Connection): Store {
  let closing: Promise<void> | undefined;
  return {
    dialect: conn.dialect.name,
    async ping() {
      try {
        await sql`select 1`.execute(conn.db);
        return true;
      } catch {
        return false;
      }
    },
    // Closing twice (a shutdown hook and an error path, say) closes once.
    close: () => (closing ??= conn.db.destroy()),
    createPostmortem: (actor, pm, members) => createPostmortem(conn, actor, pm, members),
    getPostmortem: (actor, id) => getPostmortem(conn, actor, id),
    listPostmortems: (actor, filter, page) => listPostmortems(conn, actor, filter, page),
    updatePostmortem: (actor, id, expectedVersion, next, options) => updatePostmortem(conn, actor, id, expectedVersion, next, options),
    deletePostmortem: (actor, id) => deletePostmortem(conn, actor, id),
    listRevisions: (actor, id) => listRevisions(conn, actor, id),
    getRevision: (actor, id, number) => getRevision(conn, actor, id, number),
    listActionItems: (actor, filter) => listActionItems(conn, actor, filter),
    setActionItemStatus: (actor, postmortemId, itemKey, status) => setActionItemStatus(conn, actor, postmortemId, itemKey, status),
    addComment: (actor, postmortemId, body) => addComment(conn, actor, postmortemId, body),
    listComments: (actor, postmortemId) => listComments(conn, actor, postmortemId),
    countUsers: () => countUsers(conn),
    createUser: (input) => createUser(conn, input),
    listUsers: () => listUsers(conn),
    setUserRole: (email, role) => setUserRole(conn, email, role),
    verifyPassword: (email, password) => verifyPassword(conn, email, password),
    createToken: (email, name) => createToken(conn, email, name),
    revokeToken: (email, name) => revokeToken(conn, email, name),
    userForToken: (token) => userForToken(conn, token),
    createSession: (userId, ttlSeconds) => createSession(conn, userId, ttlSeconds),
    getSession: (id) => getSession(conn, id),
    deleteSession: (id) => deleteSession(conn, id),
    dump: () => dump(conn),
    restore: (lines) => restore(conn, lines),
  };
}
