/** A shown postmortem (`debrief show --format json`, GET /postmortems/{id}) with its impact arithmetic under `derived.impact`. */
import type { z } from 'zod';
import type { Postmortem } from '../../core/postmortem.schema.js';
import { derivedSchema, showPostmortem, shownPostmortemSchema } from '../../core/shown-postmortem.js';
import { computeImpact } from './impact.js';
import { impactReportSchema } from './impact.schema.js';
import type { Slo } from './slo.js';

/** The derived metrics with the impact arithmetic. */
export const derivedWithImpactSchema = derivedSchema.extend({ impact: impactReportSchema });

/** The postmortem with `derived` including `impact`. */
export const shownWithImpactSchema = shownPostmortemSchema.extend({ derived: derivedWithImpactSchema });

/** A shown postmortem with its impact. */
export type ShownWithImpact = z.infer<typeof shownWithImpactSchema>;

/** The postmortem with its derived metrics and its impact against the SLOs given. */
export function showWithImpact(pm: Postmortem, slos: readonly Slo[]): ShownWithImpact {
  const shown = showPostmortem(pm);
  return { ...shown, derived: { ...shown.derived, impact: computeImpact(pm, slos) } };
}
