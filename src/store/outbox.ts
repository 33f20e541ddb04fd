/**
 * The notification outbox and the channels it delivers to. Every notification is a row here before anything is
 * sent: enqueued once per dedupe key, claimed by one sender at a time under a lease (PostgreSQL: `for update skip
 * locked`, so that several instances never take the same row; SQLite: its write transaction), and recorded after each
 * attempt (sent, retried with backoff, or failed) with one delivery row per attempt, the admins' log. A claim whose
 * sender stopped is taken again once its lease expires. Channels leave the store without their secrets, except to
 * the sender (in a claim).
 */
import type { Kysely } from 'kysely';
import {
  newWebhookSecret,
  parseChannelScope,
  publicChannel,
  validateChannel,
  validateMessage,
  personalAddress,
  personalChannelId,
  type Channel,
  type ChannelConfig,
  type ChannelInput,
  type ChannelScope,
  type DeliveryOutcome,
  type NotificationMessage,
  type PublicChannel,
} from '../core/channels.js';
import { ConflictError, InputError, NotFoundError } from '../core/errors.js';
import { isoAt, type Clock } from './clock.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import type { Connection, Dialect } from './dialect/dialect.js';
import { newId } from './secrets.js';
import type { AttemptOutcome, AttemptResult, ChannelSaved, ClaimedNotification, DeliveryFilter, DeliveryRecord, OutboxClaim, OutboxEntry, OutboxState, Page } from './store.types.js';
import type { ChannelTable, Database, OutboxTable } from './tables.js';
import { fieldError } from './validate.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** The waits after the first failed attempts; after those, every LATER_DELAY_MS. */
const RETRY_DELAYS_MS = [MINUTE, 5 * MINUTE, 30 * MINUTE, 2 * HOUR, 6 * HOUR];
const LATER_DELAY_MS = 12 * HOUR;

/** How far each wait is moved at random (±10 %), so that retries after an outage do not all arrive at once. */
const JITTER = 0.1;

/** A notification not delivered within this long after it was enqueued is given up. */
const GIVE_UP_AFTER_MS = 72 * HOUR;

/** A channels row as the domain sees it. */
function channelOf(row: ChannelTable): Channel {
  return {
    id: row.id,
    scope: row.scope as ChannelScope,
    name: row.name,
    config: JSON.parse(row.config) as ChannelConfig,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    createdBy: row.created_by,
  };
}

/** An outbox row as the domain sees it. */
function entryOf(row: OutboxTable): OutboxEntry {
  return {
    id: row.id,
    channelId: row.channel_id,
    dedupeKey: row.dedupe_key,
    message: JSON.parse(row.message) as NotificationMessage,
    state: row.state as OutboxState,
    attempts: row.attempts,
    nextAttemptAt: row.next_attempt_at,
    lastError: row.last_error,
    createdAt: row.created_at,
    sentAt: row.sent_at,
  };
}

/** NotFoundError for a channel id. */
function noSuchChannel(id: string): NotFoundError {
  return new NotFoundError(`no channel with id ${id}`, { id });
}

/** ConflictError for a name already taken in a scope. */
function nameTaken(scope: ChannelScope, name: string): ConflictError {
  return new ConflictError(`${scope} already has a channel named "${name}"; choose another name`, { scope, name });
}

/** The config to store for a channel as written: a webhook keeps its previous secret, or gets a new one, when none is given. */
function storedConfig(input: ChannelInput, previous: ChannelConfig | undefined): { config: ChannelConfig; newSecret: string | null } {
  const { name: _name, ...config } = input;
  if (config.kind !== 'webhook') return { config, newSecret: null };
  if (config.secret !== undefined) return { config: { kind: 'webhook', url: config.url, secret: config.secret }, newSecret: null };
  if (previous?.kind === 'webhook') return { config: { kind: 'webhook', url: config.url, secret: previous.secret }, newSecret: null };
  const secret = newWebhookSecret();
  return { config: { kind: 'webhook', url: config.url, secret }, newSecret: secret };
}

/** NotFoundError unless the scope's team exists. */
export async function requireScope(db: Kysely<Database>, scope: ChannelScope): Promise<void> {
  if (scope === 'instance') return;
  const team = scope.slice('team:'.length);
  const row = await db.selectFrom('teams').select('key').where('key', '=', team).executeTakeFirst();
  if (row === undefined) throw new NotFoundError(`no team named "${team}"`, { scope });
}

