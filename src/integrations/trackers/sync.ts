/**
 * Action items and their tickets, kept in step: filing an item owes its tracker a ticket; a pass writes what is owed
 * (created, opened, closed) through the tracker's client, and records each attempt in the integration's log (an
 * error on the ticket too, retried later); a ticket's state read back (a webhook, or the poll for missed events)
 * moves its item: closed makes it done (never verified), reopened makes it open.
 */
import { itemKeys } from '../../core/action-item-keys.js';
import { canWrite } from '../../core/access.js';
import { ConflictError, ForbiddenError, NotFoundError } from '../../core/errors.js';
import type { PublicIntegration } from '../../core/integrations.js';
import type { ActionItem, ActionStatus } from '../../core/postmortem.schema.js';
import { isTrackerKind, ticketDraft, type TicketState, type TrackerKind, type TrackerSettings } from '../../core/trackers.js';
import { itemIndex } from '../../store/action-items.js';
import type { Actor, Store, TrackerTicket } from '../../store/store.types.js';
import type { TicketClaim } from '../../store/tracker-tickets.js';
import { fieldError } from '../../store/validate.js';
import type { AddressPolicy } from '../channels/ssrf-guard.js';
import { trackerClient } from './clients.js';
import type { TrackerClient } from './tracker.js';
import { trackerErrorOf } from './tracker-error.js';

/** How long a pass holds a claimed change before another may take it. */
const LEASE_MS = 2 * 60_000;

/** How often the scheduler's pass reads each filed ticket, for the events a webhook missed. */
export const TRACKER_POLL_MS = 15 * 60_000;

/** Changes written per pass, and tickets read per poll. */
const PER_PASS = 50;

/**
 * Who a tracker's changes to items are recorded as: named after its integration. It reads and writes the items filed
 * through it, restricted postmortems included (the filer could see them), and nothing else: only this module uses it.
 */
export function trackerActor(integration: PublicIntegration): Actor {
  return { userId: `integration:${integration.id}`, email: `${integration.kind}+${integration.id}@integrations.debrief.invalid`, role: 'admin' };
}

/** A tracker integration with its client, or null when it is gone (removed since) or not a tracker. */
async function connect(store: Store, integrationId: string, outbound: AddressPolicy): Promise<{ integration: PublicIntegration & { kind: TrackerKind }; client: TrackerClient } | null> {
  let integration: PublicIntegration;
  try {
    integration = await store.getIntegration(integrationId);
  } catch (error) {
    if (error instanceof NotFoundError) return null;
    throw error;
  }
  const kind = integration.kind;
  if (!isTrackerKind(kind)) return null;
  const [opened] = await store.hookIntegrations(kind, integrationId);
  if (opened?.secret == null) return null;
  return { integration: { ...integration, kind }, client: await trackerClient(kind, integration.settings as TrackerSettings, opened.secret, store.now, outbound) };
}

/** The tracker an item of a postmortem with `teams` is filed in: the one named, else the only one of its teams or of the instance. */
async function chooseTracker(store: Store, teams: readonly string[], integrationId: string | undefined): Promise<PublicIntegration> {
  if (integrationId !== undefined) {
    const named = await store.getIntegration(integrationId).catch((error: unknown) => {
      if (error instanceof NotFoundError) throw fieldError('integrationId', `no integration with id ${integrationId}`);
      throw error;
    });
    if (!isTrackerKind(named.kind)) throw fieldError('integrationId', `${named.name} is a ${named.kind} integration, not a tracker (jira, linear or github)`);
    return named;
  }
  const trackers = (await store.listIntegrations()).filter((i) => isTrackerKind(i.kind));
  const scopes = new Set(teams.map((t) => `team:${t.trim().toLowerCase()}`));
  const ofTeams = trackers.filter((i) => scopes.has(i.scope));
  const candidates = ofTeams.length > 0 ? ofTeams : trackers.filter((i) => i.scope === 'instance');
  if (candidates.length === 1) return candidates[0] as PublicIntegration;
  if (candidates.length === 0) {
    throw new ConflictError(`no tracker is configured for ${teams.length === 0 ? 'the instance' : `the team${teams.length > 1 ? 's' : ''} ${teams.join(', ')} or the instance`}: an admin adds a Jira, Linear or GitHub integration on the Integrations page`);
  }
  throw fieldError('integrationId', `${candidates.length} trackers could take this item (${candidates.map((c) => `${c.name}: ${c.id}`).join(', ')}): name one`);
}

