/**
 * Action items filed in trackers. One row per filed item holds its ticket (key, URL, the id the tracker's API uses),
 * the ticket's state as last read, and the one change still owed to the tracker (`pending`: create, open or close):
 * an outbox of one entry per item, so the latest change made in Debrief is the one written, and none is lost while
 * the tracker is down, slow or refusing. A pass claims due rows under a lease (PostgreSQL: `for update skip locked`),
 * and records each attempt: done, or due again after a backoff (what the tracker asked for with Retry-After, or the
 * outbox's schedule), its error kept on the row.
 */
import type { Kysely } from 'kysely';
import { itemKeys } from '../core/action-item-keys.js';
import { NotFoundError } from '../core/errors.js';
import type { ActionItem, ActionStatus } from '../core/postmortem.schema.js';
import { statusFromTicket, wantsOpen, type TicketDraft, type TicketRef, type TicketState } from '../core/trackers.js';
import { isoAt, type Clock } from './clock.js';
import type { Connection } from './dialect/dialect.js';
import { retryDelay } from './outbox.js';
import { loadForWrite, saveChange } from './postmortem-write.js';
import type { StoreContext } from './store-context.js';
import type { Actor, TrackerTicket } from './store.types.js';
import type { Database, TrackerTicketTable } from './tables.js';

