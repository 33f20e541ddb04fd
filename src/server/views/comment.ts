/** How comments on a postmortem are shown over HTTP. */
import { z } from 'zod';
import type { Comment } from '../../store/store.types.js';

/** A comment. */
export const commentViewSchema = z
  .object({
    id: z.string(),
    postmortemId: z.string(),
    by: z.object({ userId: z.string(), email: z.string() }),
    at: z.string(),
    body: z.string(),
  })
  .meta({ id: 'Comment' });

/** The JSON of one comment. */
export function commentView(comment: Comment): z.infer<typeof commentViewSchema> {
  return { id: comment.id, postmortemId: comment.postmortemId, by: comment.by, at: comment.at, body: comment.body };
}
