/** Similar past incidents: the postmortems most like one, each with why (GET /postmortems/{id}/similar). */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Store } from '../../store/store.types.js';
import { actor } from '../auth.js';
import { errorResponses } from '../views/error.js';
import { idParamsSchema } from './postmortems.schemas.js';

/** The most results one answer holds. */
const MAX_SIMILAR = 20;

const similarQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(MAX_SIMILAR).default(5).describe(`How many results, 1 to ${MAX_SIMILAR} (default 5).`),
});

const similarSchema = z.object({
  id: z.string(),
  title: z.string(),
  score: z.number().describe('0 to 1: the full-text match (as a share of the best one) and the structured overlap, combined.'),
  why: z.array(z.string()).describe('The reasons, strongest first: same failure mode, shared services, same trigger, shared contributing-factor categories, shared tags, matching words.'),
});

/** GET /postmortems/{id}/similar. */
export const similarRoutes: FastifyPluginAsyncZod<{ store: Store }> = async (app, { store }) => {
  app.get(
    '/postmortems/:id/similar',
    {
      schema: {
        tags: ['postmortems'],
        summary: 'The postmortems most similar to this one that you may read, best first, each with why (404 if you may not read this one)',
        params: idParamsSchema,
        querystring: similarQuerySchema,
        response: { 200: z.object({ items: z.array(similarSchema) }), ...errorResponses },
      },
    },
    async (request) => ({ items: await store.similarPostmortems(actor(request), request.params.id, request.query.limit) }),
  );
};
