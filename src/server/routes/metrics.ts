/** Metrics of the practice: the action-item completion rate. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Store } from '../../store/store.types.js';
import { actionItemMetrics } from '../practice/metrics.js';
import { errorResponses } from '../views/error.js';

const rateSchema = {
  rate: z.number().nullable().describe('closedOnTime / due; null when nothing was due.'),
  closedOnTime: z.number().int(),
  due: z.number().int(),
};

/** The completion report as the API shows it. */
export const completionSchema = z
  .object({
    from: z.string().describe('Items created from here…'),
    to: z.string().describe('…to here (now).'),
    requireVerification: z.boolean().describe('Only verified items count as closed (policy actionItems.requireVerification); else done ones do too.'),
    alarmBelow: z.number(),
    overall: z.object({ ...rateSchema, alarm: z.boolean(), declined: z.number().int().describe('Items declined (won\u2019t do) by their due date: left out.') }),
    byTeam: z.array(z.object({ team: z.string(), ...rateSchema, alarm: z.boolean() })),
    byOwner: z.array(z.object({ owner: z.string(), ...rateSchema })),
    weekly: z.array(z.object({ at: z.string(), ...rateSchema })).describe('The rate at each Monday 00:00 UTC of the last 12 weeks, then now.'),
  })
  .meta({ id: 'CompletionRate' });

/** GET /metrics/action-items. */
export const metricsRoutes: FastifyPluginAsyncZod<{ store: Store }> = async (app, { store }) => {
  app.get(
    '/metrics/action-items',
    {
      schema: {
        tags: ['metrics'],
        summary: 'The action-item completion rate: of the items created in the window (90 days) whose due date has passed, the share closed by their due date; overall, per team, per owner, weekly',
        querystring: z.strictObject({ team: z.string().trim().min(1).max(200).optional(), owner: z.string().trim().min(1).max(200).optional() }),
        response: { 200: completionSchema, ...errorResponses },
      },
    },
    async (request) => actionItemMetrics(store, request.query),
  );
};
