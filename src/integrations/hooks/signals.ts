/**
 * What an alerting tool's webhook says about an incident, read from its payload: which of the vendor's incidents
 * (PagerDuty incident, Opsgenie alert, Alertmanager or Grafana alert group), what happened to it and when, and the
 * facts it carries (title, severity, services, start, end). The timeline importers read the same payloads for
 * events: each reader here starts from theirs (times, ids, what they leave out) and adds what an incident needs.
 * Events Debrief does not act on are not errors: they are named, with why, and change nothing.
 */
import type { HookKind } from '../../core/integrations.js';
import type { Severity } from '../../core/postmortem.schema.js';
import { parseSeverity } from '../../core/severity.js';
import { alertName, readAlertmanager } from '../../importers/alertmanager.js';
import { epochInstant, readOpsgenie } from '../../importers/opsgenie.js';
import { readPagerDuty } from '../../importers/pagerduty.js';
import { instantOf, objectAt, textAt, type SourceReading } from '../../importers/source-reading.js';

/** What happened to the vendor's incident. */
export type SignalAction = 'trigger' | 'acknowledge' | 'unacknowledge' | 'escalate' | 'resolve' | 'reopen' | 'update';

/** One thing a delivery says about one of the vendor's incidents. */
export interface AlertSignal {
  /** The vendor's incident: a PagerDuty incident id, an Opsgenie alertId, an alert group's groupKey. */
  key: string;
  action: SignalAction;
  /** When it happened, as the vendor says (UTC): an older delivery arriving later does not undo a newer one. */
  at: string;
  /** The vendor's event type as written ("incident.resolved", "Close", "firing"). */
  event: string;
  title: string;
  severity: Severity | null;
  services: string[];
  /** When the vendor's incident began, when the payload says. */
  startedAt: string | null;
  /** When it ended (a resolution), when the payload says. */
  resolvedAt: string | null;
  actor: string | null;
}

/** What a delivery says: signals, and what was left alone and why. */
export interface HookReading {
  signals: AlertSignal[];
  ignored: string[];
  /** The vendor's id of the delivery, when it has one that retries keep (PagerDuty's event id); else its body's hash is used. */
  deliveryId: string | null;
}

/** Severity words alerting tools use beyond those of postmortems (`warning`, `info`, PagerDuty's and Opsgenie's P5). */
const MORE_SEVERITIES: Readonly<Record<string, Severity>> = { p5: 'SEV4', '5': 'SEV4', warning: 'SEV3', warn: 'SEV3', info: 'SEV4', error: 'SEV2' };

/** A vendor's priority or severity (P1–P5, 1–5, critical/warning/info…) as a severity; null when it says none. */
export function severityOf(value: unknown): Severity | null {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value : '';
  if (text.trim() === '') return null;
  return parseSeverity(text) ?? MORE_SEVERITIES[text.trim().toLowerCase()] ?? null;
}

/** What an importer's reading did not take, as reasons: entries it could not read, and those it left out on purpose. */
function reasonsOf(reading: SourceReading): string[] {
  return [...reading.leftOut.map((l) => `${l.entry}: ${l.reason}`), ...(reading.omitted ?? []).map((o) => o.reason)];
}

/** PagerDuty v3 event types and what they do to an incident. */
const PAGERDUTY_ACTIONS: Readonly<Record<string, SignalAction>> = {
  'incident.triggered': 'trigger',
  'incident.acknowledged': 'acknowledge',
  'incident.unacknowledged': 'unacknowledge',
  'incident.escalated': 'escalate',
  'incident.responder.added': 'escalate',
  'incident.resolved': 'resolve',
  'incident.reopened': 'reopen',
  'incident.priority_updated': 'update',
  'incident.service_updated': 'update',
};

/** A PagerDuty v3 webhook delivery (`{"event": {…}}`). */
export function readPagerDutyHook(payload: unknown): HookReading {
  const event = objectAt(payload, 'event');
  const deliveryId = textAt(event, 'id');
  if (event === undefined) return { signals: [], ignored: ['no event: a PagerDuty v3 webhook delivers {"event": {…}}'], deliveryId };
  const reading = readPagerDuty({ event });
  const [read] = reading.events;
  const type = textAt(event, 'event_type') ?? '';
  if (read === undefined) return { signals: [], ignored: reasonsOf(reading), deliveryId };
  const action = PAGERDUTY_ACTIONS[type];
  if (action === undefined) return { signals: [], ignored: [`event ${type}: not a change Debrief makes to an incident (${read.text})`], deliveryId };
  const data = objectAt(event, 'data');
  const key = textAt(data, 'id');
  if (key === null || textAt(data, 'type') !== 'incident') return { signals: [], ignored: [`event ${type}: no incident (event.data.id, event.data.type "incident")`], deliveryId };
  const service = textAt(objectAt(data, 'service'), 'summary');
  return {
    signals: [
      {
        key,
        action,
        at: read.at,
        event: type,
        title: textAt(data, 'title') ?? `PagerDuty incident ${key}`,
        severity: severityOf(textAt(objectAt(data, 'priority'), 'summary')),
        services: service === null ? [] : [service],
        startedAt: instantOf(textAt(data, 'created_at')),
        resolvedAt: action === 'resolve' ? read.at : null,
        actor: read.actor,
      },
    ],
    ignored: [],
    deliveryId,
  };
}

