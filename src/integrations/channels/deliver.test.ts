import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { startSmtpReceiver, type SmtpReceiver } from '../../../test/smtp-receiver.js';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { forEachEngine, openConnection } from '../../../test/store-engines.js';
import { closeConnection, type Connection } from '../../store/dialect/dialect.js';
import { connect, type StoreOptions } from '../../store/open-store.js';
import type { Clock } from '../../store/clock.js';
import { claimDue, createChannel, enqueue, getOutboxEntry, listDeliveries, recordAttempts } from '../../store/outbox.js';
import { deliverDue, type DeliverySettings, type NotificationQueue } from './deliver.js';

/** A request a receiver got. */
interface Received {
  path: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

const received: Received[] = [];

/** How each path answers; tests change it to make a receiver fail, hang, reset or recover. */
const answers = new Map<string, (req: http.IncomingMessage, res: http.ServerResponse) => void>();
const ok = (_req: http.IncomingMessage, res: http.ServerResponse) => res.end('ok');

const receiver = http.createServer((req, res) => {
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (chunk: string) => (body += chunk));
  req.on('end', () => {
    const path = req.url ?? '';
    received.push({ path, headers: req.headers, body });
    (answers.get(path) ?? ok)(req, res);
  });
});


let base = '';
let smtp: SmtpReceiver;

beforeAll(async () => {
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
  smtp = await startSmtpReceiver();
});

afterAll(async () => {
  receiver.closeAllConnections();
  await new Promise((resolve) => receiver.close(resolve));
  await smtp.close();
});


/** The outbox over one connection, as the store offers it. */
const queueOf = (conn: Connection, clock: Clock): NotificationQueue => ({
  claimDueNotifications: (options) => claimDue(conn, clock, options),
  recordNotificationAttempts: (attempts) => recordAttempts(conn, clock, attempts),
});

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

const message = { type: 'postmortem.due_soon', subject: 'PM-12 is due tomorrow', text: 'The postmortem of INC-7 is due 2026-03-03.', link: 'https://debrief.example.com/pm/PM-12', data: { postmortemId: 'PM-12' } };

/** The webhook ids of the requests to a path. */
const idsAt = (path: string) => received.filter((r) => r.path === path).map((r) => r.headers['webhook-id']);

