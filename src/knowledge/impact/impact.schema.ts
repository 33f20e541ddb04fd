/** The JSON shape of the impact figures (`derived.impact` of a shown postmortem), for `debrief schema` and OpenAPI. */
import { z } from 'zod';
import type { ImpactReport, ServiceImpact } from './impact.js';
import { sloSchema } from './slo.js';

const figure = (what: string) => z.number().nullable().describe(what);
const inputsSchema = z.record(z.string(), z.string()).describe('What each figure came from, by figure name (times, text read, SLO, arithmetic, rounding).');
const missingSchema = z.array(z.string()).describe('What to add for the figures left null; empty when nothing is missing.');

const serviceImpactSchema = z.strictObject({
  service: z.string(),
  slo: sloSchema.nullable().describe('The SLO of the service; null when it has none.'),
  windowMinutes: figure('Window days × 1440.'),
  budgetMinutes: figure('Window minutes × (100% − target), to 2 decimals.'),
  availabilityPercent: figure('100% × (1 − bad minutes / window minutes), rounded down to 4 decimals: the window counting this incident alone.'),
  budgetConsumedPercent: figure('100% × bad minutes / budget minutes, rounded up to 1 decimal; above 100 when the budget was overspent.'),
  inputs: inputsSchema,
  missing: missingSchema,
} satisfies Record<keyof ServiceImpact, z.ZodType>);

/** Impact arithmetic: bad minutes of the incident and, per service listed, the share of its error budget used. */
export const impactReportSchema = z
  .strictObject({
    impactMinutes: figure('Whole minutes from the start of impact to resolution (else mitigation).'),
    errorPercent: figure('Percent of requests that failed: impact.errorRate as read, or 100 for an outage the prose describes (see assumptions).'),
    badMinutes: figure('Impact minutes × error percent, to 2 decimals.'),
    sla: z.strictObject({ target: z.string().nullable(), achieved: z.string().nullable() }).describe('impact.slaTarget and impact.slaAchieved as written, not used in the arithmetic.'),
    inputs: inputsSchema,
    assumptions: z.array(z.string()).describe('What was assumed where the document left it open.'),
    missing: missingSchema,
    services: z.array(serviceImpactSchema).describe('One entry per service the postmortem lists.'),
  } satisfies Record<keyof ImpactReport, z.ZodType>)
  .meta({ id: 'Impact' });
