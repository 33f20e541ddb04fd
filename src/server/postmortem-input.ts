/** What clients send to create or replace a postmortem: a partial document, its members, and read-only fields. */
import { z } from 'zod';
import { partialPostmortemSchema } from '../core/complete-postmortem.js';

/**
 * The body of POST and PUT, and what a PATCH must produce: any part of the document (the rest is defaulted),
 * `members` (who may see it when restricted), and the read-only fields of a GET answer, accepted and ignored
 * so that what GET answers can be sent back as it is. Unknown fields are refused.
 */
export const postmortemInputSchema = partialPostmortemSchema
  .extend({
    members: z.array(z.string().min(1).max(320)).optional().describe('E-mail addresses of who may see it when restricted.'),
    version: z.number().optional().describe('Read-only: ignored (send the version in If-Match).'),
    derived: z.unknown().optional().describe('Read-only: ignored.'),
    createdAt: z.string().optional().describe('Read-only: ignored.'),
    updatedAt: z.string().optional().describe('Read-only: ignored.'),
  })
  .meta({ id: 'PostmortemFields' });

/** A postmortem input value. */
export type PostmortemInput = z.infer<typeof postmortemInputSchema>;
