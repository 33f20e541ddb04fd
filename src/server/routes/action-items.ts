/** Action items across every postmortem the caller may see, and the status of one item. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { canWrite } from '../../core/access.js';
import { actionStatusSchema, calendarDate, prioritySchema } from '../../core/postmortem.schema.js';
import { DEFAULT_ACTION_ITEM_PAGE, MAX_ACTION_ITEM_PAGE } from '../../store/action-items.js';
import type { AddressPolicy } from '../../integrations/channels/ssrf-guard.js';
import { fileActionItem } from '../../integrations/trackers/sync.js';
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

const ticketSchema = z
  .object({
    postmortemId: z.string(),
    itemKey: z.string().describe('The item\u2019s key: its id, else "title:" and its title in lower case.'),
    integrationId: z.string(),
    key: z.string().nullable().describe('OPS-12 (Jira, Linear) or #12 (GitHub); null until the tracker created it.'),
    url: z.string().nullable(),
    externalId: z.string().nullable(),
    pending: z.enum(['create', 'open', 'close']).nullable().describe('The change still owed to the tracker (retried with backoff), or null.'),
    attempts: z.number().int(),
    nextAttemptAt: z.string().nullable(),
    lastError: z.string().nullable().describe('Why the last attempt failed (the tracker down, slow, 401, 403, 404, 429…); null after a success.'),
    remoteStatus: z.string().nullable().describe('The ticket\u2019s status in the tracker as last read.'),
    remoteOpen: z.boolean().nullable(),
    remoteUpdatedAt: z.string().nullable(),
    filedBy: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'TrackerTicket' });

const filingSchema = z
  .object({
    outcome: z.enum(['filed', 'pending', 'linked']).describe('filed: the ticket exists now; pending: owed to the tracker and retried (see ticket.lastError); linked: the item had a ticket already, none was created.'),
    itemKey: z.string(),
    ticket: ticketSchema.nullable().describe('null for an item whose ticket was written by hand.'),
    written: z.string().nullable().describe('The item\u2019s ticket as written in the postmortem (a URL or a key), when it had one.'),
  })
  .meta({ id: 'TicketFiling' });

/** The status a filing answers with. */
const FILING_STATUS = { filed: 201, pending: 202, linked: 200 } as const;

/** GET /action-items, PATCH /postmortems/{id}/action-items/{key}, POST …/{key}/verify, POST …/{key}/ticket, GET /postmortems/{id}/tickets. */
export const actionItemRoutes: FastifyPluginAsyncZod<{ store: Store; outbound: AddressPolicy }> = async (app, { store, outbound }) => {
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
      return sendPostmortem(reply, store, await store.setActionItemStatus(actor(request), id, key, request.body.status, request.body.reason));
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
      return sendPostmortem(reply, store, await store.verifyActionItem(actor(request), id, key, request.body.evidence));
    },
  );

  app.post(
    '/postmortems/:id/action-items/:key/ticket',
    {
      config: { allow: canWrite },
      schema: {
        tags: ['action items'],
        summary: 'File an action item in its team\u2019s tracker (Jira, Linear, GitHub): one ticket, tried at once and retried until the tracker takes it; an item with a ticket is linked, not filed again',
        description:
          'The tracker is the integration named, else the only tracker integration of one of the postmortem\u2019s teams, else the only one of the instance (422 at integrationId when several could take it, 409 when none is configured). 201 when the ticket was created, 202 when the tracker was down or refused (the error is in ticket.lastError, and the change is retried with backoff, honouring Retry-After), 200 when the item already had a ticket.',
        params: itemParamsSchema,
        body: z.strictObject({ integrationId: z.string().min(1).max(100).optional().describe('The tracker integration to file in (default: see the description).') }).nullish(),
        response: { 200: filingSchema, 201: filingSchema, 202: filingSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { id, key } = request.params;
      const integrationId = request.body?.integrationId;
      const link = `${request.protocol}://${request.host}/postmortems/${encodeURIComponent(id)}`;
      const result = await fileActionItem(store, actor(request), id, key, { link, outbound, ...(integrationId === undefined ? {} : { integrationId }) });
      return reply.code(FILING_STATUS[result.outcome]).send(result);
    },
  );

  app.get(
    '/postmortems/:id/tickets',
    {
      schema: {
        tags: ['action items'],
        summary: 'The tracker tickets of a postmortem\u2019s action items: key, URL, the tracker\u2019s status, and any change still owed with its last error',
        params: idParamsSchema,
        response: { 200: z.object({ items: z.array(ticketSchema) }), ...errorResponses },
      },
    },
    async (request) => {
      await store.getPostmortem(actor(request), request.params.id);
      return { items: await store.ticketsOf(request.params.id) };
    },
  );
};
