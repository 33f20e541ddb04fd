/** Approvals of a postmortem: a reviewer's sign-off, withdrawn at will, stale after an edit or a reopening. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { canWrite } from '../../core/access.js';
import type { Store } from '../../store/store.types.js';
import type { ReviewPolicy } from '../../core/approvals.js';
import { approvalsOf, approve } from '../approvals.js';
import { actor } from '../auth.js';
import { optionalVersion } from '../preconditions.js';
import { approvalsViewSchema } from '../views/approval.js';
import { errorResponses } from '../views/error.js';
import { idParamsSchema } from './postmortems.schemas.js';

/** GET, POST and DELETE /postmortems/{id}/approvals, under `review` (how many approvals final needs). */
export const approvalRoutes: FastifyPluginAsyncZod<{ store: Store; review: ReviewPolicy }> = async (app, { store, review }) => {
  app.get(
    '/postmortems/:id/approvals',
    {
      schema: { tags: ['workflow'], summary: 'Who approved which version and when, whether each still holds, and how many final needs', params: idParamsSchema, response: { 200: approvalsViewSchema, ...errorResponses } },
    },
    async (request) => {
      const who = actor(request);
      return approvalsOf(store, who, await store.getPostmortem(who, request.params.id), review);
    },
  );

  app.post(
    '/postmortems/:id/approvals',
    {
      config: { allow: canWrite },
      schema: {
        tags: ['workflow'],
        summary: 'Approve the postmortem as it is now, as the signed-in user: an editor or admin, never its author, while it is in review (again to renew a stale approval)',
        params: idParamsSchema,
        headers: z.object({ 'if-match': z.string().optional().describe('Optional: approve only this version (412 when it is no longer current).') }),
        response: { 201: approvalsViewSchema, ...errorResponses },
      },
    },
    async (request, reply) => reply.code(201).send(await approve(store, actor(request), request.params.id, review, optionalVersion(request))),
  );

  app.delete(
    '/postmortems/:id/approvals',
    {
      config: { allow: canWrite },
      schema: { tags: ['workflow'], summary: 'Withdraw the signed-in user\u2019s approval (nothing happens when there is none)', params: idParamsSchema, response: { 200: approvalsViewSchema, ...errorResponses } },
    },
    async (request) => {
      const who = actor(request);
      await store.withdrawApproval(who, request.params.id);
      return approvalsOf(store, who, await store.getPostmortem(who, request.params.id), review);
    },
  );
};
