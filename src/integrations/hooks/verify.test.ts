import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { integrationSettingsSchemas } from '../../core/integrations.js';
import { sampleDelivery } from './samples.js';
import { readHook, severityOf } from './signals.js';
import { sampleHeaders, verifyDelivery } from './verify.js';

const body = Buffer.from('{"event":{"id":"x"}}');
const NOW = Date.parse('2026-12-01T09:00:00Z');
const hex = (secret: string, message: string | Buffer) => createHmac('sha256', secret).update(message).digest('hex');

describe('verifying deliveries', () => {
  it('PagerDuty: any one of several v1 signatures (a rotation), in any case; none, others or a malformed header refused', () => {
    const settings = integrationSettingsSchemas.pagerduty.parse({});
    const ok = (header: string | undefined) => verifyDelivery('pagerduty', settings, 'secret-0001-abcdef', header === undefined ? {} : { 'x-pagerduty-signature': header }, body, NOW).ok;
    expect(ok(`v1=${hex('secret-0001-abcdef', body)}`)).toBe(true);
    expect(ok(`v1=${hex('old', body)}, v1=${hex('secret-0001-abcdef', body).toUpperCase()}`)).toBe(true);
    expect(ok(`v1=${hex('old', body)}`)).toBe(false);
    expect(ok(hex('secret-0001-abcdef', body))).toBe(false);
    expect(ok('')).toBe(false);
    expect(ok(undefined)).toBe(false);
  });

  it('Grafana: the signature over "timestamp:body" with a fresh timestamp, or over the body alone when no timestamp header is set', () => {
    const withTs = integrationSettingsSchemas.grafana.parse({ timestampHeader: 'X-Grafana-Alerting-Timestamp' });
    const ts = String(NOW / 1000);
    const headers = { 'x-grafana-alerting-signature': hex('g-secret-0123456789', `${ts}:${body.toString()}`), 'x-grafana-alerting-timestamp': ts };
    expect(verifyDelivery('grafana', withTs, 'g-secret-0123456789', headers, body, NOW)).toEqual({ ok: true });
    expect(verifyDelivery('grafana', withTs, 'g-secret-0123456789', headers, body, NOW + 6 * 60_000)).toMatchObject({ ok: false, reason: expect.stringMatching(/more than 5 minutes/) });
    const plain = integrationSettingsSchemas.grafana.parse({});
    expect(verifyDelivery('grafana', plain, 'g-secret-0123456789', { 'x-grafana-alerting-signature': hex('g-secret-0123456789', body) }, body, NOW)).toEqual({ ok: true });
    expect(verifyDelivery('grafana', plain, 'g-secret-0123456789', { 'x-grafana-alert-signature': hex('g-secret-0123456789', body) }, body, NOW).ok).toBe(false);
  });

  it('signs each kind\u2019s sample as its vendor would, and that verifies; an integration without a secret verifies nothing', () => {
    for (const kind of ['pagerduty', 'alertmanager', 'opsgenie', 'grafana'] as const) {
      for (const raw of kind === 'grafana' ? [{}, { timestampHeader: 'X-Ts' }, { auth: 'basic', username: 'g' }] : kind === 'alertmanager' ? [{}, { auth: 'basic', username: 'prom' }] : [{}]) {
        const settings = integrationSettingsSchemas[kind].parse(raw);
        const sample = sampleDelivery(kind, new Date(NOW).toISOString());
        expect(verifyDelivery(kind, settings, 's3cret-s3cret-s3cret', sampleHeaders(kind, settings, 's3cret-s3cret-s3cret', sample, NOW), sample, NOW), `${kind} ${JSON.stringify(raw)}`).toEqual({ ok: true });
        expect(verifyDelivery(kind, settings, 'another-secret-entirely', sampleHeaders(kind, settings, 's3cret-s3cret-s3cret', sample, NOW), sample, NOW).ok).toBe(false);
        expect(readHook(kind, JSON.parse(sample.toString()), new Date(NOW).toISOString()).signals).toEqual([expect.objectContaining({ action: 'trigger', title: expect.stringMatching(/Debrief/) })]);
      }
    }
    expect(verifyDelivery('opsgenie', integrationSettingsSchemas.opsgenie.parse({}), null, {}, body, NOW)).toMatchObject({ ok: false, reason: expect.stringMatching(/no secret/) });
  });
});

describe('reading deliveries', () => {
  it('maps vendors\u2019 priorities and severities', () => {
    expect(['P1', 'P5', 3, 'critical', 'warning', 'info', 'SEV-2', 'whatever', null].map(severityOf)).toEqual(['SEV1', 'SEV4', 'SEV3', 'SEV1', 'SEV3', 'SEV4', 'SEV2', null, null]);
  });

  it('says why it acts on nothing in payloads that are not what the vendor sends', () => {
    const at = '2026-12-01T09:00:00.000Z';
    expect(readHook('pagerduty', [], at).ignored).toEqual(['no event: a PagerDuty v3 webhook delivers {"event": {…}}']);
    expect(readHook('pagerduty', { event: { event_type: 'incident.triggered', occurred_at: at } }, at).ignored).toEqual(['event: no event id']);
    expect(readHook('opsgenie', { action: 'Create', alert: { message: 'x' } }, at).ignored).toEqual(['the payload: no alert (alert.alertId)']);
    expect(readHook('alertmanager', { status: 'firing', alerts: [{ startsAt: '2026-12-01T08:00:00Z' }] }, at).ignored).toEqual(['no groupKey: the alert group cannot be told from others']);
    expect(readHook('alertmanager', { groupKey: 'g', status: 'firing', alerts: [{ labels: {} }] }, at).ignored).toEqual(['alerts[0]: no start (startsAt) that is a time']);
    expect(readHook('grafana', { groupKey: 'g', status: 'pending', alerts: [{ startsAt: '2026-12-01T08:00:00Z' }] }, at).ignored).toEqual(['status "pending": neither firing nor resolved']);
  });
});
