/** The review workflow of one postmortem: its lint findings, and status transitions. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { canWrite } from '../../core/access.js';
import { statusSchema } from '../../core/postmortem.schema.js';
import type { Store } from '../../store/store.types.js';
import { actor } from '../auth.js';
import { optionalVersion } from '../preconditions.js';
import { errorResponses } from '../views/error.js';
import { lintResultSchema } from '../views/lint.js';
import { postmortemViewSchema } from '../views/postmortem.js';
import type { ReviewPolicy } from '../../core/approvals.js';
import type { PostmortemLinter } from '../postmortem-linter.js';
import { MAX_REASON, transitionPostmortem } from '../workflow.js';
import { idParamsSchema } from './postmortems.schemas.js';
import { sendPostmortem } from './postmortems.js';

/** GET /postmortems/{id}/lint and POST /postmortems/{id}/transitions; `linter` lints large documents off the main thread, `review` says how many approvals final needs. */
export const workflowRoutes: FastifyPluginAsyncZod<{ store: Store; linter: PostmortemLinter; review: ReviewPolicy }> = async (app, { store, linter, review }) => {
  app.get(
    '/postmortems/:id/lint',
    {
      schema: {
        tags: ['workflow'],
        summary: 'Lint findings of the stored postmortem (the CLI\u2019s rules and JSON message shape, default config)',
        params: idParamsSchema,
        response: { 200: lintResultSchema, ...errorResponses },
      },
    },
    async (request) => {
      // The stored text (from the document cache): its length says where to lint it, a worker parses it itself.
      const stored = await store.getPostmortemText(actor(request), request.params.id);
      return linter.lint(stored.id, stored.document);
    },
  );

  app.post(
    '/postmortems/:id/transitions',
    {
      config: { allow: canWrite },
      schema: {
        tags: ['workflow'],
        summary:
          'Move along draft -> in_review -> final -> published (or in_review -> draft); never to final with lint errors or without the approvals it needs (409 approvals_needed). Final and published are frozen: reopening either to draft needs a reason and the author or an admin',
        params: idParamsSchema,
        headers: z.object({ 'if-match': z.string().optional().describe('Optional: make the move conditional on this version.') }),
        body: z.strictObject({
          to: statusSchema,
          reason: z.string().max(MAX_REASON).optional().describe('Why a final or published postmortem is reopened to draft (required then; kept in its history).'),
        }),
        response: { 200: postmortemViewSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const moved = await transitionPostmortem(store, linter, review, actor(request), request.params.id, request.body.to, optionalVersion(request), request.body.reason);
      return sendPostmortem(reply, store, moved);
    },
  );
};