/** Creates a channel in a scope (`instance` or `team:NAME`) from what an admin wrote; a webhook without a secret gets one. */
export async function createChannel({ db, dialect }: Connection, clock: Clock, scope: string, input: unknown, createdBy: string): Promise<ChannelSaved> {
  const checkedScope = parseChannelScope(scope);
  const channel = validateChannel(input);
  await requireScope(db, checkedScope);
  const { config, newSecret } = storedConfig(channel, undefined);
  const at = isoAt(clock());
  const row: ChannelTable = { id: newId('ch'), scope: checkedScope, name: channel.name, kind: config.kind, config: JSON.stringify(config), created_at: at, updated_at: at, created_by: createdBy };
  try {
    await db.insertInto('channels').values(row).execute();
  } catch (error) {
    if (dialect.isUniqueViolation(error)) throw nameTaken(checkedScope, channel.name);
    throw error;
  }
  return { channel: publicChannel(channelOf(row)), newSecret };
}

/** The channels of one scope, or of all, by scope and name. */
export async function listChannels({ db }: Connection, scope?: string): Promise<PublicChannel[]> {
  let query = db.selectFrom('channels').selectAll();
  if (scope !== undefined) query = query.where('scope', '=', parseChannelScope(scope));
  const rows = await query.orderBy('scope').orderBy('name').execute();
  return rows.map((row) => publicChannel(channelOf(row)));
}

/**
 * Replaces a channel's name and config with what an admin wrote, and moves it to `scope` (`instance` or `team:NAME`, a
 * team that exists) when one is given; a webhook written without a secret keeps its own.
 */
export async function updateChannel({ db, dialect }: Connection, clock: Clock, id: string, input: unknown, scope?: string): Promise<ChannelSaved> {
  const channel = validateChannel(input);
  const wanted = scope === undefined ? undefined : parseChannelScope(scope);
  let target: ChannelScope | undefined;
  try {
    return await dialect.writeTransaction(db, async (trx) => {
      const row = await trx.selectFrom('channels').selectAll().where('id', '=', id).executeTakeFirst();
      if (row === undefined) throw noSuchChannel(id);
      const current = channelOf(row);
      target = wanted ?? current.scope;
      // A channel may stay with a team removed since; it moves only to one that exists.
      if (target !== current.scope) await requireScope(trx, target);
      const { config, newSecret } = storedConfig(channel, current.config);
      const next: ChannelTable = { ...row, scope: target, name: channel.name, kind: config.kind, config: JSON.stringify(config), updated_at: isoAt(clock()) };
      await trx.updateTable('channels').set(next).where('id', '=', id).execute();
      return { channel: publicChannel(channelOf(next)), newSecret };
    });
  } catch (error) {
    if (target !== undefined && dialect.isUniqueViolation(error)) throw nameTaken(target, channel.name);
    throw error;
  }
}

/** Deletes a channel; its undelivered notifications fail ("the channel was deleted") and stay in the log. */
export async function deleteChannel({ db, dialect }: Connection, id: string): Promise<void> {
  await dialect.writeTransaction(db, async (trx) => {
    const { numDeletedRows } = await trx.deleteFrom('channels').where('id', '=', id).executeTakeFirst();
    if (numDeletedRows === 0n) throw noSuchChannel(id);
    await trx
      .updateTable('outbox')
      .set({ state: 'failed', last_error: 'the channel was deleted', locked_until: null })
      .where('channel_id', '=', id)
      .where('state', 'in', ['pending', 'sending'])
      .execute();
  });
}

/** The longest dedupe key. */
const MAX_DEDUPE_KEY = 500;

/** The most a notification may hold, as JSON (Standard Webhooks recommends small payloads). */
const MAX_MESSAGE_CHARS = 64 * 1024;

/** A notification to put in the outbox. */
export interface OutboxInput {
  channelId: string;
  dedupeKey: string;
  message: unknown;
}

/** Notifications the outbox could not take, each with why (a message it finds wrong, a channel removed meanwhile). */
export type Refused = { dedupeKey: string; error: InputError | NotFoundError }[];

/** Writes to the outbox alone: other instances derive nothing from it, so their caches need not hear of them. */
const OUTBOX_ONLY = { announce: false };

