/** What `debrief show --format json` prints: the postmortem plus its derived metrics, and the schema of that. */
import { z } from 'zod';
import { deriveMetrics, type Derived, type DerivedTimes } from './derived.js';
import { keyTimesSchema, postmortemSchema, utcInstant, type Postmortem } from './postmortem.schema.js';

const minutes = () => z.number().nullable();

/** A key time taken from the timeline, and the event it was taken from. */
const derivedTimeSchema = z
  .strictObject({
    at: utcInstant,
    from: z
      .strictObject({
        index: z.number().int().min(0).describe('Position of the event in `timeline`, from 0.'),
        text: z.string().describe('The text of that event.'),
      })
      .describe('The timeline event the time was taken from.'),
  })
  .nullable();

/** Per key time: taken from the timeline (`{at, from}`), or null when the document gives it or no event fits. */
const derivedTimesSchema = z
  .strictObject(Object.fromEntries(Object.keys(keyTimesSchema.shape).map((key) => [key, derivedTimeSchema])) as Record<keyof DerivedTimes, typeof derivedTimeSchema>)
  .describe(
    'The key times the document leaves empty, as derived from the timeline: start from the event marking the start of impact ("OUTAGE BEGINS"), else the earliest event; the others from the first event of their kind. Null where `times` gives the value or no event fits.',
  );

/** Derived metrics: whole minutes, null when the times needed are missing; and the key times that were derived. */
export const derivedSchema = z.strictObject({
  durationMinutes: minutes(),
  timeToDetectMinutes: minutes(),
  timeToAcknowledgeMinutes: minutes(),
  timeToMitigateMinutes: minutes(),
  timeToResolveMinutes: minutes(),
  times: derivedTimesSchema,
} satisfies Record<keyof Derived, z.ZodType>);

/** The postmortem with a `derived` object, as `show --format json` prints it. */
export const shownPostmortemSchema = postmortemSchema.extend({ derived: derivedSchema });

/** A shown postmortem value. */
export type ShownPostmortem = z.infer<typeof shownPostmortemSchema>;

/** The postmortem with its derived metrics attached. */
export function showPostmortem(pm: Postmortem): ShownPostmortem {
  return { ...pm, derived: deriveMetrics(pm) };
}
