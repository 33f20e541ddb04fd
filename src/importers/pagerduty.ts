/**
 * PagerDuty: incident log entries (REST API v2, `GET /incidents/{id}/log_entries`: `{"log_entries": […]}`), the same
 * entries in a v2 webhook (`{"messages": [{"log_entries": […]}]}`, end of support 2022 but still in exports), and v3
 * webhook events (`{"event": {…}}`, one per delivery, or a list of them). Each entry is known by its id. Shapes:
 * PagerDuty/api-schema `reference/REST/openapiv3.json` and PagerDuty/developer-docs `docs/webhooks/` (see
 * docs/integrations.md).
 */
import type { EventKind } from '../core/postmortem.schema.js';
import { instantOf, objectAt, OmittedTally, textAt, WHOLE_PAYLOAD, type ImportedEvent, type LeftOut, type SourceReading } from './source-reading.js';

/** The kind a log entry's type or a webhook's event type says; others are inferred from the text. */
const KINDS: Readonly<Record<string, EventKind>> = {
  trigger_log_entry: 'alert',
  'incident.triggered': 'alert',
  acknowledge_log_entry: 'acknowledgement',
  'incident.acknowledged': 'acknowledgement',
  escalate_log_entry: 'escalation',
  'incident.escalated': 'escalation',
  exhaust_escalation_path_log_entry: 'escalation',
  'incident.responder.added': 'escalation',
  annotate_log_entry: 'investigation',
  'incident.annotated': 'investigation',
  resolve_log_entry: 'resolution',
  'incident.resolved': 'resolution',
  'incident.status_update_published': 'communication',
};

/** Log entry types that only say PagerDuty sent a page or e-mail: many per incident, nothing happened. */
const NOISE = new Set(['notify_log_entry']);

/** Who acted: the agent's name (a user, or the service or integration that triggered it). */
function agentOf(entry: unknown): string | null {
  return textAt(objectAt(entry, 'agent'), 'summary');
}

/** Where a reading goes: the events, the entries that could not be read, and those left out on purpose. */
interface Into {
  events: ImportedEvent[];
  leftOut: LeftOut[];
  omitted: OmittedTally;
}

/** One REST v2 log entry. */
function logEntry(entry: unknown, where: string, { events, leftOut, omitted }: Into): void {
  const type = textAt(entry, 'type') ?? '';
  const id = textAt(entry, 'id');
  const written = textAt(entry, 'created_at') ?? '';
  const at = instantOf(written);
  if (NOISE.has(type)) omitted.add(`${type}: notifications sent, not events of the incident`);
  else if (id === null || at === null) leftOut.push({ entry: where, reason: id === null ? 'no id' : 'no time (created_at)' });
  else {
    const note = textAt(entry, 'note') ?? textAt(objectAt(entry, 'channel'), 'details');
    const summary = textAt(entry, 'summary') ?? type.replace(/_log_entry$/, '').replace(/_/g, ' ');
    events.push({ at, written, text: note === null || type !== 'annotate_log_entry' ? summary : `Note: ${note}`, actor: agentOf(entry), kind: KINDS[type] ?? null, sources: [{ vendor: 'pagerduty', id }] });
  }
}

/** The text of a v3 event: the incident's title with what happened, or an annotation's note. */
function v3Text(type: string, data: Record<string, unknown> | undefined): string {
  if (type === 'incident.annotated') return `Note: ${textAt(data, 'content') ?? ''}`.trim();
  const title = textAt(data, 'title') ?? textAt(objectAt(data, 'incident'), 'summary') ?? 'incident';
  const number = typeof data?.number === 'number' ? `#${data.number} ` : '';
  return `${type.replace(/^incident\./, '').replace(/[._]/g, ' ').replace(/^\w/, (c) => c.toUpperCase())}: ${number}${title}`;
}

/** One v3 webhook event. */
function v3Event(wrapper: unknown, where: string, { events, leftOut, omitted }: Into): void {
  const event = objectAt(wrapper, 'event');
  const type = textAt(event, 'event_type') ?? '';
  const id = textAt(event, 'id');
  const written = textAt(event, 'occurred_at') ?? '';
  const at = instantOf(written);
  if (type === '') leftOut.push({ entry: where, reason: 'no event_type' });
  else if (!type.startsWith('incident.')) omitted.add(`${type}: not events of an incident`);
  else if (id === null || at === null) leftOut.push({ entry: where, reason: id === null ? 'no event id' : 'no time (occurred_at)' });
  else events.push({ at, written, text: v3Text(type, objectAt(event, 'data')), actor: agentOf(event), kind: KINDS[type] ?? null, sources: [{ vendor: 'pagerduty', id }] });
}

/** Reads one PagerDuty payload: log entries (REST or v2 webhook) or v3 webhook events. */
export function readPagerDuty(payload: unknown): SourceReading {
  const into: Into = { events: [], leftOut: [], omitted: new OmittedTally() };
  const { leftOut } = into;
  const record = typeof payload === 'object' && payload !== null ? (payload as Record<string, unknown>) : {};
  if (Array.isArray(record.log_entries)) record.log_entries.forEach((entry, i) => logEntry(entry, `log_entries[${i}]`, into));
  else if (Array.isArray(record.messages)) {
    record.messages.forEach((message: unknown, m) => {
      const entries = typeof message === 'object' && message !== null ? (message as Record<string, unknown>).log_entries : undefined;
      if (Array.isArray(entries)) entries.forEach((entry, i) => logEntry(entry, `messages[${m}].log_entries[${i}]`, into));
      else leftOut.push({ entry: `messages[${m}]`, reason: 'no log_entries' });
    });
  } else if (record.event !== undefined) v3Event(record, 'event', into);
  else if (Array.isArray(payload)) payload.forEach((wrapper, i) => v3Event(wrapper, `[${i}]`, into));
  else leftOut.push({ entry: WHOLE_PAYLOAD, reason: 'neither log_entries, messages nor a webhook event: not a PagerDuty export' });
  return { events: into.events, leftOut, omitted: into.omitted.list() };
}