/** Rows per insert (well under every engine's limit of bound parameters). */
const INSERT_CHUNK = 500;

/** The outbox row of a notification, due at `at`; InputError when the message or its key is wrong. */
function outboxRow({ channelId, dedupeKey, message }: OutboxInput, at: string): OutboxTable {
  const checked = validateMessage(message);
  const json = JSON.stringify(checked);
  if (json.length > MAX_MESSAGE_CHARS) throw fieldError('data', `the notification must have at most ${MAX_MESSAGE_CHARS} characters as JSON`);
  const key = dedupeKey.trim();
  if (key === '' || key.length > MAX_DEDUPE_KEY) throw fieldError('dedupeKey', `must have 1 to ${MAX_DEDUPE_KEY} characters`);
  const person = personalAddress(channelId);
  if (person !== undefined && !/^[^\s@]+@[^\s@]+$/.test(person)) throw fieldError('channelId', `"${person}" is not an e-mail address`);
  return { id: newId('ob'), channel_id: channelId, dedupe_key: key, message: json, state: 'pending', attempts: 0, next_attempt_at: at, last_error: null, created_at: at, sent_at: null, locked_until: null };
}

/**
 * Puts notifications in the outbox, due now, in one transaction (a pass puts hundreds at once). A dedupe key already
 * there is left as it is. Answers the dedupe keys that were new, and those refused with why.
 */
export async function enqueueAll({ db, dialect }: Connection, clock: Clock, entries: readonly OutboxInput[]): Promise<{ created: string[]; refused: Refused }> {
  const at = isoAt(clock());
  const refused: Refused = [];
  const rows: OutboxTable[] = [];
  for (const entry of entries) {
    try {
      rows.push(outboxRow(entry, at));
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      refused.push({ dedupeKey: entry.dedupeKey, error });
    }
  }
  if (rows.length === 0) return { created: [], refused };
  return dialect.writeTransaction(db, async (trx) => {
      const channelIds = [...new Set(rows.map((r) => r.channel_id).filter((id) => personalAddress(id) === undefined))];
      const known = new Set(channelIds.length === 0 ? [] : (await trx.selectFrom('channels').select('id').where('id', 'in', channelIds).execute()).map((r) => r.id));
      const kept: OutboxTable[] = [];
      for (const row of rows) {
        if (known.has(row.channel_id) || personalAddress(row.channel_id) !== undefined) kept.push(row);
        else refused.push({ dedupeKey: row.dedupe_key, error: noSuchChannel(row.channel_id) });
      }
      const created: string[] = [];
      for (let i = 0; i < kept.length; i += INSERT_CHUNK) {
        const inserted = await trx
          .insertInto('outbox')
          .values(kept.slice(i, i + INSERT_CHUNK))
          .onConflict((oc) => oc.column('dedupe_key').doNothing())
          .returning('dedupe_key')
          .execute();
        created.push(...inserted.map((r) => r.dedupe_key));
      }
      return { created, refused };
    },
    OUTBOX_ONLY,
  );
}

/**
 * Puts a notification for a channel in the outbox, due now. A dedupe key already there is a no-op: the answer is the
 * row that has it, whatever became of it, and `created` is false.
 */
export async function enqueue(conn: Connection, clock: Clock, input: OutboxInput): Promise<{ entry: OutboxEntry; created: boolean }> {
  const { created, refused } = await enqueueAll(conn, clock, [input]);
  if (refused[0] !== undefined) throw refused[0].error;
  const row = await conn.db.selectFrom('outbox').selectAll().where('dedupe_key', '=', input.dedupeKey.trim()).executeTakeFirstOrThrow();
  return { entry: entryOf(row), created: created.length === 1 };
}

/** How the delivery log names a person's own address ("e-mail to ana@example.com"), or null for a deleted channel. */
function personalName(channelId: string): string | null {
  const address = personalAddress(channelId);
  return address === undefined ? null : `e-mail to ${address}`;
}

/** Where a notification to one person's own address goes: an e-mail to them. */
function personalConfig(channelId: string): ChannelConfig {
  return { kind: 'email', to: [personalAddress(channelId) ?? channelId] };
}

