/** The Store: the store functions bound to one open database (the same functions on either engine). */
import { sql } from 'kysely';
import { listActionItems, setActionItemStatus } from './action-items.js';
import { addComment, listComments } from './comments.js';
import { closeConnection, type Connection } from './dialect/dialect.js';
import { dump } from './dump.js';
import { createDocumentCache } from './document-cache.js';
import { createListCache } from './list-cache.js';
import { listPostmortems } from './postmortem-list.js';
import { getPostmortem, getPostmortemText, getRevision, listRevisions } from './postmortem-read.js';
import { createPostmortem, deletePostmortem, updatePostmortem } from './postmortem-write.js';
import { restore } from './restore.js';
import { createSession, deleteSession, getSession } from './sessions.js';
import type { Store } from './store.types.js';
import { createTokenCache } from './token-cache.js';
import { createToken, revokeToken, userForToken } from './tokens.js';
import { countUsers, createUser, listUsers, setUserRole, verifyPassword } from './users.js';

/** A Store over an open, migrated database; `close()` closes the database (once, however often it is called). */
export function createStore(conn: Connection): Store {
  let closing: Promise<void> | undefined;
  const tokens = createTokenCache();
  const lists = createListCache(() => conn.dialect.externalChanges());
  const documents = createDocumentCache(() => conn.dialect.externalChanges());
  const clearCaches = () => {
    lists.clear();
    documents.clear();
  };
  /** Runs a write with the read caches emptied before and after it (what is read while it runs is not kept). */
  const writing = async <T>(work: () => Promise<T>): Promise<T> => {
    clearCaches();
    try {
      return await work();
    } finally {
      clearCaches();
    }
  };
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
    close: () => (closing ??= closeConnection(conn)),
    createPostmortem: (actor, pm, members) => writing(() => createPostmortem(conn, actor, pm, members)),
    getPostmortem: (actor, id) => getPostmortem(conn, actor, id),
    getPostmortemText: (actor, id) => documents.lookup(actor, id, () => getPostmortemText(conn, actor, id)),
    listPostmortems: (actor, filter, page) => lists.lookup(actor, filter, page, () => listPostmortems(conn, actor, filter, page)),
    updatePostmortem: (actor, id, expectedVersion, next, options) => writing(() => updatePostmortem(conn, actor, id, expectedVersion, next, options)),
    deletePostmortem: (actor, id) => writing(() => deletePostmortem(conn, actor, id)),
    listRevisions: (actor, id) => listRevisions(conn, actor, id),
    getRevision: (actor, id, number) => getRevision(conn, actor, id, number),
    listActionItems: (actor, filter, page) => listActionItems(conn, actor, filter, page),
    setActionItemStatus: (actor, postmortemId, itemKey, status) => writing(() => setActionItemStatus(conn, actor, postmortemId, itemKey, status)),
    addComment: (actor, postmortemId, body) => addComment(conn, actor, postmortemId, body),
    listComments: (actor, postmortemId) => listComments(conn, actor, postmortemId),
    countUsers: () => countUsers(conn),
    createUser: (input) => createUser(conn, input),
    listUsers: () => listUsers(conn),
    async setUserRole(email, role) {
      tokens.clear();
      try {
        return await setUserRole(conn, email, role);
      } finally {
        tokens.clear();
      }
    },
    verifyPassword: (email, password) => verifyPassword(conn, email, password),
    createToken: (email, name) => createToken(conn, email, name),
    async revokeToken(email, name) {
      tokens.clear();
      try {
        await revokeToken(conn, email, name);
      } finally {
        tokens.clear();
      }
    },
    userForToken: (token) => tokens.lookup(token, (t) => userForToken(conn, t)),
    createSession: (userId, ttlSeconds) => createSession(conn, userId, ttlSeconds),
    getSession: (id) => getSession(conn, id),
    deleteSession: (id) => deleteSession(conn, id),
    dump: () => dump(conn),
    restore: (lines) => writing(() => restore(conn, lines)),
  };
}
