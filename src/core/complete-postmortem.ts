/** Partial postmortems (what API clients may send) and the one function that completes them with defaults. */
import { z } from 'zod';
import { emptyPostmortem, newActionItem } from './postmortem.js';
import { kindForSeverity } from './severity.js';
import {
  actionItemSchema,
  contributingFactorSchema,
  detectionSchema,
  impactSchema,
  keyTimesSchema,
  postmortemSchema,
  reviewSchema,
  timelineEventSchema,
  type Postmortem,
} from './postmortem.schema.js';

/** The title a postmortem gets when none is given. */
export const DEFAULT_TITLE = 'Untitled postmortem';

/**
 * A postmortem where every field may be left out, at every depth; unknown fields are still refused.
 * Timeline events need their `text`, contributing factors their `text`, action items their `title`.
 */
export const partialPostmortemSchema = postmortemSchema
  .extend({
    times: keyTimesSchema.partial(),
    detection: detectionSchema.partial(),
    impact: impactSchema.partial(),
    timeline: z.array(timelineEventSchema.partial().required({ text: true })),
    contributingFactors: z.array(contributingFactorSchema.partial().required({ text: true })),
    actionItems: z.array(actionItemSchema.partial().required({ title: true })),
    review: reviewSchema.partial(),
  })
  .partial();

/** A partial postmortem value. */
export type PartialPostmortem = z.infer<typeof partialPostmortemSchema>;

/**
 * The full postmortem a partial one stands for: what is missing is empty, a draft, an open action item;
 * without a kind, the kind its severity calls for.
 */
export function completePostmortem(input: PartialPostmortem): Postmortem {
  const base = emptyPostmortem();
  return {
    ...base,
    ...input,
    title: input.title ?? DEFAULT_TITLE,
    kind: input.kind ?? kindForSeverity(input.severity ?? null),
    times: { ...base.times, ...input.times },
    detection: { ...base.detection, ...input.detection },
    impact: { ...base.impact, ...input.impact },
    timeline: (input.timeline ?? []).map((event) => ({
      at: null,
      written: event.at ?? '',
      approximate: false,
      actor: null,
      kind: null,
      source: null,
      ...event,
    })),
    contributingFactors: (input.contributingFactors ?? []).map((factor) => ({ category: null, actionItems: [], ...factor })),
    actionItems: (input.actionItems ?? []).map((item) => ({ ...newActionItem(item.title), ...item })),
    review: { ...base.review, ...input.review },
  };
}
