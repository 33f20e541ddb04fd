/**
 * Inbound webhooks of alerting tools: `POST /api/v1/hooks/{kind}` (tried against every integration of that kind) and
 * `POST /api/v1/hooks/{kind}/{integrationId}` (one). No session or token: each delivery proves itself by its
 * vendor's scheme (integrations/hooks/verify.ts) over the raw body, before it is parsed; one that does not gets 401
 * and changes nothing. A verified delivery is claimed by its key (the vendor's event id, or its body's hash) before
 * it is acted on, so that a replay answers 200 and changes nothing; one that fails gives its key back for the
 * vendor's retry. Every delivery is logged on its integration for admins.
 */
import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { HOOK_KINDS, type HookKind, type PublicIntegration } from '../../core/integrations.js';
import { isTrackerKind, TRACKER_KINDS, type TrackerKind } from '../../core/trackers.js';
import { readHook } from '../../integrations/hooks/signals.js';
import { applyTicketState } from '../../integrations/trackers/sync.js';
import { readTrackerEvent, verifyTrackerDelivery } from '../../integrations/trackers/webhooks.js';
import { verifyDelivery } from '../../integrations/hooks/verify.js';
import { isoAt } from '../../store/clock.js';
import type { HookDeliveryResult, IntegrationWithSecret, Store } from '../../store/store.types.js';
import { HttpError } from '../errors.js';
import { assertJsonDepth } from '../json-depth.js';
import { applySignal, type SignalOutcome } from '../practice/alerting.js';
import { errorResponses } from '../views/error.js';

/** The largest delivery accepted (Alertmanager groups may carry many alerts; PagerDuty's are under 55 KB). */
const HOOK_BODY_BYTES = 1024 * 1024;

const answerSchema = z
  .object({
    outcome: z.enum(['created', 'updated', 'unchanged', 'ignored', 'replayed']),
    detail: z.string().describe('What was done, or why nothing was.'),
    incidents: z.array(z.string()).describe('The incidents created or updated.'),
    ignored: z.array(z.string()).describe('What the delivery held that Debrief does not act on, each with why.'),
  })
  .meta({ id: 'HookAnswer' });

type Answer = z.infer<typeof answerSchema>;

const kindParams = z.strictObject({ kind: z.enum([...HOOK_KINDS, ...TRACKER_KINDS]) });
const oneParams = kindParams.extend({ integrationId: z.string().min(1).max(100) });

/** A body's raw bytes, kept out of sight of the checks that walk a parsed body's fields (a private field has no key). */
class RawBody {
  readonly #bytes: Buffer;
  constructor(bytes: Buffer) {
    this.#bytes = bytes;
  }
  /** The bytes as sent. */
  get bytes(): Buffer {
    return this.#bytes;
  }
}

/** Reads every body of these routes as raw bytes, whatever its media type: signatures are over the bytes as sent. */
function rawBodies(app: FastifyInstance): void {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) => done(null, new RawBody(body as Buffer)));
}

/** The integration whose scheme a delivery verifies with, or 401 with why each refused it (logged on each). */
async function verified(store: Store, kind: HookKind, candidates: IntegrationWithSecret[], request: FastifyRequest, body: Buffer): Promise<PublicIntegration & { kind: HookKind }> {
  const verdicts = candidates.map((c) => ({ integration: c.integration, verdict: verifyDelivery(kind, c.integration.settings, c.secret, request.headers, body, store.now()) }));
  const match = verdicts.find((v) => v.verdict.ok);
  if (match !== undefined) return { ...match.integration, kind };
  const reasons = verdicts.map((v) => (v.verdict.ok ? '' : v.verdict.reason));
  for (const [i, v] of verdicts.entries()) await store.recordHookDelivery(v.integration.id, { outcome: 'refused', status: 401, detail: reasons[i] ?? '' });
  throw new HttpError(401, 'unauthenticated', candidates.length === 1 ? `Refused: ${reasons[0]}.` : `Refused by each of the ${candidates.length} ${kind} integrations: ${reasons.join('; ')}.`);
}