/** Opsgenie webhook actions and what they do to an incident. */
const OPSGENIE_ACTIONS: Readonly<Record<string, SignalAction>> = {
  Create: 'trigger',
  Acknowledge: 'acknowledge',
  UnAcknowledge: 'unacknowledge',
  Close: 'resolve',
  Escalate: 'escalate',
  EscalateNext: 'escalate',
  UpdatePriority: 'update',
};

/** An Opsgenie outgoing webhook delivery (`{"action": …, "alert": {…}}`). */
export function readOpsgenieHook(payload: unknown): HookReading {
  const reading = readOpsgenie(payload);
  const [read] = reading.events;
  const action = textAt(payload, 'action') ?? '';
  if (read === undefined) return { signals: [], ignored: reasonsOf(reading), deliveryId: null };
  const signal = OPSGENIE_ACTIONS[action];
  if (signal === undefined) return { signals: [], ignored: [`action ${action}: not a change Debrief makes to an incident`], deliveryId: null };
  const alert = objectAt(payload, 'alert');
  const entity = textAt(alert, 'entity');
  return {
    signals: [
      {
        key: textAt(alert, 'alertId') as string,
        action: signal,
        at: read.at,
        event: action,
        title: textAt(alert, 'message') ?? 'Opsgenie alert',
        severity: severityOf(alert?.priority),
        services: entity === null ? [] : [entity],
        startedAt: epochInstant(alert?.createdAt),
        resolvedAt: signal === 'resolve' ? read.at : null,
        actor: read.actor,
      },
    ],
    ignored: [],
    deliveryId: null,
  };
}

/** The distinct values of a label across a group's alerts (and its common labels). */
function labelValues(payload: unknown, label: string): string[] {
  const alerts = (payload as { alerts?: unknown[] }).alerts ?? [];
  const values = [objectAt(payload, 'commonLabels'), ...alerts.map((a) => objectAt(a, 'labels'))].map((labels) => textAt(labels, label));
  return [...new Set(values.filter((v): v is string => v !== null))];
}

/**
 * An Alertmanager (version 4) or Grafana alerting webhook delivery: one notification of an alert group, known by its
 * `groupKey`, firing or resolved. It starts at its alerts' first start, and ends at their last end (or when the
 * notification came, `receivedAt`, when the payload gives no end, as some do).
 */
export function readAlertGroupHook(payload: unknown, vendor: 'alertmanager' | 'grafana', receivedAt: string): HookReading {
  const reading = readAlertmanager(payload, vendor);
  const ignored = reasonsOf(reading);
  const key = textAt(payload, 'groupKey');
  const status = textAt(payload, 'status');
  if (reading.events.length === 0) {
    const legacy = vendor === 'grafana' && textAt(payload, 'ruleName') !== null ? ['a legacy Grafana alert (removed in Grafana 11): use a unified alerting contact point'] : [];
    return { signals: [], ignored: [...legacy, ...ignored], deliveryId: null };
  }
  if (key === null || (status !== 'firing' && status !== 'resolved')) {
    return { signals: [], ignored: [key === null ? 'no groupKey: the alert group cannot be told from others' : `status "${status ?? ''}": neither firing nor resolved`, ...ignored], deliveryId: null };
  }
  const starts = reading.events.filter((e) => e.kind === 'alert').map((e) => e.at).sort();
  const ends = reading.events.filter((e) => e.kind !== 'alert').map((e) => e.at).sort();
  const common = { labels: objectAt(payload, 'commonLabels') ?? {} };
  const summary = textAt(objectAt(payload, 'commonAnnotations'), 'summary');
  const resolvedAt = status === 'resolved' ? (ends.at(-1) ?? receivedAt) : null;
  return {
    signals: [
      {
        key,
        action: status === 'firing' ? 'trigger' : 'resolve',
        at: resolvedAt ?? (starts.at(-1) as string),
        event: status,
        title: `${alertName(common)}${summary === null ? '' : ` — ${summary}`}`,
        severity: severityOf(labelValues(payload, 'severity')[0]),
        services: labelValues(payload, 'service'),
        startedAt: starts[0] ?? null,
        resolvedAt,
        actor: vendor === 'grafana' ? 'Grafana' : 'Alertmanager',
      },
    ],
    ignored,
    deliveryId: null,
  };
}

/** Reads a delivery of a hook of `kind`, received at `receivedAt`. */
export function readHook(kind: HookKind, payload: unknown, receivedAt: string): HookReading {
  switch (kind) {
    case 'pagerduty':
      return readPagerDutyHook(payload);
    case 'opsgenie':
      return readOpsgenieHook(payload);
    case 'alertmanager':
    case 'grafana':
      return readAlertGroupHook(payload, kind, receivedAt);
  }
}
