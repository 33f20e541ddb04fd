/** Notification channels (admins): per team and for the whole instance; and the log of every delivery attempt. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { canAdminister } from '../../core/access.js';
import { checkReceiverUrl } from '../../integrations/channels/ssrf-guard.js';
import type { Store } from '../../store/store.types.js';
import { actor } from '../auth.js';
import { SMALL_BODY_BYTES } from '../content-types.js';
import { errorResponses } from '../views/error.js';

/** What the instance allows notifications to reach. */
export interface NotificationSettings {
  /** Whether receivers in private, loopback or unique-local ranges may be called (DEBRIEF_NOTIFY_PRIVATE_ADDRESSES=allow). */
  allowPrivate: boolean;
}

const channelViewSchema = z
  .object({
    id: z.string(),
    scope: z.string().describe('instance, or team:<name in lower case>'),
    name: z.string(),
    config: z.union([
      z.object({ kind: z.literal('email'), to: z.array(z.string()) }),
      z.object({ kind: z.literal('slack'), url: z.string().describe('Only its origin: the URL is a credential.') }),
      z.object({ kind: z.literal('webhook'), url: z.string().describe('Without its query.'), hasSecret: z.boolean() }),
    ]),
    createdAt: z.string(),
    createdBy: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Channel' });

const channelBody = z.object({
  scope: z.string().min(1).max(140).describe('instance, or team:NAME'),
  name: z.string().max(200),
  kind: z.enum(['email', 'slack', 'webhook']),
  to: z.array(z.string().max(320)).max(50).optional().describe('email: the addresses'),
  url: z.string().max(2000).optional().describe('slack: the incoming-webhook URL; webhook: the receiver'),
  secret: z.string().max(200).optional().describe('webhook: a Standard Webhooks secret (whsec_…); one is generated when left out'),
});
const savedSchema = z.object({ channel: channelViewSchema, secret: z.string().nullable().describe('The generated signing secret, shown only in this answer; null when none was generated.') });
const idParams = z.strictObject({ id: z.string().min(1).max(100) });

/** GET/POST /channels, PUT/DELETE /channels/{id}, GET /deliveries (admins). */
export const channelRoutes: FastifyPluginAsyncZod<{ store: Store; notifications: NotificationSettings }> = async (app, { store, notifications }) => {
  app.get(
    '/channels',
    {
      config: { allow: canAdminister },
      schema: { tags: ['notifications'], summary: 'Every notification channel, secrets never shown (admins)', querystring: z.strictObject({ scope: z.string().min(1).max(140).optional() }), response: { 200: z.object({ items: z.array(channelViewSchema) }), ...errorResponses } },
    },
    async (request) => ({ items: await store.listChannels(request.query.scope) }),
  );

  app.post(
    '/channels',
    {
      config: { allow: canAdminister },
      bodyLimit: SMALL_BODY_BYTES,
      schema: {
        tags: ['notifications'],
        summary: 'Add a channel: e-mail, a Slack incoming webhook, or a signed generic webhook (admins); receivers in private ranges are refused unless allowed',
        body: channelBody,
        response: { 201: savedSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { scope, ...input } = request.body;
      if (input.url !== undefined) await checkReceiverUrl(input.url, notifications);
      const saved = await store.createChannel(actor(request), scope, input);
      return reply.code(201).send({ channel: saved.channel, secret: saved.newSecret });
    },
  );

  app.put(
    '/channels/:id',
    {
      config: { allow: canAdminister },
      bodyLimit: SMALL_BODY_BYTES,
      schema: {
        tags: ['notifications'],
        summary: 'Replace a channel\u2019s settings, and move it to another scope if `scope` is given (admins); a webhook sent without a secret keeps its own',
        params: idParams,
        body: channelBody.extend({ scope: channelBody.shape.scope.optional().describe('instance, or team:NAME (a team that exists: 404 otherwise): the channel moves there; left out, it stays where it is') }),
        response: { 200: savedSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { scope, ...input } = request.body;
      if (input.url !== undefined) await checkReceiverUrl(input.url, notifications);
      const saved = await store.updateChannel(actor(request), request.params.id, input, scope);
      return { channel: saved.channel, secret: saved.newSecret };
    },
  );

  app.delete(
    '/channels/:id',
    { config: { allow: canAdminister }, schema: { tags: ['notifications'], summary: 'Remove a channel: what it had not delivered fails; the log stays (admins)', params: idParams, response: { 204: z.null(), ...errorResponses } } },
    async (request, reply) => {
      await store.deleteChannel(actor(request), request.params.id);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/deliveries',
    {
      config: { allow: canAdminister },
      schema: {
        tags: ['notifications'],
        summary: 'The delivery log, newest first: every attempt, its outcome, status and error (admins)',
        querystring: z.strictObject({
          channelId: z.string().min(1).max(100).optional(),
          outcome: z.enum(['sent', 'retry', 'failed', 'lease_expired']).optional(),
          limit: z.coerce.number().int().min(1).max(500).optional(),
          cursor: z.string().min(1).max(1000).optional(),
        }),
        response: {
          200: z.object({
            items: z.array(z.object({ id: z.string(), outboxId: z.string(), channelId: z.string(), channelName: z.string().nullable(), type: z.string(), subject: z.string(), attempt: z.number().int(), at: z.string(), outcome: z.string(), status: z.number().nullable(), error: z.string().nullable(), durationMs: z.number() })),
            nextCursor: z.string().nullable(),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const { limit, cursor, ...filter } = request.query;
      return store.listDeliveries(filter, { ...(limit === undefined ? {} : { limit }), ...(cursor === undefined ? {} : { cursor }) });
    },
  );
};