/** The JSON of a verified body; 400 (logged) when it is not JSON. */
async function parsed(store: Store, integration: PublicIntegration, body: Buffer): Promise<unknown> {
  try {
    const text = body.toString('utf8');
    assertJsonDepth(text);
    return JSON.parse(text) as unknown;
  } catch (error) {
    const detail = `the body is not JSON (${error instanceof Error ? error.message : String(error)})`;
    await store.recordHookDelivery(integration.id, { outcome: 'ignored', status: 400, detail });
    throw new HttpError(400, 'invalid_json', `The delivery was verified, but ${detail}; nothing changed.`);
  }
}

/** The answer of a delivery acted on, from what each of its signals did. */
function answerOf(outcomes: SignalOutcome[], ignored: string[]): Answer {
  const incidents = [...new Set(outcomes.map((o) => o.incidentId))];
  const worked = outcomes.find((o) => o.outcome === 'created') ?? outcomes.find((o) => o.outcome === 'updated') ?? outcomes[0];
  const detail = [...outcomes.map((o) => o.detail), ...ignored.map((i) => `ignored: ${i}`)].join('; ') || 'nothing to do';
  return { outcome: worked?.outcome ?? 'ignored', detail, incidents, ignored };
}

/** The integrations a delivery to `kind` (one, with `id`) may belong to; 404 when there is none. */
async function candidatesOf(store: Store, kind: HookKind | TrackerKind, id: string | undefined): Promise<IntegrationWithSecret[]> {
  const candidates = await store.hookIntegrations(kind, id);
  if (candidates.length === 0) throw new HttpError(404, 'not_found', id === undefined ? `No ${kind} integration is configured: an admin adds one on the Integrations page.` : `No ${kind} integration with id ${id}.`);
  return candidates;
}

/** Claims a delivery by its key; null (and the replay logged) when it came before. */
async function claimed(store: Store, integrationId: string, key: string): Promise<string | null> {
  const claim = await store.claimHookDelivery(integrationId, key);
  if (claim === null) await store.recordHookDelivery(integrationId, { outcome: 'replayed', status: 200, detail: `delivery ${key} was received before: nothing changed` });
  return claim;
}

/** The answer of a replay. */
const replayed = (key: string): { status: number; answer: Answer } => ({ status: 200, answer: { outcome: 'replayed', detail: `delivery ${key} was received before: nothing changed`, incidents: [], ignored: [] } });

/**
 * Receives a tracker's delivery: verified with the integration's webhook secret, read as a ticket's new state, which
 * moves the item filed as that ticket (closed: done; reopened: open; the later change wins).
 */
async function receiveTracker(store: Store, kind: TrackerKind, id: string | undefined, request: FastifyRequest, body: Buffer): Promise<{ status: number; answer: Answer }> {
  const candidates = await candidatesOf(store, kind, id);
  const verdicts = candidates.map((c) => ({ integration: c.integration, verdict: verifyTrackerDelivery(kind, c.webhookSecret, request.headers, body) }));
  const match = verdicts.find((v) => v.verdict.ok)?.integration;
  if (match === undefined) {
    const reasons = verdicts.map((v) => (v.verdict.ok ? '' : v.verdict.reason));
    for (const [i, v] of verdicts.entries()) await store.recordHookDelivery(v.integration.id, { outcome: 'refused', status: 401, detail: reasons[i] ?? '' });
    throw new HttpError(401, 'unauthenticated', `Refused: ${reasons.join('; ')}.`);
  }
  const settings = match.settings as Record<string, unknown>;
  const event = readTrackerEvent(kind, request.headers, await parsed(store, match, body), { repo: `${String(settings.owner)}/${String(settings.repo)}`, now: store.now() });
  const key = event.deliveryId ?? `sha256:${createHash('sha256').update(body).digest('hex')}`;
  const claim = await claimed(store, match.id, key);
  if (claim === null) return replayed(key);
  const ticket = 'ignored' in event ? null : await store.ticketByExternalId(match.id, event.externalId);
  if ('ignored' in event || ticket === null) {
    const why = 'ignored' in event ? event.ignored : `no action item was filed as ${event.externalId}`;
    await store.recordHookDelivery(match.id, { outcome: 'ignored', status: 202, detail: why }, claim);
    return { status: 202, answer: { outcome: 'ignored', detail: why, incidents: [], ignored: [why] } };
  }
  try {
    const outcome = await applyTicketState(store, match, ticket, event.state);
    await store.recordHookDelivery(match.id, { outcome: outcome.status === null ? 'unchanged' : 'updated', status: 202, detail: outcome.detail }, claim);
    return { status: 202, answer: { outcome: outcome.status === null ? 'unchanged' : 'updated', detail: outcome.detail, incidents: [], ignored: [] } };
  } catch (error) {
    await store.recordHookDelivery(match.id, { outcome: 'failed', status: 500, detail: error instanceof Error ? error.message : String(error) }, claim);
    throw error;
  }
}