/** What filing an item answered. */
export interface FilingResult {
  /** `filed`: the ticket exists now; `pending`: owed to the tracker, retried; `linked`: the item had a ticket already. */
  outcome: 'filed' | 'pending' | 'linked';
  itemKey: string;
  /** The ticket row (null for an item whose ticket was written by hand). */
  ticket: TrackerTicket | null;
  /** The item's ticket as written (a URL or a key), when it had one. */
  written: string | null;
}

/**
 * Files an action item (by its id, else its 0-based position) in its tracker: owes the tracker its ticket and tries
 * at once; an item with a ticket (filed before, or written by hand) is linked, never filed twice. `link` is the
 * postmortem's page, for the ticket's description.
 */
export async function fileActionItem(store: Store, actor: Actor, postmortemId: string, itemParam: string, options: { integrationId?: string; link: string; outbound: AddressPolicy }): Promise<FilingResult> {
  if (!canWrite(actor.role)) throw new ForbiddenError(`${actor.email} (${actor.role}) may read but not file action items`);
  const stored = await store.getPostmortem(actor, postmortemId);
  const items = stored.postmortem.actionItems;
  const index = itemIndex(items, postmortemId, itemParam);
  const item = items[index] as ActionItem;
  const itemKey = itemKeys(items)[index] as string;
  const existing = await store.trackerTicket(postmortemId, itemKey);
  if (existing !== null) return { outcome: existing.key === null ? 'pending' : 'linked', itemKey, ticket: existing, written: item.ticket };
  if (item.ticket !== null && item.ticket.trim() !== '') return { outcome: 'linked', itemKey, ticket: null, written: item.ticket };
  const integration = await chooseTracker(store, stored.postmortem.teams, options.integrationId);
  await store.fileTicket({ postmortemId, itemKey, integrationId: integration.id, draft: ticketDraft(item, stored.postmortem.title, options.link), filedBy: actor.email.toLowerCase() });
  await syncTickets(store, { only: { postmortemId, itemKey }, outbound: options.outbound });
  const ticket = await store.trackerTicket(postmortemId, itemKey);
  return { outcome: ticket?.key == null ? 'pending' : 'filed', itemKey, ticket, written: null };
}

/** Writes one claimed change to its tracker; answers whether it was written. */
async function writeClaim(store: Store, claim: TicketClaim, outbound: AddressPolicy): Promise<boolean> {
  const { ticket } = claim;
  const where = `${ticket.postmortemId} action item ${ticket.itemKey}`;
  const connected = await connect(store, ticket.integrationId, outbound);
  if (connected === null) {
    await store.recordTicketFailed(claim, `integration ${ticket.integrationId} is gone, is not a tracker, or has no credential: an admin sets it up again`);
    return false;
  }
  const { integration, client } = connected;
  try {
    if (claim.pending === 'create') {
      if (claim.draft === null) throw new ConflictError(`no draft to create the ticket of ${where} from`);
      const ref = await client.create(claim.draft);
      const state = await client.read(ref.externalId);
      await store.recordTicketWritten(claim, state, ref);
      await store.changeItemByKey(trackerActor(integration), ticket.postmortemId, ticket.itemKey, (item) => (item.ticket === null || item.ticket.trim() === '' ? { ...item, ticket: ref.url } : null), `action item ${ticket.itemKey}: filed as ${ref.key} in ${integration.name}`);
      const notes = ref.notes.length === 0 ? '' : ` (${ref.notes.join('; ')})`;
      await store.recordHookDelivery(integration.id, { outcome: 'created', status: 201, detail: `filed ${where} as ${ref.key} ${ref.url}${notes}` });
    } else {
      if (ticket.externalId === null) throw new ConflictError(`${where} has no ticket to ${claim.pending}`);
      const before = await client.read(ticket.externalId);
      if (before.open !== (claim.pending === 'open') && before.updatedAt > claim.pendingSince) {
        // The ticket changed after the change made in Debrief: the later change wins (takeRemoteState logs the conflict).
        const applied = await applyTicketState(store, integration, ticket, before);
        await store.recordHookDelivery(integration.id, { outcome: applied.status === null ? 'unchanged' : 'updated', status: 200, detail: applied.detail });
        return true;
      }
      const changedToo = before.open !== (claim.pending === 'open') && ticket.remoteUpdatedAt !== null && before.updatedAt > ticket.remoteUpdatedAt;
      const conflict = changedToo ? `conflict: Debrief's change of ${claim.pendingSince} is later than ${ticket.key ?? ''}'s of ${before.updatedAt}, and wins: ` : '';
      const state = await client.setOpen(ticket.externalId, claim.pending === 'open');
      await store.recordTicketWritten(claim, state);
      await store.recordHookDelivery(integration.id, { outcome: 'updated', status: 200, detail: `${conflict}${claim.pending === 'open' ? 'reopened' : 'closed'} ${ticket.key ?? ticket.externalId} for ${where} (now ${state.status})` });
    }
    return true;
  } catch (error) {
    const failure = trackerErrorOf(integration.name, error, store.now());
    const next = await store.recordTicketFailed(claim, failure.message, failure.retryAfterMs);
    await store.recordHookDelivery(integration.id, { outcome: 'failed', status: failure.status ?? 502, detail: `${claim.pending} for ${where}: ${failure.message}; next attempt at ${next}` });
    return false;
  }
}

