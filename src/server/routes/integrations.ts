/**
 * Integrations (admins): add, list, read, change and remove the alerting tools whose webhooks make incidents, secrets
 * never shown (but once, when Debrief generates one); each with its hook URL, its latest deliveries, and a test.
 */
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { canAdminister } from '../../core/access.js';
import { INTEGRATION_KINDS, isHookKind, type PublicIntegration } from '../../core/integrations.js';
import { isTrackerKind } from '../../core/trackers.js';
import type { FetchSource } from '../../importers/live-fetch.js';
import type { AddressPolicy } from '../../integrations/channels/ssrf-guard.js';
import { connectionTest } from '../../integrations/hooks/connection-test.js';
import { checkIntegrationUrls } from '../../integrations/outbound-urls.js';
import type { Store } from '../../store/store.types.js';
import { actor } from '../auth.js';
import { SMALL_BODY_BYTES } from '../content-types.js';
import { errorResponses } from '../views/error.js';

/** The deliveries shown with an integration. */
const SHOWN_DELIVERIES = 20;

const integrationSchema = z
  .object({
    id: z.string(),
    kind: z.enum(INTEGRATION_KINDS),
    name: z.string(),
    scope: z.string().describe('instance, or team:<name in lower case>'),
    settings: z.record(z.string(), z.unknown()).describe('The kind\u2019s settings: nothing secret.'),
    hasSecret: z.boolean(),
    secretHint: z.string().nullable().describe('The secret\u2019s last 4 characters, to tell which one is in force.'),
    hasWebhookSecret: z.boolean().describe('A tracker\u2019s: whether a webhook signing secret is set (its webhooks are refused without one).'),
    createdAt: z.string(),
    updatedAt: z.string(),
    createdBy: z.string(),
    hookUrl: z.string().nullable().describe('Where the vendor sends its webhook (null for kinds without one).'),
  })
  .meta({ id: 'Integration' });

const deliverySchema = z
  .object({
    id: z.string(),
    integrationId: z.string(),
    receivedAt: z.string(),
    outcome: z.enum(['processing', 'created', 'updated', 'unchanged', 'ignored', 'refused', 'replayed', 'failed']),
    status: z.number().int(),
    detail: z.string(),
    incidentId: z.string().nullable(),
  })
  .meta({ id: 'HookDelivery' });

const integrationBody = z.object({
  kind: z.enum(INTEGRATION_KINDS),
  name: z.string().max(200),
  scope: z.string().min(1).max(140).optional().describe('instance (the default), or team:NAME: incidents it makes belong to that team'),
  settings: z.record(z.string(), z.unknown()).optional().describe('The kind\u2019s settings (see docs/integrations.md); defaults when left out'),
  secret: z.string().max(500).optional().describe('The signing secret, token or password (16+ characters); one is generated when left out, except for PagerDuty, which generates its own; a tracker\u2019s API credential, or the Slack or PagerDuty API token of a slack-api or pagerduty-api integration (required)'),
  webhookSecret: z.string().max(500).optional().describe('Trackers only: the secret their webhooks are signed with (GitHub, Jira: the one you set on the webhook; Linear: the one it shows); left out, the one in force stays'),
});
const savedSchema = z.object({ integration: integrationSchema, secret: z.string().nullable().describe('The generated secret, shown only in this answer; null when none was generated.') });
const idParams = z.strictObject({ id: z.string().min(1).max(100) });

/** The URL a vendor posts an integration's deliveries to, on the server the request came to. */
function hookUrlOf(request: FastifyRequest, integration: PublicIntegration): string | null {
  return isHookKind(integration.kind) || isTrackerKind(integration.kind) ? `${request.protocol}://${request.host}/api/v1/hooks/${integration.kind}/${integration.id}` : null;
}

/** An integration as answered: with its hook URL. */
function shown(request: FastifyRequest, integration: PublicIntegration): z.infer<typeof integrationSchema> {
  return { ...integration, hookUrl: hookUrlOf(request, integration) };
}

