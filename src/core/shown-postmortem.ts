/** What `debrief show --format json` prints: the postmortem plus its derived metrics, and the schema of that. */
import { z } from 'zod';
import { deriveMetrics, type Derived } from './derived.js';
import { postmortemSchema, type Postmortem } from './postmortem.schema.js';

const minutes = () => z.number().nullable();

/** Derived metrics: whole minutes, null when the times needed are missing. */
export const derivedSchema = z.strictObject({
  durationMinutes: minutes(),
  timeToDetectMinutes: minutes(),
  timeToAcknowledgeMinutes: minutes(),
  timeToMitigateMinutes: minutes(),
  timeToResolveMinutes: minutes(),
} satisfies Record<keyof Derived, z.ZodNullable<z.ZodNumber>>);

/** The postmortem with a `derived` object, as `show --format json` prints it. */
export const shownPostmortemSchema = postmortemSchema.extend({ derived: derivedSchema });

/** A shown postmortem value. */
export type ShownPostmortem = z.infer<typeof shownPostmortemSchema>;

/** The postmortem with its derived metrics attached. */
export function showPostmortem(pm: Postmortem): ShownPostmortem {
  return { ...pm, derived: deriveMetrics(pm) };
}
