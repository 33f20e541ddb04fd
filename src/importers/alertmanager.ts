/**
 * Prometheus Alertmanager webhook payloads (version 4), and Grafana's unified alerting webhook, which sends the same
 * data with a few fields more: each alert's start (`startsAt`) is an alert event, and its resolution (`endsAt`, when
 * the alert is resolved) an event whose kind the engine infers. Alertmanager repeats a group every `group_interval`, so an alert is known
 * by its fingerprint and start: the same alert sent again adds nothing. Shapes: prometheus/alertmanager
 * `template/template.go` (`template.Data`, `template.Alert`) and grafana/alerting `receivers/webhook/v1`.
 */
import { instantOf, objectAt, textAt, WHOLE_PAYLOAD, type ImportedEvent, type LeftOut, type SourceReading } from './source-reading.js';

/** An alert's name and where it fired, as the event's text says them: "High CPU Temperature (host andromeda)". */
export function alertName(alert: unknown): string {
  const labels = objectAt(alert, 'labels') ?? {};
  const name = typeof labels.alertname === 'string' ? labels.alertname : 'alert';
  const where = ['instance', 'host', 'service', 'job', 'cluster', 'namespace'].find((key) => typeof labels[key] === 'string');
  return where === undefined ? name : `${name} (${where} ${String(labels[where])})`;
}

/** Reads one payload from Alertmanager (`vendor` alertmanager) or Grafana (`vendor` grafana). */
export function readAlertmanager(payload: unknown, vendor: 'alertmanager' | 'grafana' = 'alertmanager'): SourceReading {
  const alerts = typeof payload === 'object' && payload !== null ? (payload as Record<string, unknown>).alerts : undefined;
  if (!Array.isArray(alerts)) return { events: [], leftOut: [{ entry: WHOLE_PAYLOAD, reason: `no "alerts" list: not an ${vendor === 'grafana' ? 'Grafana alerting' : 'Alertmanager'} webhook payload` }] };
  const events: ImportedEvent[] = [];
  const leftOut: LeftOut[] = [];
  alerts.forEach((alert: unknown, index) => {
    const startsWritten = textAt(alert, 'startsAt') ?? '';
    const startsAt = instantOf(startsWritten);
    if (startsAt === null) {
      leftOut.push({ entry: `alerts[${index}]`, reason: 'no start (startsAt) that is a time' });
      return;
    }
    const name = alertName(alert);
    const key = `${textAt(alert, 'fingerprint') ?? name}@${startsAt}`;
    const summary = textAt(objectAt(alert, 'annotations'), 'summary') ?? textAt(objectAt(alert, 'annotations'), 'description');
    events.push({ at: startsAt, written: startsWritten, text: `Alert firing: ${name}${summary === null ? '' : ` — ${summary}`}`, actor: vendor === 'grafana' ? 'Grafana' : 'Alertmanager', kind: 'alert', sources: [{ vendor, id: `${key}:firing` }] });
    if (textAt(alert, 'status') !== 'resolved') return;
    const endsWritten = textAt(alert, 'endsAt') ?? '';
    const endsAt = instantOf(endsWritten);
    if (endsAt === null) leftOut.push({ entry: `alerts[${index}]`, reason: 'resolved, but with no end (endsAt) that is a time: its firing is kept' });
    else events.push({ at: endsAt, written: endsWritten, text: `Alert resolved: ${name}`, actor: vendor === 'grafana' ? 'Grafana' : 'Alertmanager', kind: null, sources: [{ vendor, id: `${key}:resolved` }] });
  });
  return { events, leftOut };
}
