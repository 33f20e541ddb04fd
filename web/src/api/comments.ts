/** Comments over HTTP: the threads of a postmortem, a new comment or reply, resolving a thread. */
import type { Comment, NewComment } from '../../../src/store/store.types.js';
import { sendJson } from './http.js';

function pathOf(id: string, rest = ''): string {
  return `/api/v1/postmortems/${encodeURIComponent(id)}/comments${rest}`;
}

/** Every comment, oldest first. */
export async function listComments(id: string, signal?: AbortSignal): Promise<Comment[]> {
  return (await sendJson<{ items: Comment[] }>(pathOf(id), { signal })).items;
}

/** Adds a comment: a new thread (about `anchor`) or a reply (`parentId`). */
export function addComment(id: string, comment: NewComment): Promise<Comment> {
  return sendJson(pathOf(id), { method: 'POST', body: comment });
}

/** Resolves a thread, or opens it again. */
export function setResolved(id: string, commentId: string, resolved: boolean): Promise<Comment> {
  return sendJson(pathOf(id, `/${encodeURIComponent(commentId)}`), { method: 'PATCH', body: { resolved } });
}
