/** Liveness and readiness, for load balancers and orchestrators (no sign-in). */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Store } from '../../store/store.types.js';

const statusSchema = z.object({ status: z.enum(['ok', 'ready', 'unavailable']) });

/** GET /healthz (the process answers) and GET /readyz (the database answers too; 503 when not). */
export const healthRoutes: FastifyPluginAsyncZod<{ store: Store }> = async (app, { store }) => {
  app.get(
    '/healthz',
    { config: { public: true }, schema: { tags: ['health'], summary: 'Alive', security: [], response: { 200: statusSchema } } },
    async () => ({ status: 'ok' as const }),
  );
  app.get(
    '/readyz',
    { config: { public: true }, schema: { tags: ['health'], summary: 'Ready: the database answers', security: [], response: { 200: statusSchema, 503: statusSchema } } },
    async (request, reply) => {
      const ready = await store.ping().catch((error: unknown) => {
        request.log.warn({ err: error }, 'readiness check failed: the database does not answer');
        return false;
      });
      return reply.code(ready ? 200 : 503).send({ status: ready ? 'ready' : 'unavailable' });
    },
  );
};