/** The rows claimDue may take: pending and due, or claimed by a sender whose lease expired. */
async function dueRows(trx: Kysely<Database>, dialect: Dialect, now: string, limit: number) {
  return trx
    .selectFrom('outbox')
    .leftJoin('channels', 'channels.id', 'outbox.channel_id')
    .select(['outbox.id', 'outbox.channel_id', 'outbox.state', 'outbox.attempts', 'outbox.message', 'outbox.created_at', 'channels.config'])
    .where((eb) => eb.or([eb('channels.id', 'is not', null), eb('outbox.channel_id', 'like', `${personalChannelId('')}%`)]))
    .where((eb) =>
      eb.or([
        eb.and([eb('outbox.state', '=', 'pending'), eb('outbox.next_attempt_at', '<=', now)]),
        eb.and([eb('outbox.state', '=', 'sending'), eb('outbox.locked_until', '<=', now)]),
      ]),
    )
    .orderBy('outbox.next_attempt_at')
    .orderBy('outbox.id')
    .limit(limit)
    .$if(dialect.rowLocks, (q) => q.forUpdate('outbox').skipLocked())
    .execute();
}

/**
 * Takes up to `limit` due notifications for one attempt each, leased for `leaseMs`: no other caller takes them until
 * the lease expires (a sender that stops mid-attempt loses its claim then, and the log says so). Oldest due first.
 */
export async function claimDue({ db, dialect }: Connection, clock: Clock, { limit, leaseMs }: { limit: number; leaseMs: number }): Promise<ClaimedNotification[]> {
  const nowMs = clock();
  const now = isoAt(nowMs);
  const lockedUntil = isoAt(nowMs + leaseMs);
  return dialect.writeTransaction(
    db,
    async (trx) => {
    const rows = await dueRows(trx, dialect, now, Math.min(Math.max(Math.trunc(limit), 1), 1000));
    if (rows.length === 0) return [];
    await trx
      .updateTable('outbox')
      .set((eb) => ({ state: 'sending', attempts: eb('attempts', '+', 1), locked_until: lockedUntil }))
      .where('id', 'in', rows.map((r) => r.id))
      .execute();
    const expired = rows.filter((r) => r.state === 'sending');
    if (expired.length > 0) {
      await trx
        .insertInto('deliveries')
        .values(expired.map((r) => ({ id: newId('dl'), outbox_id: r.id, attempt: r.attempts, at: now, outcome: 'lease_expired', status: null, error: 'no outcome was recorded before the lease expired (the sender stopped?)', duration_ms: 0 })))
        .execute();
    }
    return rows.map((r) => ({
      id: r.id,
      attempt: r.attempts + 1,
      channelId: r.channel_id,
      config: r.config === null ? personalConfig(r.channel_id) : (JSON.parse(r.config) as ChannelConfig),
      message: JSON.parse(r.message) as NotificationMessage,
      createdAt: r.created_at,
    }));
  }, OUTBOX_ONLY);
}

/** The wait before the attempt after `attempt` failed: the schedule's, or what the receiver asked for (at most 12 h), jittered. */
export function retryDelay(attempt: number, retryAfterMs: number | undefined): number {
  const base = Math.min(Math.max(RETRY_DELAYS_MS[attempt - 1] ?? LATER_DELAY_MS, retryAfterMs ?? 0), LATER_DELAY_MS);
  return Math.round(base * (1 + JITTER * (2 * Math.random() - 1)));
}

/** What follows an attempt: the notification's next state and fields, and the outcome its delivery row records. */
function afterAttempt(claim: OutboxClaim, outcome: DeliveryOutcome, nowMs: number): { row: Partial<OutboxTable>; logged: AttemptOutcome; error: string | null } {
  const now = isoAt(nowMs);
  if (outcome.ok) return { row: { state: 'sent', sent_at: now, last_error: null, locked_until: null }, logged: 'sent', error: null };
  if (outcome.retry) {
    const next = nowMs + retryDelay(claim.attempt, outcome.retryAfterMs);
    if (next <= Date.parse(claim.createdAt) + GIVE_UP_AFTER_MS) {
      return { row: { state: 'pending', next_attempt_at: isoAt(next), last_error: outcome.error, locked_until: null }, logged: 'retry', error: outcome.error };
    }
    const error = `${outcome.error} (given up: not delivered within ${GIVE_UP_AFTER_MS / HOUR} hours)`;
    return { row: { state: 'failed', last_error: error, locked_until: null }, logged: 'failed', error };
  }
  return { row: { state: 'failed', last_error: outcome.error, locked_until: null }, logged: 'failed', error: outcome.error };
}

