/**
 * A small delivery of each alerting tool, in its documented shape (the same as the corpus's, cut down), for testing
 * an integration: signed as the tool would sign it, it must verify and read as a trigger. Nothing is stored from it.
 */
import type { HookKind } from '../../core/integrations.js';

/** The sample delivery of a kind at `now` (ISO), as the bytes the tool would send. */
export function sampleDelivery(kind: HookKind, now: string): Buffer {
  const payloads: Record<HookKind, unknown> = {
    pagerduty: {
      event: {
        id: 'debrief-test-event',
        event_type: 'incident.triggered',
        resource_type: 'incident',
        occurred_at: now,
        agent: null,
        client: null,
        data: { id: 'DEBRIEFTEST', type: 'incident', number: 1, status: 'triggered', title: 'Debrief connection test', created_at: now, service: { id: 'PTEST', summary: 'debrief-test' }, priority: null, urgency: 'high' },
      },
    },
    alertmanager: {
      version: '4',
      groupKey: '{}:{alertname="DebriefConnectionTest"}',
      status: 'firing',
      receiver: 'debrief',
      groupLabels: { alertname: 'DebriefConnectionTest' },
      commonLabels: { alertname: 'DebriefConnectionTest', severity: 'warning' },
      commonAnnotations: { summary: 'Debrief connection test' },
      externalURL: 'http://alertmanager.invalid',
      alerts: [{ status: 'firing', labels: { alertname: 'DebriefConnectionTest' }, annotations: {}, startsAt: now, endsAt: '0001-01-01T00:00:00Z', generatorURL: '', fingerprint: 'debrief0test' }],
    },
    opsgenie: {
      action: 'Create',
      alert: { alertId: 'debrief-test-alert', message: 'Debrief connection test', tags: [], entity: 'debrief-test', createdAt: Date.parse(now), updatedAt: Date.parse(now) * 1e6, username: 'Debrief', priority: 'P3' },
      source: { name: 'Debrief', type: 'test' },
    },
    grafana: {
      receiver: 'debrief',
      status: 'firing',
      orgId: 1,
      version: '1',
      state: 'alerting',
      title: '[FIRING:1] DebriefConnectionTest',
      groupKey: '{}:{alertname="DebriefConnectionTest"}',
      commonLabels: { alertname: 'DebriefConnectionTest' },
      commonAnnotations: { summary: 'Debrief connection test' },
      alerts: [{ status: 'firing', labels: { alertname: 'DebriefConnectionTest' }, annotations: {}, startsAt: now, endsAt: '0001-01-01T00:00:00Z', fingerprint: 'debrief0test' }],
    },
  };
  return Buffer.from(JSON.stringify(payloads[kind]));
}