/** Receives one delivery to a hook of `kind` (of one integration when `id` is given). */
async function receive(store: Store, kind: HookKind | TrackerKind, id: string | undefined, request: FastifyRequest): Promise<{ status: number; answer: Answer }> {
  const body = request.body instanceof RawBody ? request.body.bytes : Buffer.alloc(0);
  if (isTrackerKind(kind)) return receiveTracker(store, kind, id, request, body);
  const candidates = await candidatesOf(store, kind, id);
  const integration = await verified(store, kind, candidates, request, body);
  const payload = await parsed(store, integration, body);
  const reading = readHook(kind, payload, isoAt(store.now()));
  const key = reading.deliveryId ?? `sha256:${createHash('sha256').update(body).digest('hex')}`;
  const claim = await claimed(store, integration.id, key);
  if (claim === null) return replayed(key);
  try {
    const outcomes: SignalOutcome[] = [];
    for (const signal of reading.signals) outcomes.push(await applySignal(store, integration, signal));
    const answer = answerOf(outcomes, reading.ignored);
    const result: HookDeliveryResult = { outcome: answer.outcome, status: 202, detail: answer.detail, incidentId: answer.incidents[0] ?? null };
    await store.recordHookDelivery(integration.id, result, claim);
    return { status: 202, answer };
  } catch (error) {
    await store.recordHookDelivery(integration.id, { outcome: 'failed', status: 500, detail: error instanceof Error ? error.message : String(error) }, claim);
    throw error;
  }
}

const description =
  'No session or token: the delivery is verified by the vendor\u2019s scheme over the raw body (PagerDuty X-PagerDuty-Signature; Alertmanager Authorization Bearer or Basic; Opsgenie a custom header; Grafana its HMAC signature header or Authorization; trackers: GitHub X-Hub-Signature-256, Linear Linear-Signature, Jira X-Hub-Signature, with the integration\u2019s webhook secret). A tracker\u2019s delivery moves the action item filed as its ticket (closed: done; reopened: open). 401 when it does not verify (nothing changes), 400 when it verifies but is not JSON, 404 when no such integration is configured; a replay answers 200 and changes nothing. The body is the vendor\u2019s webhook payload as sent. See docs/integrations.md.';

/** POST /hooks/{kind}, POST /hooks/{kind}/{integrationId}. */
export const hookRoutes: FastifyPluginAsyncZod<{ store: Store }> = async (app, { store }) => {
  rawBodies(app);
  const responses = { 200: answerSchema.describe('A replay: received before, nothing changed.'), 202: answerSchema, ...errorResponses };
  app.post(
    '/hooks/:kind',
    { config: { public: true }, bodyLimit: HOOK_BODY_BYTES, schema: { tags: ['hooks'], summary: 'Receive an alerting tool\u2019s webhook (creates and updates incidents) or a tracker\u2019s (moves the items filed as its tickets), verified against each integration of its kind', description, security: [], params: kindParams, response: responses } },
    async (request, reply) => {
      const { status, answer } = await receive(store, request.params.kind, undefined, request);
      return reply.code(status).send(answer);
    },
  );
  app.post(
    '/hooks/:kind/:integrationId',
    { config: { public: true }, bodyLimit: HOOK_BODY_BYTES, schema: { tags: ['hooks'], summary: 'Receive an alerting tool\u2019s or a tracker\u2019s webhook for one integration', description, security: [], params: oneParams, response: responses } },
    async (request, reply) => {
      const { status, answer } = await receive(store, request.params.kind, request.params.integrationId, request);
      return reply.code(status).send(answer);
    },
  );
};
