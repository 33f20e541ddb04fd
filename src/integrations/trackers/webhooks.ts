/**
 * Trackers' webhooks: verified by each tracker's signature over the raw body, then read as a ticket's new state.
 * - GitHub: `X-Hub-Signature-256: sha256=<hex HMAC-SHA256(secret, body)>`; `issues` events (`X-GitHub-Event`), the
 *   delivery's id in `X-GitHub-Delivery`;
 * - Linear: `Linear-Signature: <hex HMAC-SHA256(secret, body)>`; `Issue` events, the delivery's id in
 *   `Linear-Delivery`, and `webhookTimestamp` (ms) within a minute of now;
 * - Jira Cloud (admin webhooks with a secret): `X-Hub-Signature: sha256=<hex HMAC-SHA256(secret, body)>`;
 *   `jira:issue_*` events, the delivery's id in `X-Atlassian-Webhook-Identifier`.
 */
import type { TicketState, TrackerKind } from '../../core/trackers.js';
import { hmacHex, sameBytes, type Headers, type Verdict } from '../hooks/verify.js';

/** How far Linear's `webhookTimestamp` may be from now (Linear's guidance: a minute). */
const LINEAR_TOLERANCE_MS = 60_000;

/** Each tracker's signature header, and whether its value carries the `sha256=` prefix. */
const SIGNATURE = { github: ['x-hub-signature-256', 'sha256='], linear: ['linear-signature', ''], jira: ['x-hub-signature', 'sha256='] } as const;

/** A header's one value, or undefined. */
function header(headers: Headers, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** Verifies a tracker's delivery with its webhook secret (the body's signature, constant time). */
export function verifyTrackerDelivery(kind: TrackerKind, secret: string | null, headers: Headers, body: Buffer): Verdict {
  if (secret === null) return { ok: false, reason: 'this tracker integration has no webhook secret: set the one its webhook signs with' };
  const [name, prefix] = SIGNATURE[kind];
  const value = header(headers, name);
  if (value === undefined || value.trim() === '') return { ok: false, reason: `no ${name} header: the delivery is unsigned (set a secret on the ${kind} webhook)` };
  return sameBytes(value.trim().toLowerCase(), `${prefix}${hmacHex(secret, body)}`) ? { ok: true } : { ok: false, reason: `the ${name} signature does not match this integration's webhook secret` };
}

/** What a tracker's delivery says: the ticket and its state, or why there is nothing to act on; and its id. */
export type TrackerEvent = { deliveryId: string | null } & ({ externalId: string; state: TicketState } | { ignored: string });

/** The field at a path of a parsed body, or undefined. */
function at(value: unknown, ...path: string[]): unknown {
  let current = value;
  for (const key of path) current = current !== null && typeof current === 'object' ? (current as Record<string, unknown>)[key] : undefined;
  return current;
}

/** An instant a tracker wrote (ISO 8601, Jira's `+0000`, or epoch ms) as ISO 8601 UTC, or null. */
function instant(value: unknown): string | null {
  const ms = typeof value === 'number' ? value : typeof value === 'string' ? Date.parse(value.replace(/([+-]\d{2})(\d{2})$/, '$1:$2')) : Number.NaN;
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

/** A GitHub `issues` delivery. */
function readGitHub(headers: Headers, payload: unknown, repo: string): TrackerEvent {
  const deliveryId = header(headers, 'x-github-delivery') ?? null;
  const event = header(headers, 'x-github-event');
  if (event === 'ping') return { deliveryId, ignored: 'a ping: the webhook reaches Debrief' };
  if (event !== 'issues') return { deliveryId, ignored: `a ${event ?? 'unnamed'} event: Debrief reads issues events only` };
  const fullName = at(payload, 'repository', 'full_name');
  if (typeof fullName === 'string' && fullName.toLowerCase() !== repo.toLowerCase()) return { deliveryId, ignored: `an issue of ${fullName}, not of ${repo}` };
  const number = at(payload, 'issue', 'number');
  const state = at(payload, 'issue', 'state');
  const updatedAt = instant(at(payload, 'issue', 'updated_at'));
  if (typeof number !== 'number' || (state !== 'open' && state !== 'closed') || updatedAt === null) return { deliveryId, ignored: 'an issues event without issue.number, issue.state or issue.updated_at' };
  const reason = at(payload, 'issue', 'state_reason');
  return { deliveryId, externalId: String(number), state: { open: state === 'open', status: typeof reason === 'string' ? `${state} (${reason})` : state, updatedAt } };
}

/** A Linear `Issue` delivery, within a minute of `now`. */
function readLinear(headers: Headers, payload: unknown, now: number): TrackerEvent {
  const deliveryId = header(headers, 'linear-delivery') ?? null;
  const sent = at(payload, 'webhookTimestamp');
  if (typeof sent === 'number' && Math.abs(sent - now) > LINEAR_TOLERANCE_MS) return { deliveryId, ignored: 'webhookTimestamp is more than a minute from now: a replay, or a clock that is off' };
  if (at(payload, 'type') !== 'Issue') return { deliveryId, ignored: `a ${String(at(payload, 'type') ?? 'untyped')} event: Debrief reads Issue events only` };
  const id = at(payload, 'data', 'id');
  const type = at(payload, 'data', 'state', 'type');
  const updatedAt = instant(at(payload, 'data', 'updatedAt'));
  if (typeof id !== 'string' || typeof type !== 'string' || updatedAt === null) return { deliveryId, ignored: 'an Issue event without data.id, data.state.type or data.updatedAt' };
  const name = at(payload, 'data', 'state', 'name');
  return { deliveryId, externalId: id, state: { open: type !== 'completed' && type !== 'canceled', status: typeof name === 'string' ? name : type, updatedAt } };
}

/** A Jira `jira:issue_*` delivery. */
function readJira(headers: Headers, payload: unknown): TrackerEvent {
  const deliveryId = header(headers, 'x-atlassian-webhook-identifier') ?? null;
  const event = at(payload, 'webhookEvent');
  if (typeof event !== 'string' || !event.startsWith('jira:issue_')) return { deliveryId, ignored: `a ${String(event ?? 'unnamed')} event: Debrief reads jira:issue_* events only` };
  const key = at(payload, 'issue', 'key');
  const category = at(payload, 'issue', 'fields', 'status', 'statusCategory', 'key');
  const updatedAt = instant(at(payload, 'issue', 'fields', 'updated')) ?? instant(at(payload, 'timestamp'));
  if (typeof key !== 'string' || typeof category !== 'string' || updatedAt === null) return { deliveryId, ignored: 'an issue event without issue.key, its status category or a time' };
  const name = at(payload, 'issue', 'fields', 'status', 'name');
  return { deliveryId, externalId: key, state: { open: category !== 'done', status: typeof name === 'string' ? name : category, updatedAt } };
}

/** Reads a verified delivery of a tracker (`repo`: GitHub's `owner/repo`; `now` for Linear's timestamp). */
export function readTrackerEvent(kind: TrackerKind, headers: Headers, payload: unknown, context: { repo: string; now: number }): TrackerEvent {
  switch (kind) {
    case 'github':
      return readGitHub(headers, payload, context.repo);
    case 'linear':
      return readLinear(headers, payload, context.now);
    case 'jira':
      return readJira(headers, payload);
  }
}