/** GET/POST /integrations, GET/PUT/DELETE /integrations/{id}, POST /integrations/{id}/test (admins). */
export const integrationRoutes: FastifyPluginAsyncZod<{ store: Store; outbound: AddressPolicy; fetchApis?: Partial<Record<FetchSource, string>> }> = async (app, { store, outbound, fetchApis = {} }) => {
  app.get(
    '/integrations',
    {
      config: { allow: canAdminister },
      schema: { tags: ['integrations'], summary: 'Every integration, secrets never shown (admins)', querystring: z.strictObject({ kind: z.enum(INTEGRATION_KINDS).optional() }), response: { 200: z.object({ items: z.array(integrationSchema) }), ...errorResponses } },
    },
    async (request) => ({ items: (await store.listIntegrations(request.query.kind)).map((i) => shown(request, i)) }),
  );

  app.post(
    '/integrations',
    {
      config: { allow: canAdminister },
      bodyLimit: SMALL_BODY_BYTES,
      schema: {
        tags: ['integrations'],
        summary: 'Add an integration (admins): its secret is sealed under DEBRIEF_SECRET_KEY (400 when the server has none) and never shown again; an address in its settings (site, apiUrl) must not be link-local, nor private or loopback unless the instance allows private addresses',
        body: integrationBody,
        response: { 201: savedSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      await checkIntegrationUrls(request.body, true, outbound);
      const saved = await store.createIntegration(actor(request), request.body);
      return reply.code(201).send({ integration: shown(request, saved.integration), secret: saved.newSecret });
    },
  );

  app.get(
    '/integrations/:id',
    {
      config: { allow: canAdminister },
      schema: {
        tags: ['integrations'],
        summary: 'One integration with its latest deliveries, newest first (admins)',
        params: idParams,
        response: { 200: z.object({ integration: integrationSchema, deliveries: z.array(deliverySchema) }), ...errorResponses },
      },
    },
    async (request) => {
      const integration = await store.getIntegration(request.params.id);
      return { integration: shown(request, integration), deliveries: await store.listHookDeliveries(integration.id, SHOWN_DELIVERIES) };
    },
  );

  app.put(
    '/integrations/:id',
    {
      config: { allow: canAdminister },
      bodyLimit: SMALL_BODY_BYTES,
      schema: {
        tags: ['integrations'],
        summary: 'Replace an integration\u2019s name, scope and settings (admins); a secret given replaces the one in force, none keeps it; its kind cannot change',
        params: idParams,
        body: integrationBody,
        response: { 200: savedSchema, ...errorResponses },
      },
    },
    async (request) => {
      await checkIntegrationUrls(request.body, false, outbound);
      const saved = await store.updateIntegration(actor(request), request.params.id, request.body);
      return { integration: shown(request, saved.integration), secret: null };
    },
  );

  app.delete(
    '/integrations/:id',
    { config: { allow: canAdminister }, schema: { tags: ['integrations'], summary: 'Remove an integration and its delivery log; the incidents it made stay (admins)', params: idParams, response: { 204: z.null(), ...errorResponses } } },
    async (request, reply) => {
      await store.deleteIntegration(actor(request), request.params.id);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/integrations/:id/test',
    {
      config: { allow: canAdminister },
      schema: {
        tags: ['integrations'],
        summary: 'Test an integration (admins): its secret opens, a sample delivery signed as the vendor signs it verifies (and an unsigned one is refused) and reads as an incident; a tracker or a live-fetch token (slack-api, pagerduty-api): the tool takes the credential; with the hook URL and the last delivery received. Changes nothing.',
        params: idParams,
        response: {
          200: z
            .object({
              ok: z.boolean(),
              hookUrl: z.string().nullable(),
              checks: z.array(z.object({ name: z.string(), ok: z.boolean(), detail: z.string() })),
              lastDelivery: deliverySchema.nullable(),
            })
            .meta({ id: 'IntegrationTest' }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const integration = await store.getIntegration(request.params.id);
      return { ...(await connectionTest(store, integration, { apis: fetchApis, outbound })), hookUrl: hookUrlOf(request, integration) };
    },
  );
};
