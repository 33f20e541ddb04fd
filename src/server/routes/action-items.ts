/** Action items across every postmortem the caller may see, and the status of one item. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { canWrite } from '../../core/access.js';
import { actionStatusSchema, calendarDate, prioritySchema } from '../../core/postmortem.schema.js';
import { DEFAULT_ACTION_ITEM_PAGE, MAX_ACTION_ITEM_PAGE } from '../../store/action-items.js';
import type { Store } from '../../store/store.types.js';
import { actor } from '../auth.js';
import { actionItemRowSchema, actionItemRowView } from '../views/action-item.js';
import { errorResponses } from '../views/error.js';
import { postmortemViewSchema } from '../views/postmortem.js';
import { idParamsSchema } from './postmortems.schemas.js';
import { sendPostmortem } from './postmortems.js';

const listQuerySchema = z.strictObject({
  owner: z.string().trim().min(1).max(200).optional(),
  team: z.string().trim().min(1).max(200).optional().describe('items of postmortems that list a team whose name starts with this (case-insensitive)'),
  status: actionStatusSchema.optional(),
  priority: prioritySchema.optional(),
  overdue: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional()
    .describe('only items past their due date that are not done, verified or won\u2019t do'),
  today: calendarDate.optional().describe('the day "overdue" is counted from (default: today, UTC)'),
  limit: z.coerce.number().int().min(1).max(MAX_ACTION_ITEM_PAGE).default(DEFAULT_ACTION_ITEM_PAGE),
  cursor: z.string().min(1).max(1000).optional().describe('nextCursor of the previous page'),
});

const itemParamsSchema = idParamsSchema.extend({ key: z.string().min(1).max(200).describe('the item\u2019s id, or its 0-based position') });

/** GET /action-items, PATCH /postmortems/{id}/action-items/{key} and POST …/{key}/verify. */
export const actionItemRoutes: FastifyPluginAsyncZod<{ store: Store }> = async (app, { store }) => {
  app.get(
    '/action-items',
    {
      schema: {
        tags: ['action items'],
        summary: 'Action items across postmortems, filtered by owner, team, status, priority, overdue; one page at a time (limit, cursor)',
        querystring: listQuerySchema,
        response: { 200: z.object({ items: z.array(actionItemRowSchema), nextCursor: z.string().nullable() }), ...errorResponses },
      },
    },
    async (request) => {
      const { limit, cursor, ...filter } = request.query;
      const page = await store.listActionItems(actor(request), filter, cursor === undefined ? { limit } : { limit, cursor });
      return { items: page.items.map(actionItemRowView), nextCursor: page.nextCursor };
    },
  );

  app.patch(
    '/postmortems/:id/action-items/:key',
    {
      config: { allow: canWrite },
      schema: {
        tags: ['action items'],
        summary: 'Set one action item\u2019s status (recorded as a revision; won\u2019t do needs a reason; verified only through …/verify); answers the postmortem',
        params: itemParamsSchema,
        body: z.strictObject({
          status: actionStatusSchema,
          reason: z.string().trim().max(1000).optional().describe('Why it will not be done (required with wont_do).'),
        }),
        response: { 200: postmortemViewSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { id, key } = request.params;
      return sendPostmortem(reply, await store.setActionItemStatus(actor(request), id, key, request.body.status, request.body.reason));
    },
  );

  app.post(
    '/postmortems/:id/action-items/:key/verify',
    {
      config: { allow: canWrite },
      schema: {
        tags: ['action items'],
        summary: 'Verify a done action item: someone other than its owner, with a note or link showing it works (the alert fired in a test); answers the postmortem',
        params: itemParamsSchema,
        body: z.strictObject({ evidence: z.string().max(2000).describe('How you know it works: a note or a link.') }),
        response: { 200: postmortemViewSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { id, key } = request.params;
      return sendPostmortem(reply, await store.verifyActionItem(actor(request), id, key, request.body.evidence));
    },
  );
};
