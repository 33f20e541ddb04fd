/** Service level objectives, which the impact arithmetic of every postmortem reads: read by everyone, set by admins. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { canAdminister } from '../../core/access.js';
import { sloServiceSchema, sloTargetSchema, sloWindowDaysSchema } from '../../knowledge/impact/slo.js';
import type { Store } from '../../store/store.types.js';
import { actor } from '../auth.js';
import { SMALL_BODY_BYTES } from '../content-types.js';
import { errorResponses } from '../views/error.js';

/** An SLO as the API shows it. */
const sloViewSchema = z
  .object({ service: z.string(), targetPercent: z.number(), windowDays: z.number().int(), createdAt: z.string(), updatedAt: z.string() })
  .meta({ id: 'ServiceSlo' });

const serviceParams = z.strictObject({ service: sloServiceSchema });

/** GET /slos, PUT /slos/{service}, DELETE /slos/{service}. */
export const sloRoutes: FastifyPluginAsyncZod<{ store: Store }> = async (app, { store }) => {
  app.get(
    '/slos',
    { schema: { tags: ['slos'], summary: 'Every service level objective, by service', response: { 200: z.object({ items: z.array(sloViewSchema) }), ...errorResponses } } },
    async () => ({ items: await store.listSlos() }),
  );

  app.put(
    '/slos/:service',
    {
      config: { allow: canAdminister },
      bodyLimit: SMALL_BODY_BYTES,
      schema: {
        tags: ['slos'],
        summary: 'Set the SLO of a service, replacing its old one (admins)',
        params: serviceParams,
        body: z.strictObject({ targetPercent: sloTargetSchema, windowDays: sloWindowDaysSchema }),
        response: { 200: sloViewSchema, ...errorResponses },
      },
    },
    async (request) => store.putSlo(actor(request), { service: request.params.service, ...request.body }),
  );

  app.delete(
    '/slos/:service',
    { config: { allow: canAdminister }, schema: { tags: ['slos'], summary: 'Remove the SLO of a service (admins)', params: serviceParams, response: { 204: z.null().describe('Removed.'), ...errorResponses } } },
    async (request, reply) => {
      await store.deleteSlo(actor(request), request.params.service);
      return reply.code(204).send(null);
    },
  );
};