/** What a ticket's state does to its item: taken as the latest change (or not), and the item moved; the caller logs `detail`. */
export async function applyTicketState(store: Store, integration: PublicIntegration, ticket: TrackerTicket, state: TicketState): Promise<{ status: ActionStatus | null; detail: string }> {
  const outcome = await store.takeRemoteState(ticket, state);
  const status = outcome.status;
  if (status !== null) {
    const note = `action item ${ticket.itemKey}: ${status} (ticket ${ticket.key ?? ''} ${state.open ? 'reopened' : 'closed'} in ${integration.name}: ${state.status})`;
    await store.changeItemByKey(trackerActor(integration), ticket.postmortemId, ticket.itemKey, (item) => (item.status === status ? null : { ...item, status }), note);
  }
  return { status, detail: `${ticket.postmortemId} action item ${ticket.itemKey}: ${outcome.detail}` };
}

/** What a pass did. */
export interface SyncReport {
  written: number;
  failed: number;
  polled: number;
}

/**
 * One pass: writes the changes owed to trackers (all due, or `only` one item's), then, when `pollEveryMs` is given,
 * reads the tickets not read for that long and takes their state (the events a webhook missed).
 */
export async function syncTickets(store: Store, options: { only?: { postmortemId: string; itemKey: string }; pollEveryMs?: number; outbound: AddressPolicy }): Promise<SyncReport> {
  const report: SyncReport = { written: 0, failed: 0, polled: 0 };
  const claims = await store.claimDueTickets({ limit: PER_PASS, leaseMs: LEASE_MS, ...(options.only === undefined ? {} : { only: options.only }) });
  for (const claim of claims) {
    if (await writeClaim(store, claim, options.outbound)) report.written++;
    else report.failed++;
  }
  if (options.pollEveryMs === undefined) return report;
  for (const ticket of await store.ticketsToPoll(options.pollEveryMs, PER_PASS)) {
    await store.markPolled(ticket);
    const connected = await connect(store, ticket.integrationId, options.outbound);
    if (connected === null || ticket.externalId === null) continue;
    try {
      const applied = await applyTicketState(store, connected.integration, ticket, await connected.client.read(ticket.externalId));
      await store.recordHookDelivery(connected.integration.id, { outcome: applied.status === null ? 'unchanged' : 'updated', status: 200, detail: `poll: ${applied.detail}` });
      report.polled++;
    } catch (error) {
      const failure = trackerErrorOf(connected.integration.name, error, store.now());
      await store.recordHookDelivery(connected.integration.id, { outcome: 'failed', status: failure.status ?? 502, detail: `poll of ${ticket.key ?? ticket.externalId}: ${failure.message}` });
    }
  }
  return report;
}
