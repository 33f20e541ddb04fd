/** Comments on postmortems: written by those who may write, read by those who may see the postmortem. */
import type { Connection } from './dialect/dialect.js';
import { requireVisible } from './postmortem-read.js';
import { nowIso } from './now.js';
import { newId } from './secrets.js';
import type { Actor, Comment } from './store.types.js';
import type { CommentTable } from './tables.js';
import { checkedText } from './validate.js';
import { requireWrite } from './visibility.js';

/** The longest comment accepted. */
const MAX_COMMENT_CHARS = 20_000;

/** A comment row as the domain sees it. */
function commentOf(row: CommentTable): Comment {
  return { id: row.id, postmortemId: row.postmortem_id, by: { userId: row.user_id, email: row.user_email }, at: row.at, body: row.body };
}

/** Adds a comment (trimmed, not empty) to a postmortem the actor may see. */
export async function addComment({ db }: Connection, actor: Actor, postmortemId: string, body: string): Promise<Comment> {
  requireWrite(actor);
  const text = checkedText(body, 'body', MAX_COMMENT_CHARS);
  await requireVisible(db, actor, postmortemId);
  const row: CommentTable = { id: newId('c'), postmortem_id: postmortemId, user_id: actor.userId, user_email: actor.email.toLowerCase(), at: nowIso(), body: text };
  await db.insertInto('comments').values(row).execute();
  return commentOf(row);
}

/** The comments of a postmortem the actor may see, oldest first. */
export async function listComments({ db }: Connection, actor: Actor, postmortemId: string): Promise<Comment[]> {
  await requireVisible(db, actor, postmortemId);
  const rows = await db.selectFrom('comments').selectAll().where('postmortem_id', '=', postmortemId).orderBy('at').orderBy('id').execute();
  return rows.map(commentOf);
}
