/** Liveness and readiness, for load balancers and orchestrators (no sign-in). */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Store } from '../../store/store.types.js';

const statusSchema = z.object({ status: z.enum(['ok', 'ready', 'unavailable']) });

/**
 * GET /healthz (the process answers) and GET /readyz (the database answers too; 503 when not): for the machines that
 * run Debrief, documented in docs/server.md, not part of the API's document (they are not under /api/v1).
 */
export const healthRoutes: FastifyPluginAsyncZod<{ store: Store }> = async (app, { store }) => {
  app.get(
    '/healthz',
    { config: { public: true }, schema: { hide: true, summary: 'Alive', response: { 200: statusSchema } } },
    async () => ({ status: 'ok' as const }),
  );
  app.get(
    '/readyz',
    { config: { public: true }, schema: { hide: true, summary: 'Ready: the database answers', response: { 200: statusSchema, 503: statusSchema } } },
    async (request, reply) => {
      const ready = await store.ping().catch((error: unknown) => {
        request.log.warn({ err: error }, 'readiness check failed: the database does not answer');
        return false;
      });
      return reply.code(ready ? 200 : 503).send({ status: ready ? 'ready' : 'unavailable' });
    },
  );
};
