/** Deleted postmortems: kept 30 days, listed and restored by admins. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { canDelete } from '../../core/access.js';
import type { Store } from '../../store/store.types.js';
import { actor } from '../auth.js';
import { errorResponses } from '../views/error.js';

const deletedSchema = z
  .object({
    id: z.string().describe('The deleted copy (what restoring names).'),
    postmortemId: z.string(),
    title: z.string(),
    deletedAt: z.string(),
    deletedBy: z.string().describe('The e-mail of the admin who deleted it.'),
    restorableUntil: z.string().describe('After this it is purged for good.'),
  })
  .meta({ id: 'DeletedPostmortem' });

/** GET /deleted-postmortems and POST /deleted-postmortems/{id}/restore (admins). */
export const trashRoutes: FastifyPluginAsyncZod<{ store: Store }> = async (app, { store }) => {
  app.get(
    '/deleted-postmortems',
    {
      config: { allow: canDelete },
      schema: { tags: ['postmortems'], summary: 'Deleted postmortems that can still be restored (30 days), newest first (admins)', response: { 200: z.object({ items: z.array(deletedSchema) }), ...errorResponses } },
    },
    async (request) => ({ items: await store.listDeleted(actor(request)) }),
  );

  app.post(
    '/deleted-postmortems/:id/restore',
    {
      config: { allow: canDelete },
      schema: {
        tags: ['postmortems'],
        summary: 'Put a deleted postmortem back whole: document, members, history, comments, approvals (admins; 409 when its id is taken again)',
        params: z.object({ id: z.string().min(1).max(100) }),
        response: { 200: z.object({ postmortemId: z.string() }), ...errorResponses },
      },
    },
    async (request) => ({ postmortemId: await store.restoreDeleted(actor(request), request.params.id) }),
  );
};
