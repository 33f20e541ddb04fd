import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { forEachEngine, openConnection } from '../../test/store-engines.js';
import { ConflictError, InputError, NotFoundError } from '../core/errors.js';
import { closeConnection, type Connection } from './dialect/dialect.js';
import { connect, type StoreOptions } from './open-store.js';
import { claimDue, createChannel, deleteChannel, enqueue, enqueueAll, getOutboxEntry, listChannels, listDeliveries, recordAttempts, updateChannel } from './outbox.js';
import type { DeliveryOutcome } from '../core/channels.js';
import type { ClaimedNotification } from './store.types.js';

const START = Date.parse('2026-03-02T08:00:00.000Z');
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;


const message = { type: 'postmortem.late', subject: 'PM-12 is late', text: 'The postmortem of INC-7 was due yesterday.', data: { postmortemId: 'PM-12' } };

forEachEngine((engine) => {
  describe('outbox', () => {
    let conn: Connection;
    let options: StoreOptions;
    let now = START;
    const clock = () => now;

    beforeEach(async () => {
      ({ conn, options } = await openConnection(engine));
      now = START;
    });
    afterEach(async () => {
      await closeConnection(conn);
    });

    /** A webhook channel for the instance. */
    const hookChannel = async (name = 'Hook') => (await createChannel(conn, clock, 'instance', { name, kind: 'webhook', url: 'https://example.com/hook' }, 'admin@example.com')).channel;

    /** Records one attempt alone; its new state. */
    const recordAttempt = async (c: Connection, at: () => number, claimed: ClaimedNotification, result: { outcome: DeliveryOutcome; durationMs: number }) => (await recordAttempts(c, at, [{ claim: claimed, ...result }]))[0];

    /** Claims whatever is due now (a lease of five minutes). */
    const claim = () => claimDue(conn, clock, { limit: 10, leaseMs: 5 * MINUTE });

    /** Fails the one claimed attempt, retryably, and answers the wait until the next. */
    const failOnce = async (claimed: ClaimedNotification, extra: { retryAfterMs?: number } = {}) => {
      await recordAttempt(conn, clock, claimed, { outcome: { ok: false, retry: true, error: 'the receiver answered 503', status: 503, ...extra }, durationMs: 12 });
      return Date.parse((await getOutboxEntry(conn, claimed.id)).nextAttemptAt) - now;
    };

    it('keeps channels per scope, returns a generated secret once and never shows secrets', async () => {
      await conn.db.insertInto('teams').values({ key: 'payments', name: 'Payments', lead: null, members: '[]', services: '[]', created_at: '2026-01-01T00:00:00.000Z', updated_at: '2026-01-01T00:00:00.000Z' }).execute();
      const created = await createChannel(conn, clock, 'team:Payments', { name: 'Payments hook', kind: 'webhook', url: 'https://example.com/hook?token=abc' }, 'admin@example.com');
      expect(created.newSecret).toMatch(/^whsec_/);
      expect(created.channel).toMatchObject({ scope: 'team:payments', name: 'Payments hook', createdBy: 'admin@example.com', createdAt: '2026-03-02T08:00:00.000Z', config: { kind: 'webhook', url: 'https://example.com/hook?…', hasSecret: true } });
      const given = await createChannel(conn, clock, 'instance', { name: 'Ops', kind: 'slack', url: 'https://hooks.slack.com/services/T0/B0/SECRETPART' }, 'admin@example.com');
      expect(given.newSecret).toBeNull();
      await createChannel(conn, clock, 'instance', { name: 'Leads', kind: 'email', to: ['Lead@Example.com'] }, 'admin@example.com');
      const all = await listChannels(conn);
      expect(all.map((c) => [c.scope, c.name])).toEqual([['instance', 'Leads'], ['instance', 'Ops'], ['team:payments', 'Payments hook']]);
      expect(JSON.stringify(all)).not.toMatch(/whsec_|SECRETPART|token=abc/);
      expect((await listChannels(conn, 'team:payments')).map((c) => c.name)).toEqual(['Payments hook']);

      now += MINUTE;
      const updated = await updateChannel(conn, clock, created.channel.id, { name: 'Payments webhook', kind: 'webhook', url: 'https://example.com/v2' });
      expect(updated).toMatchObject({ newSecret: null, channel: { name: 'Payments webhook', updatedAt: '2026-03-02T08:01:00.000Z', config: { url: 'https://example.com/v2' } } });
      await enqueue(conn, clock, { channelId: created.channel.id, dedupeKey: 'k', message });
      const [claimed] = await claim();
      expect(claimed?.config).toEqual({ kind: 'webhook', url: 'https://example.com/v2', secret: created.newSecret });
    });

    it('refuses invalid channels by field, unknown teams, taken names and unknown ids', async () => {
      await expect(createChannel(conn, clock, 'instance', { name: 'x', kind: 'email', to: ['nope'] }, 'a@example.com')).rejects.toMatchObject({ details: [{ path: 'to.0', message: 'is not an e-mail address' }] });
      await expect(createChannel(conn, clock, 'team:nowhere', { name: 'x', kind: 'email', to: ['a@example.com'] }, 'a@example.com')).rejects.toBeInstanceOf(NotFoundError);
      await expect(createChannel(conn, clock, 'everyone', { name: 'x', kind: 'email', to: ['a@example.com'] }, 'a@example.com')).rejects.toBeInstanceOf(InputError);
      const first = await hookChannel('One');
      await hookChannel('Two');
      await expect(hookChannel('One')).rejects.toBeInstanceOf(ConflictError);
      await expect(updateChannel(conn, clock, first.id, { name: 'Two', kind: 'email', to: ['a@example.com'] })).rejects.toBeInstanceOf(ConflictError);
      await expect(updateChannel(conn, clock, 'ch-none', { name: 'Z', kind: 'email', to: ['a@example.com'] })).rejects.toBeInstanceOf(NotFoundError);
      await expect(deleteChannel(conn, 'ch-none')).rejects.toBeInstanceOf(NotFoundError);
    });

    it('enqueues a dedupe key once: the second time answers the first row', async () => {
      const channel = await hookChannel();
      const { entry: first, created } = await enqueue(conn, clock, { channelId: channel.id, dedupeKey: 'pm-12:late:2026-03-02', message });
      expect(created).toBe(true);
      expect(first).toMatchObject({ state: 'pending', attempts: 0, nextAttemptAt: '2026-03-02T08:00:00.000Z', message: { ...message } });
      now += HOUR;
      const again = await enqueue(conn, clock, { channelId: channel.id, dedupeKey: 'pm-12:late:2026-03-02', message: { ...message, subject: 'Changed' } });
      expect(again).toEqual({ entry: first, created: false });
      expect(await claim()).toHaveLength(1);
      await expect(enqueue(conn, clock, { channelId: 'ch-none', dedupeKey: 'x', message })).rejects.toBeInstanceOf(NotFoundError);
      await expect(enqueue(conn, clock, { channelId: channel.id, dedupeKey: ' ', message })).rejects.toMatchObject({ details: [{ path: 'dedupeKey' }] });
      await expect(enqueue(conn, clock, { channelId: channel.id, dedupeKey: 'y', message: { ...message, type: 'not a type' } })).rejects.toMatchObject({ details: [{ path: 'type' }] });
      await expect(enqueue(conn, clock, { channelId: channel.id, dedupeKey: 'z', message: { ...message, data: { blob: 'x'.repeat(70_000) } } })).rejects.toMatchObject({ details: [{ path: 'data' }] });
    });

    it('claims each due notification once, under a lease; a lost claim is taken again when the lease expires and cannot record', async () => {
      const channel = await hookChannel();
      await enqueue(conn, clock, { channelId: channel.id, dedupeKey: 'a', message });
      now += MINUTE;
      await enqueue(conn, clock, { channelId: channel.id, dedupeKey: 'b', message });
      const [a, b, ...rest] = await claim();
      expect(rest).toEqual([]);
      expect([a?.attempt, b?.attempt]).toEqual([1, 1]);
      expect((await getOutboxEntry(conn, a?.id ?? '')).state).toBe('sending');
      expect(await claim()).toEqual([]);
      now += 5 * MINUTE - 1;
      expect(await claim()).toEqual([]);
      now += 1;
      const retaken = await claim();
      expect(retaken.map((r) => [r.id, r.attempt])).toEqual([[a?.id, 2], [b?.id, 2]]);
      expect(await recordAttempt(conn, clock, a!, { outcome: { ok: true }, durationMs: 5 })).toBeNull();
      now += 1000;
      expect(await recordAttempt(conn, clock, retaken[0]!, { outcome: { ok: true, status: 200 }, durationMs: 5 })).toBe('sent');
      const log = await listDeliveries(conn, { outboxId: a?.id });
      expect(log.items.map((d) => [d.attempt, d.outcome, d.status])).toEqual([[2, 'sent', 200], [1, 'lease_expired', null]]);
      expect(await claim()).toHaveLength(0);
      expect((await getOutboxEntry(conn, a?.id ?? '')).sentAt).toBe(isoOf(now));
    });

    it('records several attempts in one call, each on its own: a lost claim among them is skipped, the others kept', async () => {
      const channel = await hookChannel();
      for (const key of ['a', 'b', 'c']) await enqueue(conn, clock, { channelId: channel.id, dedupeKey: key, message });
      const [lostA] = await claim();
      now += 5 * MINUTE;
      const [a, b, c] = await claim();
      now += 1000;
      const failed = { ok: false, retry: true, error: 'the receiver answered 503', status: 503 } as const;
      const states = await recordAttempts(conn, clock, [
        { claim: lostA!, outcome: { ok: true }, durationMs: 3 },
        { claim: b!, outcome: failed, durationMs: 3 },
        { claim: c!, outcome: { ok: false, retry: false, error: 'refused', status: 400 }, durationMs: 3 },
      ]);
      expect(states).toEqual([null, 'pending', 'failed']);
      expect([a?.id, a?.attempt]).toEqual([lostA?.id, 2]);
      expect((await getOutboxEntry(conn, a?.id ?? '')).state).toBe('sending');
      expect((await listDeliveries(conn, { outboxId: b?.id })).items.map((d) => [d.attempt, d.outcome, d.status])).toEqual([[2, 'retry', 503], [1, 'lease_expired', null]]);
      expect((await getOutboxEntry(conn, c?.id ?? '')).state).toBe('failed');
      expect(await recordAttempts(conn, clock, [])).toEqual([]);
    });

    it('retries with backoff as the clock moves (1 min, 5 min, 30 min, 2 h, 6 h, then 12 h, ±10 %), and gives up after 3 days', async () => {
      const channel = await hookChannel();
      const { entry } = await enqueue(conn, clock, { channelId: channel.id, dedupeKey: 'a', message });
      const schedule = [MINUTE, 5 * MINUTE, 30 * MINUTE, 2 * HOUR, 6 * HOUR, 12 * HOUR, 12 * HOUR, 12 * HOUR, 12 * HOUR, 12 * HOUR];
      for (const [i, expected] of schedule.entries()) {
        const [claimed] = await claim();
        expect(claimed?.attempt).toBe(i + 1);
        const wait = await failOnce(claimed!);
        expect(wait).toBeGreaterThanOrEqual(expected * 0.9);
        expect(wait).toBeLessThanOrEqual(expected * 1.1);
        now += wait - 1;
        expect(await claim()).toEqual([]);
        now += 1;
      }
      expect(now - START).toBeLessThan(72 * HOUR);
      const [last] = await claim();
      expect(last?.attempt).toBe(11);
      await recordAttempt(conn, clock, last!, { outcome: { ok: false, retry: true, error: 'the receiver answered 503' }, durationMs: 3 });
      const given = await getOutboxEntry(conn, entry.id);
      expect(given).toMatchObject({ state: 'failed', attempts: 11, lastError: 'the receiver answered 503 (given up: not delivered within 72 hours)' });
      now += 30 * 24 * HOUR;
      expect(await claim()).toEqual([]);
      const log = await listDeliveries(conn, { outboxId: entry.id }, { limit: 500 });
      expect(log.items.map((d) => d.outcome)).toEqual(['failed', ...Array<string>(10).fill('retry')]);
    });

    it('waits as long as a receiver asks (at most 12 h), and fails at once what is not worth retrying', async () => {
      const channel = await hookChannel();
      await enqueue(conn, clock, { channelId: channel.id, dedupeKey: 'a', message });
      const [first] = await claim();
      const wait = await failOnce(first!, { retryAfterMs: 2 * HOUR });
      expect(wait).toBeGreaterThanOrEqual(1.8 * HOUR);
      expect(wait).toBeLessThanOrEqual(2.2 * HOUR);
      await enqueue(conn, clock, { channelId: channel.id, dedupeKey: 'b', message });
      const [gone] = await claim();
      expect(await recordAttempt(conn, clock, gone!, { outcome: { ok: false, retry: false, error: 'the receiver answered 410 Gone', status: 410 }, durationMs: 4 })).toBe('failed');
      expect(await getOutboxEntry(conn, gone?.id ?? '')).toMatchObject({ state: 'failed', attempts: 1, lastError: 'the receiver answered 410 Gone' });
      now += 10 * 24 * HOUR;
      expect((await claim()).map((c) => c.id)).toEqual([first?.id]);
    });

    it('lists the delivery log for admins, newest first, filtered and paged', async () => {
      const one = await hookChannel('One');
      const two = await hookChannel('Two');
      for (const [i, channel] of [one, two, one].entries()) {
        now += 1;
        await enqueue(conn, clock, { channelId: channel.id, dedupeKey: `k${i}`, message: { ...message, subject: `Subject ${i}` } });
      }
      for (const claimed of await claim()) {
        now += 1000;
        await recordAttempt(conn, clock, claimed, { outcome: claimed.message.subject === 'Subject 1' ? { ok: false, retry: false, error: 'refused', status: 400 } : { ok: true, status: 204 }, durationMs: 40 });
      }
      const first = await listDeliveries(conn, {}, { limit: 2 });
      const second = await listDeliveries(conn, {}, { limit: 2, cursor: first.nextCursor ?? '' });
      expect([...first.items, ...second.items].map((d) => d.subject)).toEqual(['Subject 2', 'Subject 1', 'Subject 0']);
      expect(second.nextCursor).toBeNull();
      expect(first.items[1]).toMatchObject({ channelId: two.id, channelName: 'Two', type: 'postmortem.late', attempt: 1, outcome: 'failed', status: 400, error: 'refused', durationMs: 40 });
      expect((await listDeliveries(conn, { channelId: one.id })).items.map((d) => d.subject)).toEqual(['Subject 2', 'Subject 0']);
      expect((await listDeliveries(conn, { outcome: 'failed' })).items.map((d) => d.subject)).toEqual(['Subject 1']);
      await expect(listDeliveries(conn, {}, { cursor: 'nonsense' })).rejects.toBeInstanceOf(InputError);
    });

    it('fails what a deleted channel still owed, and keeps its log', async () => {
      const channel = await hookChannel();
      await enqueue(conn, clock, { channelId: channel.id, dedupeKey: 'sent', message });
      const [claimed] = await claim();
      await recordAttempt(conn, clock, claimed!, { outcome: { ok: true }, durationMs: 1 });
      const { entry: pending } = await enqueue(conn, clock, { channelId: channel.id, dedupeKey: 'pending', message });
      await deleteChannel(conn, channel.id);
      expect(await getOutboxEntry(conn, pending.id)).toMatchObject({ state: 'failed', lastError: 'the channel was deleted' });
      expect(await claim()).toEqual([]);
      expect((await listDeliveries(conn)).items).toMatchObject([{ channelName: null, outcome: 'sent' }]);
      expect(await listChannels(conn)).toEqual([]);
    });

    it('enqueues many at once: answers the new keys, and refuses a wrong message or a removed channel without the others', async () => {
      const channel = await hookChannel();
      await enqueue(conn, clock, { channelId: channel.id, dedupeKey: 'old', message });
      const many = Array.from({ length: 600 }, (_, i) => ({ channelId: channel.id, dedupeKey: `k${i}`, message }));
      const { created, refused } = await enqueueAll(conn, clock, [
        { channelId: channel.id, dedupeKey: 'old', message },
        { channelId: channel.id, dedupeKey: 'bad', message: { ...message, type: 'not a type' } },
        { channelId: 'ch-removed', dedupeKey: 'gone', message },
        ...many,
      ]);
      expect(created).toHaveLength(600);
      expect(new Set(created)).toEqual(new Set(many.map((m) => m.dedupeKey)));
      expect(refused.map((r) => [r.dedupeKey, r.error.constructor.name])).toEqual([['bad', 'InputError'], ['gone', 'NotFoundError']]);
      expect(refused[0]?.error).toMatchObject({ details: [{ path: 'type' }] });
      const claimed = await claimDue(conn, clock, { limit: 1000, leaseMs: MINUTE });
      expect(claimed).toHaveLength(601);
    });

    // Several instances are PostgreSQL's case (one process holds SQLite, and its data_version moves with any commit).
    if (engine.name === 'postgres') {
      it('keeps its writes to itself: another instance hears only of changes to the data (its caches stay)', async () => {
        const channel = await hookChannel();
        const other = await connect(options);
        try {
          other.dialect.externalChanges();
          await vi.waitFor(() => expect(other.dialect.externalChanges()).toBeDefined());
          const heard = other.dialect.externalChanges() as number;
          await enqueueAll(conn, clock, [{ channelId: channel.id, dedupeKey: 'quiet', message }]);
          const [claimed] = await claim();
          await recordAttempt(conn, clock, claimed as ClaimedNotification, { outcome: { ok: true, status: 200 }, durationMs: 5 });
          // A change to the data afterwards: once it is heard, nothing before it was.
          await conn.dialect.writeTransaction(conn.db, (trx) => trx.insertInto('teams').values({ key: 'sre', name: 'SRE', lead: null, members: '[]', services: '[]', created_at: isoOf(now), updated_at: isoOf(now) }).execute());
          await vi.waitFor(() => expect(other.dialect.externalChanges()).toBeGreaterThan(heard));
          expect(other.dialect.externalChanges()).toBe(heard + 1);
        } finally {
          await closeConnection(other);
        }
      });
    }

    it('never hands the same notification to two claims at once (PostgreSQL: from two connections)', async () => {
      const channel = await hookChannel();
      for (let i = 0; i < 30; i++) await enqueue(conn, clock, { channelId: channel.id, dedupeKey: `k${i}`, message });
      // One process holds one SQLite connection (better-sqlite3 is synchronous: a second one in the same process would
      // wait for the first while blocking it); several instances are PostgreSQL's case.
      const other = engine.name === 'postgres' ? await connect(options) : conn;
      try {
        const claims = await Promise.all([conn, other, conn, other].map((c) => claimDue(c, clock, { limit: 10, leaseMs: MINUTE })));
        const ids = claims.flat().map((c) => c.id);
        expect(ids).toHaveLength(30);
        expect(new Set(ids).size).toBe(30);
      } finally {
        if (other !== conn) await closeConnection(other);
      }
    });
  });
});

/** The store's form of an instant. */
function isoOf(ms: number): string {
  return new Date(ms).toISOString();
}
