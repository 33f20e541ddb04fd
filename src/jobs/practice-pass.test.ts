import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmtpReceiver, type SmtpReceiver } from '../../test/smtp-receiver.js';
import { TEST_SOURCE } from '../../test/server-harness.js';
import { forEachEngine } from '../../test/store-engines.js';
import { incidentFactsSchema } from '../core/incident.js';
import { recordIncident } from '../server/practice/incidents.js';
import { openStore } from '../store/open-store.js';
import type { Actor, Store } from '../store/store.types.js';
import { practicePass, type PassSettings } from './practice-pass.js';

/** A webhook receiver on loopback that keeps the type and subject of every notification it gets, and the texts by type. */
const received: { type: string; subject: string }[] = [];
const texts = new Map<string, string>();
let receiver: http.Server;
let receiverUrl = '';
beforeAll(async () => {
  receiver = http.createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      const parsed = JSON.parse(body) as { type: string; data: { subject: string; text: string } };
      received.push({ type: parsed.type, subject: parsed.data.subject });
      texts.set(parsed.type, parsed.data.text);
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
});
let smtp: SmtpReceiver;
beforeAll(async () => {
  smtp = await startSmtpReceiver();
});
afterAll(async () => {
  await new Promise((resolve) => receiver.close(resolve));
  await smtp.close();
});

const SETTINGS: PassSettings = { delivery: { allowPrivate: true, timeoutMs: 2_000 }, publicUrl: 'https://debrief.example.com' };

