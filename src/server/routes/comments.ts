/** Comments on a postmortem. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { canWrite } from '../../core/access.js';
import type { Store } from '../../store/store.types.js';
import { actor } from '../auth.js';
import { commentView, commentViewSchema } from '../views/comment.js';
import { errorResponses } from '../views/error.js';
import { idParamsSchema } from './postmortems.schemas.js';

/** GET and POST /postmortems/{id}/comments. */
export const commentRoutes: FastifyPluginAsyncZod<{ store: Store }> = async (app, { store }) => {
  app.get(
    '/postmortems/:id/comments',
    {
      schema: { tags: ['comments'], summary: 'The comments, oldest first', params: idParamsSchema, response: { 200: z.object({ items: z.array(commentViewSchema) }), ...errorResponses } },
    },
    async (request) => ({ items: (await store.listComments(actor(request), request.params.id)).map(commentView) }),
  );

  app.post(
    '/postmortems/:id/comments',
    {
      config: { allow: canWrite },
      schema: {
        tags: ['comments'],
        summary: 'Add a comment',
        params: idParamsSchema,
        body: z.strictObject({ body: z.string().trim().min(1).max(20_000) }),
        response: { 201: commentViewSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const comment = await store.addComment(actor(request), request.params.id, request.body.body);
      return reply.code(201).send(commentView(comment));
    },
  );
};
