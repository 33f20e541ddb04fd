/** How the approvals of a postmortem are shown over HTTP. */
import { z } from 'zod';

/** The approvals of a postmortem, how many it needs to become final and how many still hold. */
export const approvalsViewSchema = z
  .object({
    required: z.number().int().describe('Current approvals needed to become final (DEBRIEF_REQUIRED_APPROVALS, default 1).'),
    current: z.number().int().describe('Approvals that still hold: nothing edited and no reopening since.'),
    items: z.array(
      z.object({
        by: z.object({ userId: z.string(), email: z.string() }),
        at: z.string(),
        version: z.number().int().describe('The version approved.'),
        stale: z.enum(['edited', 'reopened']).nullable().describe('Why it no longer holds: edited or reopened since; null while it holds.'),
      }),
    ),
    cannotApprove: z.string().nullable().describe('Null when the signed-in user may approve it as it is now; else why not (not in review, their own postmortem, a viewer).'),
  })
  .meta({ id: 'Approvals' });