forEachEngine((engine) => {
  describe('deliverDue', () => {
    let conn: Connection;
    let options: StoreOptions;
    // Near the real time, so that the official library's five-minute replay window accepts first attempts.
    let now = Date.now();
    const clock = () => now;
    /** Loopback receivers: allowed explicitly. */
    const settings: DeliverySettings = { allowPrivate: true, timeoutMs: 300, smtp: { host: '127.0.0.1', port: 0, secure: false, from: 'Debrief <debrief@example.com>' } };

    beforeEach(async () => {
      ({ conn, options } = await openConnection(engine));
      now = Date.now();
      received.length = 0;
      smtp.mails.length = 0;
      answers.clear();
      settings.smtp = { host: '127.0.0.1', port: smtp.port, secure: false, from: 'Debrief <debrief@example.com>' };
    });
    afterEach(async () => {
      await closeConnection(conn);
    });

    /** A channel of the instance. */
    const channel = async (input: Record<string, unknown>) => createChannel(conn, clock, 'instance', input, 'admin@example.com');

    it('delivers to e-mail, Slack and a signed webhook once each, and logs it', async () => {
      const email = await channel({ name: 'Leads', kind: 'email', to: ['lead@example.com'] });
      const slack = await channel({ name: 'Ops', kind: 'slack', url: `${base}/slack` });
      const hook = await channel({ name: 'Hook', kind: 'webhook', url: `${base}/hook` });
      for (const c of [email, slack, hook]) await enqueue(conn, clock, { channelId: c.channel.id, dedupeKey: `due:${c.channel.id}`, message });
      expect(await deliverDue(queueOf(conn, clock), clock, settings)).toEqual({ claimed: 3, sent: 3, retrying: 0, failed: 0 });
      expect(smtp.mails).toHaveLength(1);
      expect(smtp.mails[0]?.raw).toMatch(/^Subject: PM-12 is due tomorrow\r$/m);
      const slackBody = JSON.parse(received.find((r) => r.path === '/slack')?.body ?? '{}') as { text: string; blocks: unknown[] };
      expect(slackBody.text).toBe('PM-12 is due tomorrow');
      expect(slackBody.blocks).toHaveLength(3);
      const request = received.find((r) => r.path === '/hook');
      expect(new Webhook(hook.newSecret ?? '').verify(request?.body ?? '', request?.headers as Record<string, string>)).toMatchObject({ type: 'postmortem.due_soon', data: { postmortemId: 'PM-12' } });
      now += 30 * 24 * HOUR;
      expect(await deliverDue(queueOf(conn, clock), clock, settings)).toEqual({ claimed: 0, sent: 0, retrying: 0, failed: 0 });
      expect(received).toHaveLength(2);
      expect((await listDeliveries(conn)).items.map((d) => [d.channelName, d.outcome])).toEqual(expect.arrayContaining([['Leads', 'sent'], ['Ops', 'sent'], ['Hook', 'sent']]));
    });

    it('sends a dedupe key once, however often it is enqueued', async () => {
      const hook = await channel({ name: 'Hook', kind: 'webhook', url: `${base}/hook` });
      for (let i = 0; i < 3; i++) await enqueue(conn, clock, { channelId: hook.channel.id, dedupeKey: 'pm-12:due_soon', message });
      await deliverDue(queueOf(conn, clock), clock, settings);
      await enqueue(conn, clock, { channelId: hook.channel.id, dedupeKey: 'pm-12:due_soon', message });
      await deliverDue(queueOf(conn, clock), clock, settings);
      expect(idsAt('/hook')).toHaveLength(1);
    });

    it('retries a receiver that answers 500, hangs or resets, with backoff as the clock moves, under the same webhook-id', async () => {
      answers.set('/down', (_req, res) => res.writeHead(500).end('maintenance'));
      answers.set('/slow', () => undefined);
      answers.set('/flaky', (req) => req.socket.resetAndDestroy());
      const ids: string[] = [];
      for (const path of ['/down', '/slow', '/flaky']) {
        const c = await channel({ name: path, kind: 'webhook', url: `${base}${path}` });
        ids.push((await enqueue(conn, clock, { channelId: c.channel.id, dedupeKey: path, message })).entry.id);
      }
      expect(await deliverDue(queueOf(conn, clock), clock, settings)).toEqual({ claimed: 3, sent: 0, retrying: 3, failed: 0 });
      const errors = (await listDeliveries(conn)).items.map((d) => [d.channelName, d.outcome, d.status, d.error]);
      expect(errors).toEqual(
        expect.arrayContaining([
          ['/down', 'retry', 500, 'the receiver answered 500: maintenance'],
          ['/slow', 'retry', null, 'no answer within 300 ms'],
          ['/flaky', 'retry', null, 'connection reset'],
        ]),
      );
      now += 50_000;
      expect((await deliverDue(queueOf(conn, clock), clock, settings)).claimed).toBe(0);
      for (const path of ['/down', '/slow', '/flaky']) answers.set(path, ok);
      now += 20_000;
      expect(await deliverDue(queueOf(conn, clock), clock, settings)).toEqual({ claimed: 3, sent: 3, retrying: 0, failed: 0 });
      for (const [i, path] of ['/down', '/slow', '/flaky'].entries()) expect(idsAt(path)).toEqual([ids[i], ids[i]]);
      for (const id of ids) expect((await getOutboxEntry(conn, id)).state).toBe('sent');
    });

    it('does not retry a receiver that answers 410 Gone, nor one the SSRF guard refuses', async () => {
      answers.set('/gone', (_req, res) => res.writeHead(410).end());
      const gone = await channel({ name: 'Gone', kind: 'slack', url: `${base}/gone` });
      const internal = await channel({ name: 'Internal', kind: 'webhook', url: `${base}/hook` });
      await enqueue(conn, clock, { channelId: gone.channel.id, dedupeKey: 'a', message });
      await enqueue(conn, clock, { channelId: internal.channel.id, dedupeKey: 'b', message });
      expect(await deliverDue(queueOf(conn, clock), clock, { ...settings, allowPrivate: false })).toEqual({ claimed: 2, sent: 0, retrying: 0, failed: 2 });
      expect(received.map((r) => r.path)).toEqual([]);
      expect(await deliverDue(queueOf(conn, clock), clock, settings)).toEqual({ claimed: 0, sent: 0, retrying: 0, failed: 0 });
      expect((await listDeliveries(conn, { outcome: 'failed' })).items.map((d) => d.error)).toEqual(
        expect.arrayContaining(['url: 127.0.0.1 is a loopback address (allowed only when an admin allows private addresses)']),
      );
      await enqueue(conn, clock, { channelId: gone.channel.id, dedupeKey: 'c', message });
      expect(await deliverDue(queueOf(conn, clock), clock, settings)).toEqual({ claimed: 1, sent: 0, retrying: 0, failed: 1 });
      expect(received.map((r) => r.path)).toEqual(['/gone']);
    });

    it('gives up on a receiver that stays down for 3 days, after 11 attempts, never losing track of it', async () => {
      answers.set('/down', (_req, res) => res.writeHead(503).end());
      const down = await channel({ name: 'Down', kind: 'webhook', url: `${base}/down` });
      const { entry: { id } } = await enqueue(conn, clock, { channelId: down.channel.id, dedupeKey: 'a', message });
      const start = now;
      for (let entry = await getOutboxEntry(conn, id); entry.state !== 'failed'; entry = await getOutboxEntry(conn, id)) {
        now = Math.max(now, Date.parse(entry.nextAttemptAt));
        await deliverDue(queueOf(conn, clock), clock, settings);
      }
      expect(idsAt('/down')).toEqual(Array<string>(11).fill(id));
      expect(now - start).toBeLessThan(72 * HOUR);
      expect((await getOutboxEntry(conn, id)).lastError).toMatch(/given up/);
    });

    it('never sends a notification twice when two rounds run at once (PostgreSQL: two connections)', async () => {
      const hook = await channel({ name: 'Hook', kind: 'webhook', url: `${base}/hook` });
      for (let i = 0; i < 20; i++) await enqueue(conn, clock, { channelId: hook.channel.id, dedupeKey: `k${i}`, message });
      // Several instances share PostgreSQL; one process holds one SQLite connection (see outbox.test.ts).
      const other = engine.name === 'postgres' ? await connect(options) : conn;
      try {
        const rounds = await Promise.all([deliverDue(queueOf(conn, clock), clock, settings), deliverDue(queueOf(other, clock), clock, settings)]);
        expect(rounds.reduce((sum, r) => sum + r.sent, 0)).toBe(20);
      } finally {
        if (other !== conn) await closeConnection(other);
      }
      const ids = idsAt('/hook');
      expect(ids).toHaveLength(20);
      expect(new Set(ids).size).toBe(20);
    });
  });
});