/**
 * Records how claimed attempts went, in one transaction: each sent; failed and due again after a backoff (1 min,
 * 5 min, 30 min, 2 h, 6 h, then every 12 h, each ±10 %; given up once the next attempt would fall more than 72 h
 * after the notification was enqueued); or failed for good. Answers each one's new state, or null where the claim was
 * lost meanwhile (its lease expired and another sender took it, or its channel was deleted): then nothing is recorded
 * of it.
 */
export async function recordAttempts({ db, dialect }: Connection, clock: Clock, attempts: readonly AttemptResult[]): Promise<(OutboxState | null)[]> {
  if (attempts.length === 0) return [];
  const nowMs = clock();
  return dialect.writeTransaction(db, async (trx) => {
    const states: (OutboxState | null)[] = [];
    for (const { claim, outcome, durationMs } of attempts) {
      const { row, logged, error } = afterAttempt(claim, outcome, nowMs);
      const { numUpdatedRows } = await trx.updateTable('outbox').set(row).where('id', '=', claim.id).where('state', '=', 'sending').where('attempts', '=', claim.attempt).executeTakeFirst();
      if (numUpdatedRows === 0n) {
        states.push(null);
        continue;
      }
      await trx
        .insertInto('deliveries')
        .values({ id: newId('dl'), outbox_id: claim.id, attempt: claim.attempt, at: isoAt(nowMs), outcome: logged, status: outcome.status ?? null, error, duration_ms: Math.max(0, Math.round(durationMs)) })
        .execute();
      states.push(row.state as OutboxState);
    }
    return states;
  }, OUTBOX_ONLY);
}

/** One notification in the outbox; NotFoundError when there is none. */
export async function getOutboxEntry({ db }: Connection, id: string): Promise<OutboxEntry> {
  const row = await db.selectFrom('outbox').selectAll().where('id', '=', id).executeTakeFirst();
  if (row === undefined) throw new NotFoundError(`no notification with id ${id}`, { id });
  return entryOf(row);
}

/** The delivery log, newest attempt first, filtered; a page of `limit` (1–500, default 100). */
export async function listDeliveries({ db }: Connection, filter: DeliveryFilter = {}, page: { limit?: number; cursor?: string } = {}): Promise<Page<DeliveryRecord>> {
  const limit = Math.min(Math.max(page.limit ?? 100, 1), 500);
  let query = db
    .selectFrom('deliveries as d')
    .innerJoin('outbox as o', 'o.id', 'd.outbox_id')
    .leftJoin('channels as c', 'c.id', 'o.channel_id')
    .select(['d.id', 'd.outbox_id', 'd.attempt', 'd.at', 'd.outcome', 'd.status', 'd.error', 'd.duration_ms', 'o.channel_id', 'o.message', 'c.name as channel_name']);
  if (filter.channelId !== undefined) query = query.where('o.channel_id', '=', filter.channelId);
  if (filter.outboxId !== undefined) query = query.where('d.outbox_id', '=', filter.outboxId);
  if (filter.outcome !== undefined) query = query.where('d.outcome', '=', filter.outcome);
  if (page.cursor !== undefined) {
    const { key, id } = decodeCursor('deliveries', page.cursor);
    const at = key as string;
    query = query.where((eb) => eb.or([eb('d.at', '<', at), eb.and([eb('d.at', '=', at), eb('d.id', '<', id)])]));
  }
  const rows = await query.orderBy('d.at', 'desc').orderBy('d.id', 'desc').limit(limit + 1).execute();
  const items = rows.slice(0, limit).map((r): DeliveryRecord => {
    const message = JSON.parse(r.message) as NotificationMessage;
    return {
      id: r.id,
      outboxId: r.outbox_id,
      channelId: r.channel_id,
      channelName: r.channel_name ?? personalName(r.channel_id),
      type: message.type,
      subject: message.subject,
      attempt: r.attempt,
      at: r.at,
      outcome: r.outcome as AttemptOutcome,
      status: r.status,
      error: r.error,
      durationMs: r.duration_ms,
    };
  });
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last !== undefined ? encodeCursor('deliveries', { key: last.at, id: last.id }) : null };
}