/** A row as the domain sees it. */
function ticketOf(row: TrackerTicketTable): TrackerTicket {
  return {
    postmortemId: row.postmortem_id,
    itemKey: row.item_key,
    integrationId: row.integration_id,
    key: row.ticket_key,
    url: row.url,
    externalId: row.external_id,
    pending: row.pending as TrackerTicket['pending'],
    attempts: row.attempts,
    nextAttemptAt: row.next_attempt_at,
    lastError: row.last_error,
    remoteStatus: row.remote_status,
    remoteOpen: row.remote_open === null ? null : row.remote_open === 1,
    remoteUpdatedAt: row.remote_updated_at,
    filedBy: row.filed_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The ticket of an item, or null. */
export async function trackerTicket({ db }: Connection, postmortemId: string, itemKey: string): Promise<TrackerTicket | null> {
  const row = await db.selectFrom('tracker_tickets').selectAll().where('postmortem_id', '=', postmortemId).where('item_key', '=', itemKey).executeTakeFirst();
  return row === undefined ? null : ticketOf(row);
}

/** The tickets of a postmortem's items, by item key. */
export async function ticketsOf({ db }: Connection, postmortemId: string): Promise<TrackerTicket[]> {
  const rows = await db.selectFrom('tracker_tickets').selectAll().where('postmortem_id', '=', postmortemId).orderBy('item_key').execute();
  return rows.map(ticketOf);
}

/** The ticket a tracker knows by `externalId`, in an integration; null when no item was filed as it. */
export async function ticketByExternalId({ db }: Connection, integrationId: string, externalId: string): Promise<TrackerTicket | null> {
  const row = await db.selectFrom('tracker_tickets').selectAll().where('integration_id', '=', integrationId).where('external_id', '=', externalId).executeTakeFirst();
  return row === undefined ? null : ticketOf(row);
}

/** What filing asks for. */
export interface TicketFiling {
  postmortemId: string;
  itemKey: string;
  integrationId: string;
  draft: TicketDraft;
  filedBy: string;
}

/**
 * Puts the creation of an item's ticket in the outbox, due now; an item filed before keeps its ticket (or its
 * creation still under way): the answer is then its row, and `created` false. Never two tickets for one item.
 */
export async function fileTicket({ db, dialect }: Connection, clock: Clock, filing: TicketFiling): Promise<{ ticket: TrackerTicket; created: boolean }> {
  const at = isoAt(clock());
  const row: TrackerTicketTable = {
    postmortem_id: filing.postmortemId,
    item_key: filing.itemKey,
    integration_id: filing.integrationId,
    ticket_key: null,
    url: null,
    external_id: null,
    draft: JSON.stringify(filing.draft),
    pending: 'create',
    pending_since: at,
    attempts: 0,
    next_attempt_at: at,
    locked_until: null,
    last_error: null,
    remote_status: null,
    remote_open: null,
    remote_updated_at: null,
    polled_at: null,
    filed_by: filing.filedBy,
    created_at: at,
    updated_at: at,
  };
  return dialect.writeTransaction(db, async (trx) => {
    const inserted = await trx
      .insertInto('tracker_tickets')
      .values(row)
      .onConflict((oc) => oc.columns(['postmortem_id', 'item_key']).doNothing())
      .returning('item_key')
      .execute();
    const current = await trx.selectFrom('tracker_tickets').selectAll().where('postmortem_id', '=', filing.postmortemId).where('item_key', '=', filing.itemKey).executeTakeFirstOrThrow();
    return { ticket: ticketOf(current), created: inserted.length === 1 };
  });
}

/** A claimed change, for one attempt. */
export interface TicketClaim {
  ticket: TrackerTicket;
  draft: TicketDraft | null;
  /** The change as it was claimed (a newer one made meanwhile is written on a later attempt). */
  pending: 'create' | 'open' | 'close';
  pendingSince: string;
  lockedUntil: string;
}

/** What a pass claims: how many, for how long, and only one item's change when `only` names it. */
export interface ClaimOptions {
  limit: number;
  leaseMs: number;
  only?: { postmortemId: string; itemKey: string };
}

/** Takes up to `limit` due changes for one attempt each, leased for `leaseMs` (no other pass takes them meanwhile). */
export async function claimDueTickets({ db, dialect }: Connection, clock: Clock, { limit, leaseMs, only }: ClaimOptions): Promise<TicketClaim[]> {
  const nowMs = clock();
  const now = isoAt(nowMs);
  const lockedUntil = isoAt(nowMs + leaseMs);
  return dialect.writeTransaction(db, async (trx) => {
    const rows = await trx
      .selectFrom('tracker_tickets')
      .selectAll()
      .where('pending', 'is not', null)
      .where('next_attempt_at', '<=', now)
      .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<=', now)]))
      .$if(only !== undefined, (q) => q.where('postmortem_id', '=', only?.postmortemId ?? '').where('item_key', '=', only?.itemKey ?? ''))
      .orderBy('next_attempt_at')
      .orderBy('postmortem_id')
      .orderBy('item_key')
      .limit(limit)
      .$if(dialect.rowLocks, (q) => q.forUpdate().skipLocked())
      .execute();
    const claims: TicketClaim[] = [];
    for (const row of rows) {
      await trx
        .updateTable('tracker_tickets')
        .set({ attempts: row.attempts + 1, locked_until: lockedUntil })
        .where('postmortem_id', '=', row.postmortem_id)
        .where('item_key', '=', row.item_key)
        .execute();
      claims.push({
        ticket: ticketOf({ ...row, attempts: row.attempts + 1 }),
        draft: row.draft === null ? null : (JSON.parse(row.draft) as TicketDraft),
        pending: row.pending as TicketClaim['pending'],
        pendingSince: row.pending_since ?? now,
        lockedUntil,
      });
    }
    return claims;
  });
}

/** The row of a claim, while the claim is still the pass's (its lease not taken over). */
function claimed(trx: Kysely<Database>, claim: TicketClaim) {
  return trx.updateTable('tracker_tickets').where('postmortem_id', '=', claim.ticket.postmortemId).where('item_key', '=', claim.ticket.itemKey).where('locked_until', '=', claim.lockedUntil);
}

/** The status of an item as last tracked (action_item_times), or null when the item is gone. */
async function trackedStatus(trx: Kysely<Database>, postmortemId: string, itemKey: string): Promise<ActionStatus | null> {
  const row = await trx.selectFrom('action_item_times').select('status').where('postmortem_id', '=', postmortemId).where('item_key', '=', itemKey).executeTakeFirst();
  return row === undefined ? null : (row.status as ActionStatus);
}

/**
 * Records a change written to the tracker: the ticket created (`ref`) or opened or closed, and its state now. A
 * change made in Debrief since the claim stays owed; a ticket created for an item closed meanwhile is owed a closing.
 */
export async function recordTicketWritten({ db, dialect }: Connection, clock: Clock, claim: TicketClaim, state: TicketState, ref?: TicketRef): Promise<TrackerTicket | null> {
  const at = isoAt(clock());
  return dialect.writeTransaction(db, async (trx) => {
    const current = await trx.selectFrom('tracker_tickets').selectAll().where('postmortem_id', '=', claim.ticket.postmortemId).where('item_key', '=', claim.ticket.itemKey).executeTakeFirst();
    if (current === undefined || current.locked_until !== claim.lockedUntil) return null;
    const status = await trackedStatus(trx, claim.ticket.postmortemId, claim.ticket.itemKey);
    const owedAfterCreate = claim.pending === 'create' && status !== null && wantsOpen(status) !== state.open ? (state.open ? 'close' : 'open') : null;
    const newer = current.pending !== claim.pending || current.pending_since !== claim.pendingSince;
    const pending = claim.pending === 'create' ? owedAfterCreate : newer ? current.pending : null;
    await claimed(trx, claim)
      .set({
        ...(ref === undefined ? {} : { ticket_key: ref.key, url: ref.url, external_id: ref.externalId, draft: null }),
        pending,
        pending_since: pending === null ? null : claim.pending === 'create' ? at : current.pending_since,
        attempts: 0,
        next_attempt_at: pending === null ? null : at,
        locked_until: null,
        last_error: null,
        remote_status: state.status,
        remote_open: state.open ? 1 : 0,
        remote_updated_at: state.updatedAt,
        updated_at: at,
      })
      .execute();
    return ticketOf((await trx.selectFrom('tracker_tickets').selectAll().where('postmortem_id', '=', claim.ticket.postmortemId).where('item_key', '=', claim.ticket.itemKey).executeTakeFirstOrThrow()));
  });
}

/** Records a failed attempt: the error kept, the change due again after the backoff (or the wait the tracker asked for). */
export async function recordTicketFailed({ db }: Connection, clock: Clock, claim: TicketClaim, error: string, retryAfterMs?: number): Promise<string> {
  const nowMs = clock();
  const next = isoAt(nowMs + retryDelay(claim.ticket.attempts, retryAfterMs));
  await claimed(db, claim).set({ last_error: error.slice(0, 2000), next_attempt_at: next, locked_until: null, updated_at: isoAt(nowMs) }).execute();
  return next;
}

/** The due time of a change owed at once, whatever the clock of the pass (earlier than any instant the store writes). */
const DUE_AT_ONCE = '1970-01-01T00:00:00.000Z';

/**
 * Notes the status items now have (inside the write that changed them, at `at`): a filed ticket whose state differs is
 * owed an opening or a closing, due at once (the latest change replaces one not yet written); one that agrees owes
 * nothing more.
 */
export async function noteItemStatuses(trx: Kysely<Database>, postmortemId: string, statuses: ReadonlyMap<string, ActionStatus>, at: string): Promise<void> {
  if (statuses.size === 0) return;
  const rows = await trx.selectFrom('tracker_tickets').selectAll().where('postmortem_id', '=', postmortemId).where('item_key', 'in', [...statuses.keys()]).execute();
  for (const row of rows) {
    const status = statuses.get(row.item_key);
    if (status === undefined || row.pending === 'create' || row.remote_open === null) continue;
    const open = wantsOpen(status);
    const owed = (row.remote_open === 1) === open ? null : open ? 'open' : 'close';
    if (owed === row.pending) continue;
    await trx
      .updateTable('tracker_tickets')
      .set({ pending: owed, pending_since: owed === null ? null : at, attempts: 0, next_attempt_at: owed === null ? null : DUE_AT_ONCE, last_error: null, updated_at: at })
      .where('postmortem_id', '=', postmortemId)
      .where('item_key', '=', row.item_key)
      .execute();
  }
}

/** What a ticket's state read from the tracker does to its item. */
export interface RemoteOutcome {
  /** The status the item takes, or null when it stays. */
  status: ActionStatus | null;
  /** In words, for the integration's log (a conflict says which change won). */
  detail: string;
}

/**
 * Takes a ticket's state as read from the tracker (a webhook, or the poll): an older state than the last one read is
 * ignored; a change owed to the tracker that disagrees is a conflict, and the later change wins (the tracker's, when
 * its ticket changed after the change made in Debrief; else Debrief's stays owed). Answers the item's new status.
 */
export async function takeRemoteState({ db, dialect }: Connection, clock: Clock, ticket: TrackerTicket, state: TicketState): Promise<RemoteOutcome> {
  const at = isoAt(clock());
  return dialect.writeTransaction(db, async (trx) => {
    const row = await trx.selectFrom('tracker_tickets').selectAll().where('postmortem_id', '=', ticket.postmortemId).where('item_key', '=', ticket.itemKey).executeTakeFirst();
    if (row === undefined) throw new NotFoundError(`no ticket for action item ${ticket.itemKey} of ${ticket.postmortemId}`, { id: ticket.postmortemId });
    const name = `${row.ticket_key ?? '?'} (${state.status}, ${state.open ? 'open' : 'closed'} at ${state.updatedAt})`;
    if (row.remote_updated_at !== null && state.updatedAt < row.remote_updated_at) return { status: null, detail: `${name}: older than the state read before (${row.remote_updated_at}); ignored` };
    const owedOpen = row.pending === 'open' ? true : row.pending === 'close' ? false : null;
    let detail = `${name}`;
    let pending = row.pending;
    if (owedOpen !== null && owedOpen !== state.open) {
      const since = row.pending_since ?? at;
      if (state.updatedAt > since) {
        pending = null;
        detail = `conflict: ${name} changed after Debrief's change of ${since}; the ticket's state wins`;
      } else {
        detail = `conflict: Debrief's change of ${since} is later than ${name}; it stays owed to the tracker`;
      }
    } else if (owedOpen !== null) {
      pending = null;
    }
    await trx
      .updateTable('tracker_tickets')
      .set({
        remote_status: state.status,
        remote_open: state.open ? 1 : 0,
        remote_updated_at: state.updatedAt,
        polled_at: at,
        pending,
        ...(pending === null ? { pending_since: null, next_attempt_at: null, attempts: 0, last_error: null, locked_until: null } : {}),
        updated_at: at,
      })
      .where('postmortem_id', '=', row.postmortem_id)
      .where('item_key', '=', row.item_key)
      .execute();
    if (pending !== null && row.pending !== 'create') return { status: null, detail };
    const current = await trackedStatus(trx, row.postmortem_id, row.item_key);
    const status = current === null ? null : statusFromTicket(current, state.open);
    return { status, detail: status === null ? detail : `${detail}: the item becomes ${status}` };
  });
}

/** Filed tickets not read for `everyMs`, the longest unread first: what the poll for missed events reads. */
export async function ticketsToPoll({ db }: Connection, clock: Clock, everyMs: number, limit: number): Promise<TrackerTicket[]> {
  const before = isoAt(clock() - everyMs);
  const rows = await db
    .selectFrom('tracker_tickets')
    .selectAll()
    .where('external_id', 'is not', null)
    .where((eb) => eb.or([eb('polled_at', 'is', null), eb('polled_at', '<=', before)]))
    .orderBy('polled_at')
    .orderBy('postmortem_id')
    .limit(limit)
    .execute();
  return rows.map(ticketOf);
}

/** Notes that a ticket was read (or could not be), so the poll moves on to others. */
export async function markPolled({ db }: Connection, clock: Clock, ticket: TrackerTicket): Promise<void> {
  await db.updateTable('tracker_tickets').set({ polled_at: isoAt(clock()) }).where('postmortem_id', '=', ticket.postmortemId).where('item_key', '=', ticket.itemKey).execute();
}

/**
 * Changes one item (by its key) of a postmortem as `change` says, recorded as a revision with `note`; false when the
 * item is gone or `change` answers null (nothing to change).
 */
export async function changeItemByKey(
  { db, dialect }: Connection,
  context: StoreContext,
  actor: Actor,
  postmortemId: string,
  itemKey: string,
  change: (item: ActionItem) => ActionItem | null,
  note: string,
): Promise<boolean> {
  return dialect.writeTransaction(db, async (trx) => {
    const current = await loadForWrite(trx, dialect, actor, postmortemId);
    const items = current.postmortem.actionItems;
    const index = itemKeys(items).indexOf(itemKey);
    const item = items[index];
    const changed = item === undefined ? null : change(item);
    if (changed === null) return false;
    const actionItems = items.map((a, i) => (i === index ? changed : a));
    await saveChange(trx, dialect, context, actor, current, { ...current.postmortem, actionItems }, { note });
    return true;
  });
}
