/** The revision history of a postmortem: list, read one in full, the last published one, restore one. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { canWrite } from '../../core/access.js';
import type { Store } from '../../store/store.types.js';
import { actor } from '../auth.js';
import { restoreRevision } from '../postmortem-writes.js';
import { requiredVersion } from '../preconditions.js';
import { lastPublished } from '../workflow.js';
import { errorResponses } from '../views/error.js';
import { postmortemViewSchema } from '../views/postmortem.js';
import { revisionInfoSchema, revisionInfoView, revisionView, revisionViewSchema } from '../views/revision.js';
import { idParamsSchema } from './postmortems.schemas.js';
import { sendPostmortem } from './postmortems.js';

const revisionParamsSchema = idParamsSchema.extend({ n: z.coerce.number().int().min(1) });

/** GET /postmortems/{id}/revisions, GET …/revisions/{n}, GET …/published, POST …/revisions/{n}/restore. */
export const revisionRoutes: FastifyPluginAsyncZod<{ store: Store }> = async (app, { store }) => {
  app.get(
    '/postmortems/:id/revisions',
    {
      schema: {
        tags: ['revisions'],
        summary: 'Every recorded change, oldest first',
        params: idParamsSchema,
        response: { 200: z.object({ items: z.array(revisionInfoSchema) }), ...errorResponses },
      },
    },
    async (request) => ({ items: (await store.listRevisions(actor(request), request.params.id)).map(revisionInfoView) }),
  );

  app.get(
    '/postmortems/:id/revisions/:n',
    {
      schema: { tags: ['revisions'], summary: 'One revision, with the whole postmortem as it was', params: revisionParamsSchema, response: { 200: revisionViewSchema, ...errorResponses } },
    },
    async (request) => revisionView(await store.getRevision(actor(request), request.params.id, request.params.n)),
  );

  app.get(
    '/postmortems/:id/published',
    {
      schema: {
        tags: ['revisions'],
        summary: 'The revision that last published the postmortem: what readers see while it is reopened and revised, until it is published again (404 if never published)',
        params: idParamsSchema,
        response: { 200: revisionViewSchema, ...errorResponses },
      },
    },
    async (request) => revisionView(await lastPublished(store, actor(request), request.params.id)),
  );

  app.post(
    '/postmortems/:id/revisions/:n/restore',
    {
      config: { allow: canWrite },
      schema: {
        tags: ['revisions'],
        summary: 'Make a revision the current document again (recorded as a new revision); needs If-Match',
        params: revisionParamsSchema,
        headers: z.object({ 'if-match': z.string().optional().describe('Required: the ETag of the current version.') }),
        response: { 200: postmortemViewSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const version = requiredVersion(request);
      return sendPostmortem(reply, store, await restoreRevision(store, actor(request), request.params.id, request.params.n, version));
    },
  );
};
