/** How the revision history of a postmortem is shown over HTTP. */
import { z } from 'zod';
import { showPostmortem, shownPostmortemSchema } from '../../core/shown-postmortem.js';
import type { Revision, RevisionInfo } from '../../store/store.types.js';

/** One recorded change: its number (= the version it produced), when, by whom, which fields, and why. */
export const revisionInfoSchema = z
  .object({
    number: z.number().int(),
    at: z.string(),
    by: z.object({ userId: z.string(), email: z.string() }),
    changed: z.array(z.string()),
    note: z.string(),
  })
  .meta({ id: 'RevisionInfo' });

/** A revision with the whole postmortem as it was then. */
export const revisionViewSchema = revisionInfoSchema.extend({ postmortem: shownPostmortemSchema }).meta({ id: 'Revision' });

/** The JSON of one revision's summary. */
export function revisionInfoView(info: RevisionInfo): z.infer<typeof revisionInfoSchema> {
  return { number: info.number, at: info.at, by: info.by, changed: info.changed, note: info.note };
}

/** The JSON of one revision read back in full. */
export function revisionView(revision: Revision): z.infer<typeof revisionViewSchema> {
  return { ...revisionInfoView(revision), postmortem: showPostmortem(revision.postmortem) };
}
