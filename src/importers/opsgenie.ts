/**
 * Opsgenie: outgoing webhook payloads (`{"action": "Create" | "Acknowledge" | "Close" | "AddNote" | …, "alert": {…}}`)
 * and an alert's activity log from the API (`GET /v2/alerts/{id}/logs`: `{"data": [{log, type, owner, createdAt,
 * offset}]}`). Webhook times are epoch numbers (`createdAt` in milliseconds, `updatedAt` in nanoseconds). Shapes:
 * docs.opsgenie.com (alert API), opsgenie/opsgenie-go-sdk-v2 `alert/result.go`, and the corpus's webhook payloads
 * (see docs/integrations.md). Opsgenie stops in April 2027; its successor is Jira Service Management.
 */
import type { EventKind } from '../core/postmortem.schema.js';
import { instantOf, objectAt, textAt, WHOLE_PAYLOAD, type ImportedEvent, type LeftOut, type SourceReading } from './source-reading.js';

/** The kind a webhook action says; others are inferred from the text. */
const KINDS: Readonly<Record<string, EventKind>> = { Create: 'alert', Acknowledge: 'acknowledgement', Close: 'resolution', AddNote: 'investigation', Escalate: 'escalation', EscalateNext: 'escalation' };

/** An epoch time in milliseconds, or in nanoseconds (Opsgenie's `updatedAt`), as an instant; null when not a number. */
export function epochInstant(value: unknown): string | null {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) return null;
  return new Date(value > 1e15 ? Math.floor(value / 1e6) : value).toISOString();
}

/** One webhook payload. */
function webhook(payload: Record<string, unknown>, events: ImportedEvent[], leftOut: LeftOut[]): void {
  const action = textAt(payload, 'action') ?? '';
  const alert = objectAt(payload, 'alert');
  const raw = action === 'Create' ? alert?.createdAt : (alert?.updatedAt ?? alert?.createdAt);
  const at = epochInstant(raw);
  const alertId = textAt(alert, 'alertId');
  if (at === null || alertId === null) {
    leftOut.push({ entry: WHOLE_PAYLOAD, reason: alertId === null ? 'no alert (alert.alertId)' : 'no time (alert.createdAt, alert.updatedAt)' });
    return;
  }
  const note = textAt(alert, 'note');
  const message = textAt(alert, 'message') ?? 'alert';
  events.push({
    at,
    written: String(raw),
    text: `${action.replace(/([a-z])([A-Z])/g, '$1 $2')}: ${message}${note === null ? '' : ` — ${note}`}`,
    actor: textAt(alert, 'username') ?? (textAt(objectAt(payload, 'source'), 'name') || null),
    kind: KINDS[action] ?? null,
    sources: [{ vendor: 'opsgenie', id: `${alertId}:${action}:${String(raw)}` }],
  });
}

/** Reads one Opsgenie payload: a webhook's, or an alert's activity log. */
export function readOpsgenie(payload: unknown): SourceReading {
  const events: ImportedEvent[] = [];
  const leftOut: LeftOut[] = [];
  const record = typeof payload === 'object' && payload !== null ? (payload as Record<string, unknown>) : {};
  if (Array.isArray(record.data)) {
    record.data.forEach((entry: unknown, i) => {
      const written = textAt(entry, 'createdAt') ?? '';
      const at = instantOf(written);
      const log = textAt(entry, 'log');
      if (at === null || log === null) leftOut.push({ entry: `data[${i}]`, reason: at === null ? 'no time (createdAt)' : 'no text (log)' });
      else events.push({ at, written, text: log, actor: textAt(entry, 'owner'), kind: null, sources: [{ vendor: 'opsgenie', id: textAt(entry, 'offset') ?? `${at}:${log}` }] });
    });
  } else if (typeof record.action === 'string') webhook(record, events, leftOut);
  else leftOut.push({ entry: WHOLE_PAYLOAD, reason: 'neither a webhook (action, alert) nor an activity log (data): not an Opsgenie export' });
  return { events, leftOut };
}