forEachEngine((engine) => {
  describe('the practice pass', () => {
    it('reminds before each deadline, escalates after it, reminds of items and escalates overdue ones, sends the digest weekly — each once, across restarts', async () => {
      received.length = 0;
      const options = engine.freshOptions();
      // Tuesday 2026-03-03 10:00 UTC: the incident was resolved an hour ago.
      let now = Date.parse('2026-03-03T10:00:00Z');
      const open = () => openStore({ ...options, clock: () => now });
      let store: Store = await open();
      const admin = await store.createUser({ email: 'ada@example.com', role: 'admin', password: 'correct horse battery' }, TEST_SOURCE);
      const actor: Actor = { userId: admin.id, email: admin.email, role: 'admin' };
      await store.putTeam(actor, { name: 'Payments', lead: 'lead@example.com' });
      await store.createChannel(actor, 'team:Payments', { name: 'Payments hook', kind: 'webhook', url: receiverUrl });
      await store.createChannel(actor, 'instance', { name: 'Sheriff hook', kind: 'webhook', url: receiverUrl });
      const incident = await recordIncident(store, actor, incidentFactsSchema.parse({ title: 'Checkout 502s', severity: 'SEV2', resolvedAt: '2026-03-03T09:00:00Z', customerImpactMinutes: 42, teams: ['Payments'] }));
      const pm = await store.getPostmortem(actor, incident.postmortemId ?? '');
      await store.updatePostmortem(actor, pm.id, pm.version, { ...pm.postmortem, actionItems: [{ id: 'AI-1', title: 'Cap the pool', rationale: null, owner: 'dana@example.com', due: '2026-03-04', priority: 'P2', status: 'open', ticket: null, verification: null }] });

      // Nothing is due soon yet; the item is due tomorrow; this week's digest (Monday 09:00 UTC) is due.
      const report = await practicePass(store, SETTINGS);
      expect(received.map((r) => r.type).sort()).toEqual(['action_item.due_soon', 'digest.weekly']);
      expect(report.delivered).toEqual({ claimed: 2, sent: 2, retrying: 0, failed: 0 });
      expect(await practicePass(store, SETTINGS)).toEqual({ enqueued: 0, refused: [], delivered: { claimed: 0, sent: 0, retrying: 0, failed: 0 } });

      // Three hours before the draft deadline: the reminder, to the team's channel only.
      now = Date.parse('2026-03-04T06:00:00Z');
      received.length = 0;
      await practicePass(store, SETTINGS);
      expect(received).toEqual([{ type: 'postmortem.due_soon', subject: `Postmortem of ${incident.id} Checkout 502s: draft due 2026-03-04 09:00 UTC` }]);

      // A restart: a new store over the same database sends nothing again.
      await store.close();
      store = await open();
      received.length = 0;
      await practicePass(store, SETTINGS);
      expect(received).toEqual([]);

      // Past the deadline: escalation to the team's lead; the item is overdue but not yet by 7 days.
      now = Date.parse('2026-03-04T10:00:00Z');
      await practicePass(store, SETTINGS);
      expect(received.map((r) => r.type)).toEqual(['postmortem.late']);
      // A week on: the meeting and final deadlines have passed, the item is overdue by more than 7 days, and this
      // week's digest (due since Monday 09:00) has not gone out yet.
      received.length = 0;
      now = Date.parse('2026-03-12T08:00:00Z');
      await practicePass(store, SETTINGS);
      expect(received.map((r) => r.type).sort()).toEqual(['action_item.overdue', 'digest.weekly', 'postmortem.late', 'postmortem.late']);
      // The next digest waits for next Monday 09:00.
      received.length = 0;
      now = Date.parse('2026-03-16T08:59:00Z');
      await practicePass(store, SETTINGS);
      expect(received).toEqual([]);
      received.length = 0;
      now = Date.parse('2026-03-16T09:00:00Z');
      await practicePass(store, SETTINGS);
      expect(received.map((r) => r.type)).toEqual(['digest.weekly']);
      await store.close();
    });

    it('tells the people a notice concerns in person, by e-mail to their account (author and commander, owner, lead), once each', async () => {
      received.length = 0;
      smtp.mails.length = 0;
      const options = engine.freshOptions();
      let now = Date.parse('2026-03-03T10:00:00Z');
      const store = await openStore({ ...options, clock: () => now });
      const withMail: PassSettings = { ...SETTINGS, delivery: { ...SETTINGS.delivery, smtp: { host: '127.0.0.1', port: smtp.port, secure: false, from: 'Debrief <debrief@example.com>' } } };
      const admin = await store.createUser({ email: 'ada@example.com', role: 'admin', password: 'correct horse battery' }, TEST_SOURCE);
      const actor: Actor = { userId: admin.id, email: admin.email, role: 'admin' };
      for (const [email, name] of [['priya@example.com', 'Priya Raman'], ['sam@example.com', 'Sam Okafor'], ['dana@example.com', 'Dana Ortiz'], ['lead@example.com', 'Lee Lead']] as const) {
        await store.createUser({ email, name, role: 'editor', password: 'correct horse battery' }, TEST_SOURCE);
      }
      await store.putTeam(actor, { name: 'Payments', lead: 'lead@example.com' });
      const incident = await recordIncident(store, actor, incidentFactsSchema.parse({ title: 'Checkout 502s', severity: 'SEV2', resolvedAt: '2026-03-03T09:00:00Z', customerImpactMinutes: 42, teams: ['Payments'] }));
      const pm = await store.getPostmortem(actor, incident.postmortemId ?? '');
      const items = [
        { id: 'AI-1', title: 'Cap the pool', rationale: null, owner: 'Dana Ortiz', due: '2026-03-04', priority: 'P2' as const, status: 'open' as const, ticket: null, verification: null },
        { id: 'AI-2', title: 'Page on saturation', rationale: null, owner: 'Someone Without An Account', due: '2026-03-04', priority: 'P2' as const, status: 'open' as const, ticket: null, verification: null },
      ];
      await store.updatePostmortem(actor, pm.id, pm.version, { ...pm.postmortem, author: 'Priya Raman', commander: '@sam@example.com', actionItems: items });
      /** Who got a mail of each subject, since the last look. */
      const mailed = () => {
        const got = smtp.mails.map((m) => `${m.to.join(',')}: ${/^Subject: (.*)\r$/m.exec(m.raw)?.[1] ?? ''}`).sort();
        smtp.mails.length = 0;
        return got;
      };

      // No channel at all: the item's owner still hears of it; nobody hears of the item of someone without an account.
      await practicePass(store, withMail);
      expect(mailed()).toEqual(['dana@example.com: Action item due 2026-03-04: Cap the pool']);
      // Three hours before the draft deadline: its author and its commander.
      now = Date.parse('2026-03-04T06:00:00Z');
      await practicePass(store, withMail);
      expect(mailed()).toEqual([`priya@example.com: Postmortem of ${incident.id} Checkout 502s: draft due 2026-03-04 09:00 UTC`, `sam@example.com: Postmortem of ${incident.id} Checkout 502s: draft due 2026-03-04 09:00 UTC`]);
      await practicePass(store, withMail);
      expect(mailed()).toEqual([]);
      // Past it: the team's lead.
      now = Date.parse('2026-03-04T10:00:00Z');
      await practicePass(store, withMail);
      expect(mailed()).toEqual([`lead@example.com: Postmortem of ${incident.id} Checkout 502s: draft is late`]);
      // The delivery log names the person.
      const log = await store.listDeliveries({ outcome: 'sent' });
      expect(log.items.map((d) => d.channelName)).toContain('e-mail to priya@example.com');
      // Mentions in comments: whoever is mentioned and may read the postmortem, once; not the writer, not those who may not read it.
      const secret = await recordIncident(store, actor, incidentFactsSchema.parse({ title: 'Leaked token', severity: 'SEV2', resolvedAt: '2026-03-04T09:00:00Z', securityExposure: true, teams: ['Payments'] }));
      await store.addComment(actor, pm.id, { body: 'Thanks @priya@example.com and @ada@example.com; @sam@example.com can you add the pool graph?' });
      await store.addComment(actor, secret.postmortemId ?? '', { body: 'Not for @priya@example.com yet' });
      await practicePass(store, withMail);
      const mentions = mailed().filter((m) => m.includes('mentioned you'));
      expect(mentions).toEqual(['priya@example.com: ada@example.com mentioned you on Checkout 502s', 'sam@example.com: ada@example.com mentioned you on Checkout 502s']);
      await practicePass(store, withMail);
      expect(mailed().filter((m) => m.includes('mentioned you'))).toEqual([]);
      // Where the instance sends no e-mail, nobody is queued in person.
      now = Date.parse('2026-03-05T10:00:00Z');
      const report = await practicePass(store, SETTINGS);
      expect(report.enqueued).toBe(0);
      await store.close();
    });

    it('cuts a digest longer than a notification carries, saying where the whole of it is', async () => {
      received.length = 0;
      const options = engine.freshOptions();
      const now = Date.parse('2026-03-04T10:00:00Z');
      const store = await openStore({ ...options, clock: () => now });
      const admin = await store.createUser({ email: 'ada@example.com', role: 'admin', password: 'correct horse battery' }, TEST_SOURCE);
      const actor: Actor = { userId: admin.id, email: admin.email, role: 'admin' };
      await store.createChannel(actor, 'instance', { name: 'Sheriff hook', kind: 'webhook', url: receiverUrl });
      for (let i = 0; i < 60; i++) {
        await recordIncident(store, actor, incidentFactsSchema.parse({ title: `Incident ${i}: ${'the checkout API returned 502s for a share of the requests in one region '.repeat(3)}`, severity: 'SEV2', resolvedAt: '2026-03-01T09:00:00Z', slaBreached: true }));
      }
      const report = await practicePass(store, SETTINGS);
      expect(report.refused).toEqual([]);
      expect(received.filter((r) => r.type === 'digest.weekly')).toEqual([{ type: 'digest.weekly', subject: 'Postmortem digest, week of 2026-03-02' }]);
      const text = texts.get('digest.weekly') ?? '';
      expect(text.length).toBeLessThanOrEqual(10_000);
      expect(text).toMatch(/^# Postmortem digest, 2026-03-04\n/);
      expect(text).toMatch(/\n\n… cut here: the whole digest is on the dashboard, https:\/\/debrief\.example\.com$/);
      await store.close();
    });
  });
});
