/** The practice at a glance: the signed-in user's dashboard, and the weekly digest (JSON or Markdown). */
import { Buffer } from 'node:buffer';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Store } from '../../store/store.types.js';
import { actor } from '../auth.js';
import { dashboardOf } from '../practice/dashboard.js';
import { derivedOnce } from '../practice/derived-cache.js';
import { digestMarkdown, digestOverview } from '../practice/digest.js';
import type { PracticeOverview } from '../practice/overview.js';
import { actionItemRowSchema, actionItemRowView } from '../views/action-item.js';
import { errorResponses } from '../views/error.js';
import { incidentBody, incidentViewSchema } from '../views/incident.js';
import { completionSchema } from './metrics.js';

const deadlineNames = z.array(z.enum(['draftBy', 'meetingBy', 'publishBy']));
const owedSchema = z.object({ incident: incidentViewSchema, late: deadlineNames, dueSoon: deadlineNames });
const overviewShape = {
  at: z.string(),
  owed: z.array(owedSchema).describe('The first 50 incidents that owe a postmortem not yet final (not waived), the late ones first.'),
  overdueByOwner: z.array(z.object({ owner: z.string(), total: z.number().int(), items: z.array(actionItemRowSchema).describe('The first 5.') })).describe('Owners with overdue items, the most first.'),
  openP1: z.array(actionItemRowSchema).describe('The first 50 open or in-progress P1 items.'),
  awaitingVerification: z.array(actionItemRowSchema).describe('The first 50 done items that need someone other than their owner to verify them (none when the policy does not ask for verification).'),
  counts: z.object({ owed: z.number().int(), late: z.number().int(), overdue: z.number().int(), openP1: z.number().int(), awaitingVerification: z.number().int() }).describe('How many there are of each list in all (owed postmortems, and how many of them are late).'),
  completion: completionSchema,
};
const overviewSchema = z.object(overviewShape).meta({ id: 'PracticeOverview' });
const dashboardSchema = z
  .object({
    ...overviewShape,
    mine: z.object({ owed: z.array(owedSchema), actionItems: z.array(actionItemRowSchema), verifications: z.array(actionItemRowSchema) }).describe('What the signed-in user owes: postmortems they write or command, items they own, verifications on postmortems they wrote.'),
  })
  .meta({ id: 'Dashboard' });

/** The overview as the API shows it. */
function overviewBody(overview: PracticeOverview): z.infer<typeof overviewSchema> {
  const owed = (list: PracticeOverview['owed']) => list.map((o) => ({ ...o, incident: incidentBody(o.incident) }));
  return {
    at: overview.at,
    owed: owed(overview.owed),
    overdueByOwner: overview.overdueByOwner.map((g) => ({ owner: g.owner, total: g.total, items: g.items.map(actionItemRowView) })),
    openP1: overview.openP1.map(actionItemRowView),
    awaitingVerification: overview.awaitingVerification.map(actionItemRowView),
    counts: overview.counts,
    completion: overview.completion,
  };
}

/** GET /dashboard and GET /digest. */
export const practiceViewRoutes: FastifyPluginAsyncZod<{ store: Store }> = async (app, { store }) => {
  app.get('/dashboard', { schema: { tags: ['practice'], summary: 'The signed-in user\u2019s dashboard: what they owe, then postmortems owed and late, overdue items, open P1s, verifications waiting, the completion rate', response: { 200: dashboardSchema, ...errorResponses } } }, async (request, reply) => {
    const who = actor(request);
    // Many readers at once get the same dashboard: its JSON is made once with it (see derived-cache.ts), not per answer,
    // and kept as UTF-8 bytes (a dashboard is ~130 KB: encoding the text again for every answer cost more than the rest).
    const json = await derivedOnce(store, `dashboard-json|${who.userId}|${who.role}`, async () => {
      const dashboard = await dashboardOf(store, who);
      const body: z.infer<typeof dashboardSchema> = { ...overviewBody(dashboard), mine: { owed: overviewBody({ ...dashboard, owed: dashboard.mine.owed }).owed, actionItems: dashboard.mine.actionItems.map(actionItemRowView), verifications: dashboard.mine.verifications.map(actionItemRowView) } };
      return Buffer.from(JSON.stringify(body));
    });
    // Bytes are sent as they are (the response schema's serializer is for objects): the cast only tells the type provider so.
    return reply.type('application/json; charset=utf-8').send(json as unknown as z.infer<typeof dashboardSchema>);
  });

  app.get(
    '/digest',
    {
      schema: {
        tags: ['practice'],
        summary: 'The weekly digest for the postmortem sheriff, as channels get it (no restricted postmortem; security incidents\u2019 titles withheld): JSON, or Markdown with format=md',
        querystring: z.strictObject({ format: z.enum(['json', 'md']).default('json') }),
        response: { 200: z.union([overviewSchema, z.string().describe('text/markdown')]), ...errorResponses },
      },
    },
    async (request, reply) => {
      const overview = await digestOverview(store);
      if (request.query.format === 'md') return reply.type('text/markdown; charset=utf-8').send(digestMarkdown(overview));
      return overviewBody(overview);
    },
  );
};
