/** The pattern report as the API shows it (the JSON of `debrief report --format json`). */
import { z } from 'zod';
import { TRIGGERS } from '../../knowledge/trigger.js';

const periodSchema = z.object({ from: z.string().describe('First day, YYYY-MM-DD (UTC).'), to: z.string().describe('Last day, included.'), days: z.number().int() });

const severityCountsSchema = z.object({
  total: z.number().int(),
  bySeverity: z.array(z.object({ severity: z.enum(['SEV1', 'SEV2', 'SEV3', 'SEV4', 'none']), count: z.number().int() })),
  previousTotal: z.number().int().describe('How many in the previous period of the same length.'),
  sentence: z.string(),
});

const shareSchema = z.object({
  key: z.string(),
  label: z.string(),
  count: z.number().int(),
  of: z.number().int().describe('The incidents reviewed in the period.'),
  share: z.number().describe('count / of, 0 to 1.'),
  sentence: z.string().describe('The share as a meeting reads it: "7 of the 12 incidents reviewed followed a deploy or change (58%)."'),
});

const trendSchema = z
  .object({ direction: z.enum(['faster', 'slower', 'unchanged']), changeMinutes: z.number(), changeShare: z.number().nullable() })
  .nullable()
  .describe('Against the previous period; null when either period gives none.');

const figuresSchema = z.object({ count: z.number().int(), median: z.number().nullable(), p90: z.number().nullable() });

/** The report of a period. */
export const patternReportSchema = z
  .object({
    source: z.enum(['directory', 'server']),
    period: periodSchema,
    previousPeriod: periodSchema,
    generatedAt: z.string(),
    headline: z.array(z.string()).describe('The sentences to read aloud first.'),
    postmortems: severityCountsSchema.describe('Incidents reviewed: the postmortems you may read whose incident began in the period.'),
    incidents: severityCountsSchema.nullable().describe('Incident records that began in the period.'),
    undated: z.number().int().describe('Postmortems that give no start time (in no period).'),
    triggers: z.array(shareSchema).describe(`One per trigger: ${TRIGGERS.join(', ')}.`),
    categories: z.array(shareSchema).describe('One per contributing-factor category, and none.'),
    services: z.array(shareSchema),
    repeats: z.array(
      z.object({
        kind: z.enum(['failure_mode', 'trigger']),
        service: z.string().nullable(),
        failureMode: z.string().nullable(),
        trigger: z.enum(TRIGGERS).nullable(),
        count: z.number().int(),
        refs: z.array(z.string()).describe('Postmortem and incident ids.'),
        sentence: z.string(),
      }),
    ),
    times: z.array(
      z.object({
        key: z.enum(['detect', 'acknowledge', 'mitigate', 'resolve']),
        label: z.string(),
        current: figuresSchema,
        previous: figuresSchema,
        trend: z.object({ median: trendSchema, p90: trendSchema }),
        sentence: z.string(),
      }),
    ),
    actionItems: z.object({
      created: z.number().int(),
      closedOfCreated: z.number().int(),
      closedInPeriod: z.number().int().nullable(),
      overdue: z.number().int(),
      today: z.string(),
      sentences: z.array(z.string()),
    }),
    budgetByService: z.array(z.object({ service: z.string(), sentence: z.string() })).optional().describe('Error budget per service, where SLOs are kept.'),
  })
  .meta({ id: 'PatternReport' });
