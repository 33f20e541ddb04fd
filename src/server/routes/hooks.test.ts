import { createHmac, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { serverPerFile, type ServerHarness } from '../../../test/server-harness.js';
import { forEachEngine } from '../../../test/store-engines.js';

/** A corpus payload (real vendor deliveries: see docs/integrations.md). */
function corpus(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(`../../../../shared/corpus/payloads/${name}.json`, import.meta.url), 'utf8')) as Record<string, unknown>;
}

const hmac = (secret: string, body: string) => createHmac('sha256', secret).update(body).digest('hex');
const KEY = randomBytes(32);

/** A PagerDuty v3 event of the triggered fixture's incident, as another event type at another time. */
function pagerDutyEvent(type: string, id: string, at: string, change: Record<string, unknown> = {}): Record<string, unknown> {
  const triggered = corpus('pagerduty-webhook-v3__incident-triggered') as { event: { data: Record<string, unknown> } };
  return { event: { ...triggered.event, id, event_type: type, occurred_at: at, data: { ...triggered.event.data, ...change } } };
}

forEachEngine((engine) => {
  describe('inbound hooks: incidents from alerting', () => {
    let now = Date.parse('2026-12-01T09:00:00Z');
    const server = serverPerFile(engine, {}, { clock: () => now, secretKey: KEY });

    /** Adds an integration (admin) and answers its id. */
    async function integration(body: Record<string, unknown>): Promise<string> {
      const created = await server().call('admin', 'POST', '/api/v1/integrations', { json: body });
      expect(created.statusCode, created.body).toBe(201);
      return created.json().integration.id as string;
    }

    /** Posts a delivery as the vendor would (raw bytes, its headers). */
    function deliver(path: string, body: string, headers: Record<string, string>) {
      return server().call(null, 'POST', `/api/v1/hooks/${path}`, { payload: body, headers: { 'content-type': 'application/json', ...headers } });
    }

    async function incident(id: string) {
      return (await server().call('admin', 'GET', `/api/v1/incidents/${id}`)).json();
    }

    async function incidentCount(h: ServerHarness = server()): Promise<number> {
      return (await h.call('admin', 'GET', '/api/v1/incidents')).json().items.length as number;
    }

    it('keeps secrets sealed: shown once when generated, never listed, only hinted at; admins only; audited', async () => {
      const noSecret = await server().call('admin', 'POST', '/api/v1/integrations', { json: { kind: 'pagerduty', name: 'PD' } });
      expect(noSecret.statusCode).toBe(422);
      expect(noSecret.json().error.details).toEqual([expect.objectContaining({ path: 'secret' })]);
      const badSetting = await server().call('admin', 'POST', '/api/v1/integrations', { json: { kind: 'alertmanager', name: 'AM', settings: { auth: 'oauth' } } });
      expect(badSetting.json().error.details).toEqual([expect.objectContaining({ path: 'settings.auth' })]);
      expect((await server().call('editor', 'POST', '/api/v1/integrations', { json: { kind: 'opsgenie', name: 'OG' } })).statusCode).toBe(403);
      expect((await server().call('editor', 'GET', '/api/v1/integrations')).statusCode).toBe(403);

      const created = await server().call('admin', 'POST', '/api/v1/integrations', { json: { kind: 'opsgenie', name: 'Opsgenie main' } });
      expect(created.statusCode, created.body).toBe(201);
      const { integration, secret } = created.json() as { integration: { id: string; hookUrl: string; secretHint: string }; secret: string };
      expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(integration).toMatchObject({ kind: 'opsgenie', scope: 'instance', hasSecret: true, secretHint: `…${secret.slice(-4)}`, settings: { header: 'X-Debrief-Token' } });
      expect(integration.hookUrl).toMatch(new RegExp(`/api/v1/hooks/opsgenie/${integration.id}$`));
      for (const path of ['/api/v1/integrations', `/api/v1/integrations/${integration.id}`]) expect((await server().call('admin', 'GET', path)).body).not.toContain(secret);
      const dump: string[] = [];
      for await (const line of server().store.dump()) dump.push(line);
      expect(dump.join('\n')).toContain(integration.id);
      expect(dump.join('\n')).not.toContain(secret);

      expect((await server().call('admin', 'PUT', '/api/v1/teams/Payments', { json: {} })).statusCode).toBe(200);
      const moved = await server().call('admin', 'PUT', `/api/v1/integrations/${integration.id}`, { json: { kind: 'opsgenie', name: 'Opsgenie main', scope: 'team:Payments' } });
      expect(moved.json().integration).toMatchObject({ scope: 'team:payments' });
      expect((await server().call('admin', 'PUT', `/api/v1/integrations/${integration.id}`, { json: { kind: 'opsgenie', name: 'X', scope: 'team:nobody' } })).statusCode).toBe(404);
      const renamed = await server().call('admin', 'PUT', `/api/v1/integrations/${integration.id}`, { json: { kind: 'opsgenie', name: 'Opsgenie', settings: { header: 'X-Opsgenie-Secret' } } });
      expect(renamed.json()).toMatchObject({ secret: null, integration: { name: 'Opsgenie', scope: 'team:payments', hasSecret: true, secretHint: `…${secret.slice(-4)}` } });
      const kindChange = await server().call('admin', 'PUT', `/api/v1/integrations/${integration.id}`, { json: { kind: 'grafana', name: 'Opsgenie' } });
      expect(kindChange.json().error.details).toEqual([expect.objectContaining({ path: 'kind' })]);
      const audit = (await server().call('admin', 'GET', '/api/v1/audit?action=integration.saved')).json().items;
      expect(audit.map((e: { details: { created: boolean } }) => e.details.created)).toEqual([false, false, true]);
      expect(JSON.stringify(audit)).not.toContain(secret);
      expect((await server().call('admin', 'DELETE', `/api/v1/integrations/${integration.id}`)).statusCode).toBe(204);
      expect((await server().call('admin', 'GET', '/api/v1/audit?action=integration.deleted')).json().items).toHaveLength(1);
      expect((await server().call('admin', 'GET', `/api/v1/integrations/${integration.id}`)).statusCode).toBe(404);
    });

    it('PagerDuty: signed events create and update one incident; unsigned, wrongly signed or old-secret deliveries get 401 and change nothing; replays change nothing', async () => {
      const secret = 'pd-signing-secret-0001';
      const id = await integration({ kind: 'pagerduty', name: 'PagerDuty', secret });
      const triggered = JSON.stringify(corpus('pagerduty-webhook-v3__incident-triggered'));
      const before = await incidentCount();

      expect((await deliver(`pagerduty/${id}`, triggered, {})).statusCode).toBe(401);
      const wrong = await deliver(`pagerduty/${id}`, triggered, { 'x-pagerduty-signature': `v1=${hmac('another-secret-xyz', triggered)}` });
      expect(wrong.statusCode).toBe(401);
      expect(wrong.json().error.message).toMatch(/none of the 1 X-PagerDuty-Signature/);
      // A signature of other bytes (the body changed on the way) does not verify either.
      expect((await deliver('pagerduty', `${triggered} `, { 'x-pagerduty-signature': `v1=${hmac(secret, triggered)}` })).statusCode).toBe(401);
      expect(await incidentCount()).toBe(before);

      // During a rotation PagerDuty sends one signature per secret: any one that matches will do.
      const created = await deliver('pagerduty', triggered, { 'x-pagerduty-signature': `v1=${hmac('old-secret-retired', triggered)},v1=${hmac(secret, triggered)}` });
      expect(created.statusCode, created.body).toBe(202);
      expect(created.json()).toMatchObject({ outcome: 'created', incidents: [expect.stringMatching(/^INC-\d+$/)] });
      const incidentId = created.json().incidents[0] as string;
      expect(await incident(incidentId)).toMatchObject({ title: 'Test Incident 3', source: 'pagerduty', startedAt: '2021-06-04T13:35:29.781Z', resolvedAt: null, services: ['pig208'] });

      const replay = await deliver('pagerduty', triggered, { 'x-pagerduty-signature': `v1=${hmac(secret, triggered)}` });
      expect(replay.statusCode).toBe(200);
      expect(replay.json()).toMatchObject({ outcome: 'replayed', incidents: [] });
      expect(await incidentCount()).toBe(before + 1);

      const acknowledged = JSON.stringify(pagerDutyEvent('incident.acknowledged', 'EV-ACK', '2021-06-04T13:40:00.000Z'));
      expect((await deliver('pagerduty', acknowledged, { 'x-pagerduty-signature': `v1=${hmac(secret, acknowledged)}` })).json()).toMatchObject({ outcome: 'updated', incidents: [incidentId] });
      expect(await server().store.getAlertLink('pagerduty', 'PFQZPSY')).toMatchObject({ status: 'acknowledged', acknowledgedAt: '2021-06-04T13:40:00.000Z' });
      expect((await incident(incidentId)).alerts).toEqual([{ kind: 'pagerduty', externalKey: 'PFQZPSY', status: 'acknowledged', statusAt: '2021-06-04T13:40:00.000Z', acknowledgedAt: '2021-06-04T13:40:00.000Z' }]);
      const escalated = JSON.stringify(pagerDutyEvent('incident.escalated', 'EV-ESC', '2021-06-04T13:45:00.000Z', { priority: { id: 'P1X', summary: 'P1' } }));
      expect((await deliver('pagerduty', escalated, { 'x-pagerduty-signature': `v1=${hmac(secret, escalated)}` })).statusCode).toBe(202);
      const resolved = JSON.stringify(pagerDutyEvent('incident.resolved', 'EV-RES', '2021-06-04T14:35:29.781Z'));
      expect((await deliver('pagerduty', resolved, { 'x-pagerduty-signature': `v1=${hmac(secret, resolved)}` })).statusCode).toBe(202);
      // Policy and deadlines follow as for an incident recorded by hand: an escalated SEV1 owes a full postmortem, drafted at once.
      expect(await incident(incidentId)).toMatchObject({ severity: 'SEV1', escalated: true, resolvedAt: '2021-06-04T14:35:29.781Z', owed: 'full', postmortemId: expect.any(String), deadlines: { draftBy: { at: '2021-06-05T14:35:29.781Z' } } });

      // The secret is rotated in Debrief: the old one no longer verifies.
      const rotated = 'pd-signing-secret-0002';
      expect((await server().call('admin', 'PUT', `/api/v1/integrations/${id}`, { json: { kind: 'pagerduty', name: 'PagerDuty', secret: rotated } })).json().integration.secretHint).toBe('…0002');
      const late = JSON.stringify(pagerDutyEvent('incident.annotated', 'EV-NOTE', '2021-06-04T15:00:00.000Z'));
      expect((await deliver('pagerduty', late, { 'x-pagerduty-signature': `v1=${hmac(secret, late)}` })).statusCode).toBe(401);
      const ignored = await deliver('pagerduty', late, { 'x-pagerduty-signature': `v1=${hmac(rotated, late)}` });
      expect(ignored.statusCode).toBe(202);
      expect(ignored.json()).toMatchObject({ outcome: 'ignored', incidents: [], ignored: [expect.stringMatching(/^event incident\.annotated: not a change Debrief makes/)] });

      const shown = (await server().call('admin', 'GET', `/api/v1/integrations/${id}`)).json();
      expect(shown.deliveries.map((d: { outcome: string }) => d.outcome)).toEqual(['ignored', 'refused', 'updated', 'updated', 'updated', 'replayed', 'created', 'refused', 'refused', 'refused']);
      expect(JSON.stringify(shown)).not.toContain(rotated);
    });

    it('PagerDuty: a resolution that arrives before its trigger makes a resolved incident the trigger does not reopen; bad JSON and missing fields change nothing', async () => {
      const secret = 'pd-out-of-order-secret';
      const id = await integration({ kind: 'pagerduty', name: 'PagerDuty 2', secret });
      const sign = (body: string) => ({ 'x-pagerduty-signature': `v1=${hmac(secret, body)}` });
      const data = { id: 'PLATE01', title: 'Checkout errors' };
      const resolved = JSON.stringify(pagerDutyEvent('incident.resolved', 'EV-R2', '2026-11-30T10:30:00.000Z', { ...data, created_at: '2026-11-30T10:00:00Z' }));
      const first = await deliver(`pagerduty/${id}`, resolved, sign(resolved));
      expect(first.json()).toMatchObject({ outcome: 'created' });
      const incidentId = first.json().incidents[0] as string;
      const trigger = JSON.stringify(pagerDutyEvent('incident.triggered', 'EV-T2', '2026-11-30T10:00:00.000Z', data));
      expect((await deliver(`pagerduty/${id}`, trigger, sign(trigger))).json()).toMatchObject({ outcome: 'unchanged', incidents: [incidentId] });
      expect(await incident(incidentId)).toMatchObject({ title: 'Checkout errors', startedAt: '2026-11-30T10:00:00.000Z', resolvedAt: '2026-11-30T10:30:00.000Z' });
      expect(await server().store.getAlertLink('pagerduty', 'PLATE01')).toMatchObject({ status: 'resolved' });

      const before = await incidentCount();
      const bad = await deliver(`pagerduty/${id}`, '{"event": ', sign('{"event": '));
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.message).toMatch(/verified, but the body is not JSON/);
      const noData = JSON.stringify({ event: { id: 'EV-X', event_type: 'incident.triggered', occurred_at: '2026-11-30T11:00:00Z', data: { type: 'incident' } } });
      expect((await deliver(`pagerduty/${id}`, noData, sign(noData))).json()).toMatchObject({ outcome: 'ignored', ignored: [expect.stringMatching(/no incident \(event\.data\.id/)] });
      const noTime = JSON.stringify({ event: { id: 'EV-Y', event_type: 'incident.triggered', data: { id: 'P1', type: 'incident' } } });
      expect((await deliver(`pagerduty/${id}`, noTime, sign(noTime))).json()).toMatchObject({ outcome: 'ignored', ignored: [expect.stringMatching(/no time \(occurred_at\)/)] });
      const service = JSON.stringify({ event: { id: 'EV-Z', event_type: 'service.updated', resource_type: 'service', occurred_at: '2026-11-30T11:00:00Z', data: { id: 'PSVC' } } });
      expect((await deliver(`pagerduty/${id}`, service, sign(service))).json()).toMatchObject({ outcome: 'ignored', ignored: [expect.stringMatching(/service\.updated: not events of an incident/)] });
      expect(await incidentCount()).toBe(before);
      expect((await deliver('pagerduty/int-nope', trigger, sign(trigger))).statusCode).toBe(404);
    });

    it('Alertmanager: a bearer token or basic auth; a group fires, resolves, and firing again later is a new incident', async () => {
      const token = 'alertmanager-bearer-token-1';
      const id = await integration({ kind: 'alertmanager', name: 'Prometheus', secret: token });
      const basicId = await integration({ kind: 'alertmanager', name: 'Prometheus EU', settings: { auth: 'basic', username: 'prom' }, secret: 'alertmanager-basic-pass' });
      const firing = JSON.stringify(corpus('alertmanager-webhook__firing-two-alerts'));
      expect((await deliver(`alertmanager/${id}`, firing, {})).statusCode).toBe(401);
      expect((await deliver(`alertmanager/${id}`, firing, { authorization: 'Bearer nope-nope-nope-nope' })).statusCode).toBe(401);
      expect((await deliver(`alertmanager/${basicId}`, firing, { authorization: `Basic ${Buffer.from('prom:wrong').toString('base64')}` })).statusCode).toBe(401);

      const created = await deliver(`alertmanager/${id}`, firing, { authorization: `Bearer ${token}` });
      expect(created.json()).toMatchObject({ outcome: 'created' });
      const incidentId = created.json().incidents[0] as string;
      expect(await incident(incidentId)).toMatchObject({ title: 'High CPU Temperature — High CPU core temperature', severity: 'SEV1', source: 'alertmanager', startedAt: '2020-02-06T00:17:58.432Z', resolvedAt: null });
      // Alertmanager repeats the group every group_interval: the same notification again is a replay.
      expect((await deliver(`alertmanager/${id}`, firing, { authorization: `Bearer ${token}` })).json().outcome).toBe('replayed');

      // Resolved with a zero endsAt (as the fixture is): resolved when the notification came.
      now = Date.parse('2020-02-06T01:00:00Z');
      const resolved = JSON.stringify(corpus('alertmanager-webhook__resolved-single-alert'));
      const done = await deliver(`alertmanager/${basicId}`, resolved, { authorization: `Basic ${Buffer.from('prom:alertmanager-basic-pass').toString('base64')}` });
      expect(done.json()).toMatchObject({ outcome: 'updated', incidents: [incidentId] });
      expect((await incident(incidentId)).resolvedAt).toBe('2020-02-06T01:00:00.000Z');

      const again = corpus('alertmanager-webhook__firing-two-alerts') as { alerts: { startsAt: string }[] };
      for (const alert of again.alerts) alert.startsAt = '2020-02-07T08:00:00Z';
      const refire = await deliver(`alertmanager/${id}`, JSON.stringify(again), { authorization: `Bearer ${token}` });
      expect(refire.json().outcome).toBe('created');
      expect(refire.json().incidents[0]).not.toBe(incidentId);
      const noAlerts = await deliver(`alertmanager/${id}`, '{"status":"firing"}', { authorization: `Bearer ${token}` });
      expect(noAlerts.json()).toMatchObject({ outcome: 'ignored', ignored: [expect.stringMatching(/no "alerts" list/)] });
      now = Date.parse('2026-12-01T09:00:00Z');
    });

    it('Opsgenie: the secret in its custom header; an acknowledgement before any create makes the incident, its close resolves it', async () => {
      const id = await integration({ kind: 'opsgenie', name: 'Opsgenie', settings: { header: 'X-Opsgenie-Secret' }, secret: 'opsgenie-shared-secret' });
      const ack = JSON.stringify(corpus('opsgenie-webhook__alert-acknowledge'));
      expect((await deliver(`opsgenie/${id}`, ack, { 'x-debrief-token': 'opsgenie-shared-secret' })).statusCode).toBe(401);
      const created = await deliver('opsgenie', ack, { 'x-opsgenie-secret': 'opsgenie-shared-secret' });
      expect(created.json()).toMatchObject({ outcome: 'created' });
      const incidentId = created.json().incidents[0] as string;
      const close = JSON.stringify(corpus('opsgenie-webhook__alert-close'));
      expect((await deliver('opsgenie', close, { 'x-opsgenie-secret': 'opsgenie-shared-secret' })).json()).toMatchObject({ outcome: 'updated', incidents: [incidentId] });
      expect(await incident(incidentId)).toMatchObject({ source: 'opsgenie', startedAt: '2015-01-05T10:03:11.104Z', resolvedAt: '2015-01-05T10:06:14.669Z' });
      expect(await server().store.getAlertLink('opsgenie', '052652ac-5d1c-464a-812a-7dd18bbfba8c')).toMatchObject({ status: 'resolved', acknowledgedAt: '2015-01-05T10:03:44.764Z' });
      const create = JSON.stringify(corpus('opsgenie-webhook__alert-create'));
      const p3 = await deliver('opsgenie', create, { 'x-opsgenie-secret': 'opsgenie-shared-secret' });
      expect(await incident(p3.json().incidents[0] as string)).toMatchObject({ title: 'another alert', severity: 'SEV3', services: ['Server'] });
      const note = JSON.stringify({ ...corpus('opsgenie-webhook__alert-create'), action: 'AddNote' });
      expect((await deliver('opsgenie', note, { 'x-opsgenie-secret': 'opsgenie-shared-secret' })).json()).toMatchObject({ outcome: 'ignored', ignored: ['action AddNote: not a change Debrief makes to an incident'] });
    });

    it('Grafana: its HMAC signature with a timestamp (a stale one refused), or its Authorization header; a legacy alert is ignored, said so', async () => {
      const secret = 'grafana-hmac-secret-01';
      const id = await integration({ kind: 'grafana', name: 'Grafana', settings: { timestampHeader: 'X-Grafana-Alerting-Timestamp' }, secret });
      const resolved = JSON.stringify(corpus('grafana-webhook__unified-alerting-resolved'));
      const ts = String(Math.floor(now / 1000));
      const signed = { 'x-grafana-alerting-signature': hmac(secret, `${ts}:${resolved}`), 'x-grafana-alerting-timestamp': ts };
      expect((await deliver(`grafana/${id}`, resolved, { 'x-grafana-alerting-signature': hmac(secret, resolved) })).statusCode).toBe(401);
      const staleTs = String(Math.floor(now / 1000) - 600);
      const stale = await deliver(`grafana/${id}`, resolved, { 'x-grafana-alerting-signature': hmac(secret, `${staleTs}:${resolved}`), 'x-grafana-alerting-timestamp': staleTs });
      expect(stale.statusCode).toBe(401);
      expect(stale.json().error.message).toMatch(/more than 5 minutes from now/);
      const created = await deliver(`grafana/${id}`, resolved, signed);
      expect(created.json()).toMatchObject({ outcome: 'created' });
      expect(await incident(created.json().incidents[0] as string)).toMatchObject({ title: 'TestAlert (instance Grafana) — Notification test', source: 'grafana', startedAt: '2022-08-31T05:54:04.522Z', resolvedAt: '2022-08-31T10:30:00.522Z' });

      const bearerId = await integration({ kind: 'grafana', name: 'Grafana bearer', settings: { auth: 'bearer' }, secret: 'grafana-bearer-token-1' });
      const legacy = JSON.stringify(corpus('grafana-webhook__legacy-alerting'));
      const ignored = await deliver(`grafana/${bearerId}`, legacy, { authorization: 'Bearer grafana-bearer-token-1' });
      expect(ignored.json()).toMatchObject({ outcome: 'ignored', ignored: [expect.stringMatching(/legacy Grafana alert/), expect.stringMatching(/no "alerts" list/)] });
    });

    it('tests an integration: its secret opens, a signed sample verifies, an unsigned one is refused; with the hook URL and the last delivery', async () => {
      const id = await integration({ kind: 'alertmanager', name: 'Tested', secret: 'tested-token-abcdef' });
      const before = await incidentCount();
      const tested = await server().call('admin', 'POST', `/api/v1/integrations/${id}/test`);
      expect(tested.statusCode, tested.body).toBe(200);
      expect(tested.json()).toMatchObject({ ok: true, hookUrl: expect.stringMatching(new RegExp(`/api/v1/hooks/alertmanager/${id}$`)), lastDelivery: null });
      expect(tested.json().checks.map((c: { name: string; ok: boolean }) => [c.name, c.ok])).toEqual([['secret', true], ['signed sample', true], ['unsigned sample', true], ['reading', true], ['last delivery', true]]);
      expect(await incidentCount()).toBe(before);
      await deliver(`alertmanager/${id}`, '{}', { authorization: 'Bearer not-the-token-at-all' });
      const after = (await server().call('admin', 'POST', `/api/v1/integrations/${id}/test`)).json();
      expect(after).toMatchObject({ ok: false, lastDelivery: { outcome: 'refused', status: 401, detail: 'the bearer token does not match this integration\u2019s secret' } });
      expect((await server().call('editor', 'POST', `/api/v1/integrations/${id}/test`)).statusCode).toBe(403);
    });
  });

  describe('integrations without DEBRIEF_SECRET_KEY', () => {
    const server = serverPerFile(engine);
    it('refuses to store a secret and says to set the key', async () => {
      const refused = await server().call('admin', 'POST', '/api/v1/integrations', { json: { kind: 'alertmanager', name: 'AM' } });
      expect(refused.statusCode).toBe(422);
      expect(refused.json().error.message).toMatch(/set DEBRIEF_SECRET_KEY/);
      expect((await server().call('admin', 'GET', '/api/v1/integrations')).json().items).toEqual([]);
    });
  });
});
