/** Comments on a postmortem, in threads: anyone who may read it may comment (viewers too), and resolve what they started. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Store } from '../../store/store.types.js';
import { actor } from '../auth.js';
import { commentView, commentViewSchema } from '../views/comment.js';
import { errorResponses } from '../views/error.js';
import { idParamsSchema } from './postmortems.schemas.js';

/** GET and POST /postmortems/{id}/comments, PATCH /postmortems/{id}/comments/{commentId}. */
export const commentRoutes: FastifyPluginAsyncZod<{ store: Store }> = async (app, { store }) => {
  app.get(
    '/postmortems/:id/comments',
    {
      schema: { tags: ['comments'], summary: 'The comments, oldest first (replies after what they answer)', params: idParamsSchema, response: { 200: z.object({ items: z.array(commentViewSchema) }), ...errorResponses } },
    },
    async (request) => ({ items: (await store.listComments(actor(request), request.params.id)).map(commentView) }),
  );

  app.post(
    '/postmortems/:id/comments',
    {
      schema: {
        tags: ['comments'],
        summary: 'Add a comment (anyone who may read the postmortem): a new thread, about a section or an action item, or a reply to a thread; @mentions name users',
        params: idParamsSchema,
        body: z.strictObject({
          body: z.string().max(20_000).describe('The text; @name@example.com or @name (the part of an e-mail before the @) mentions a user.'),
          anchor: z.string().max(100).nullable().optional().describe('section:<name> or action-item:<id or position>; left out, the whole postmortem.'),
          parentId: z.string().max(100).nullable().optional().describe('The first comment of the thread this answers (a reply takes its anchor).'),
        }),
        response: { 201: commentViewSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const comment = await store.addComment(actor(request), request.params.id, request.body);
      return reply.code(201).send(commentView(comment));
    },
  );

  app.patch(
    '/postmortems/:id/comments/:commentId',
    {
      schema: {
        tags: ['comments'],
        summary: 'Resolve a thread, or open it again: whoever started it, an editor or an admin',
        params: idParamsSchema.extend({ commentId: z.string().min(1).max(100) }),
        body: z.strictObject({ resolved: z.boolean() }),
        response: { 200: commentViewSchema, ...errorResponses },
      },
    },
    async (request) => commentView(await store.setCommentResolved(actor(request), request.params.id, request.params.commentId, request.body.resolved)),
  );
};
