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
    anchor: z.string().nullable().describe('What it is about: section:<name> (rootCause, impact, …) or action-item:<id or position>; null for the whole postmortem.'),
    parentId: z.string().nullable().describe('The first comment of the thread it answers; null when it starts one.'),
    resolved: z.object({ at: z.string(), by: z.string() }).nullable().describe('When the thread it starts was resolved, and by whom; null while open.'),
    mentions: z.array(z.string()).describe('The e-mails of the users it @mentions.'),
  })
  .meta({ id: 'Comment' });

/** The JSON of one comment. */
export function commentView(comment: Comment): z.infer<typeof commentViewSchema> {
  const { id, postmortemId, by, at, body, anchor, parentId, resolved, mentions } = comment;
  return { id, postmortemId, by, at, body, anchor, parentId, resolved, mentions };
}
