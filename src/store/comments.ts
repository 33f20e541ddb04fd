/**
 * Comments on postmortems, in threads: anyone who may see a postmortem may comment (viewers too), on the whole of
 * it, a section or an action item, or answer a thread; its author or an editor or admin resolves a thread.
 */
import { canWrite } from '../core/access.js';
import { parseAnchor } from '../core/comment-anchor.js';
import { ForbiddenError, NotFoundError } from '../core/errors.js';
import { mentionHandles } from '../core/mentions.js';
import type { Connection } from './dialect/dialect.js';
import { requireVisible } from './postmortem-read.js';
import { nowIso } from './now.js';
import { newId } from './secrets.js';
import type { Actor, Comment, NewComment } from './store.types.js';
import type { CommentTable } from './tables.js';
import { checkedText, fieldError } from './validate.js';

/** The longest comment accepted. */
const MAX_COMMENT_CHARS = 20_000;

/** A comment row as the domain sees it. */
function commentOf(row: CommentTable): Comment {
  return {
    id: row.id,
    postmortemId: row.postmortem_id,
    by: { userId: row.user_id, email: row.user_email },
    at: row.at,
    body: row.body,
    anchor: row.anchor,
    parentId: row.parent_id,
    resolved: row.resolved_at === null ? null : { at: row.resolved_at, by: row.resolved_by ?? '' },
    mentions: JSON.parse(row.mentions) as string[],
  };
}

/** The e-mails of the users a comment mentions; an InputError at `body` for a handle that is nobody's or several people's. */
async function mentionedEmails({ db }: Connection, body: string): Promise<string[]> {
  const handles = mentionHandles(body);
  if (handles.length === 0) return [];
  const emails = (await db.selectFrom('users').select('email').where('disabled_at', 'is', null).execute()).map((u) => u.email);
  return handles.map((handle) => {
    const wanted = handle.toLowerCase();
    const matches = wanted.includes('@') ? emails.filter((e) => e === wanted) : emails.filter((e) => e.slice(0, e.indexOf('@')) === wanted);
    if (matches.length === 1) return matches[0] as string;
    const problem = matches.length === 0 ? 'is no one who can sign in' : `could be ${matches.join(' or ')}`;
    throw fieldError('body', `@${handle} ${problem}: mention someone by their e-mail (@name@example.com) or the part of it before the @`);
  });
}

/** The first comment of a thread of the postmortem, for a reply; an InputError at `parentId` otherwise. */
async function threadStart({ db }: Connection, postmortemId: string, parentId: string): Promise<CommentTable> {
  const parent = await db.selectFrom('comments').selectAll().where('id', '=', parentId).where('postmortem_id', '=', postmortemId).executeTakeFirst();
  if (parent === undefined) throw fieldError('parentId', `no comment ${parentId} on this postmortem`);
  if (parent.parent_id !== null) throw fieldError('parentId', `${parentId} is a reply: answer the first comment of its thread (${parent.parent_id})`);
  return parent;
}

/** Adds a comment (trimmed, not empty) to a postmortem the actor may see: a new thread, or a reply that takes its thread's anchor. */
export async function addComment(conn: Connection, actor: Actor, postmortemId: string, input: NewComment): Promise<Comment> {
  const text = checkedText(input.body, 'body', MAX_COMMENT_CHARS);
  await requireVisible(conn.db, actor, postmortemId);
  let anchor = input.anchor ?? null;
  if (anchor !== null) {
    const parsed = parseAnchor(anchor);
    if (typeof parsed === 'string') throw fieldError('anchor', parsed);
  }
  const parentId = input.parentId ?? null;
  if (parentId !== null) anchor = (await threadStart(conn, postmortemId, parentId)).anchor;
  const row: CommentTable = {
    id: newId('c'),
    postmortem_id: postmortemId,
    user_id: actor.userId,
    user_email: actor.email.toLowerCase(),
    at: nowIso(),
    body: text,
    anchor,
    parent_id: parentId,
    resolved_at: null,
    resolved_by: null,
    mentions: JSON.stringify(await mentionedEmails(conn, text)),
  };
  await conn.db.insertInto('comments').values(row).execute();
  return commentOf(row);
}

/** Resolves a thread (or opens it again): by whoever started it, or an editor or admin. */
export async function setCommentResolved({ db }: Connection, actor: Actor, postmortemId: string, commentId: string, resolved: boolean): Promise<Comment> {
  await requireVisible(db, actor, postmortemId);
  const row = await db.selectFrom('comments').selectAll().where('id', '=', commentId).where('postmortem_id', '=', postmortemId).executeTakeFirst();
  if (row === undefined) throw new NotFoundError(`no comment ${commentId} on postmortem ${postmortemId}`);
  if (row.parent_id !== null) throw fieldError('resolved', `${commentId} is a reply: resolve its thread (${row.parent_id})`);
  if (!canWrite(actor.role) && row.user_id !== actor.userId) throw new ForbiddenError('Only whoever started this thread, an editor or an admin can resolve it.');
  const change = resolved ? { resolved_at: nowIso(), resolved_by: actor.email.toLowerCase() } : { resolved_at: null, resolved_by: null };
  await db.updateTable('comments').set(change).where('id', '=', commentId).execute();
  return commentOf({ ...row, ...change });
}

/** The comments of a postmortem the actor may see, oldest first (replies after the comments they answer). */
export async function listComments({ db }: Connection, actor: Actor, postmortemId: string): Promise<Comment[]> {
  await requireVisible(db, actor, postmortemId);
  const rows = await db.selectFrom('comments').selectAll().where('postmortem_id', '=', postmortemId).orderBy('at').orderBy('id').execute();
  return rows.map(commentOf);
}

/** How many comments one look for mentions reads at most (the oldest first; the rest wait for the next look). */
const MENTIONS_READ = 1000;

/** Comments written at or after `since` (ISO) that mention someone, oldest first: whom the scheduler tells of them. */
export async function listMentioningComments({ db }: Connection, since: string): Promise<Comment[]> {
  const rows = await db.selectFrom('comments').selectAll().where('at', '>=', since).where('mentions', '<>', '[]').orderBy('at').orderBy('id').limit(MENTIONS_READ).execute();
  return rows.map(commentOf);
}
