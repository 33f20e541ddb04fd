/**
 * Better Stack Uptime incidents (JSON:API: `{"data": [{id, type: "incident", attributes}], "pagination"}` from
 * `GET /api/v2/incidents` or `/api/v3/incidents`, or `{"data": {…}}` from `GET /api/v2/incidents/{id}`). Each incident
 * gives its start (an alert: the monitor's name, the cause, the URL and the regions that saw it), its acknowledgement
 * and its resolution (by whom, when Better Stack names them), each known by the incident's id and the step. Shapes:
 * betterstack.com/docs/uptime/api (list all incidents, a single incident, pagination; see docs/integrations.md).
 */
import type { EventKind } from '../core/postmortem.schema.js';
import { instantOf, objectAt, textAt, WHOLE_PAYLOAD, type ImportedEvent, type LeftOut, type SourceReading } from './source-reading.js';

/** The steps of an incident Better Stack records, with the attribute of their time and of who took them. */
const STEPS: readonly { step: string; at: string; by: string | null; kind: EventKind }[] = [
  { step: 'started', at: 'started_at', by: null, kind: 'alert' },
  { step: 'acknowledged', at: 'acknowledged_at', by: 'acknowledged_by', kind: 'acknowledgement' },
  { step: 'resolved', at: 'resolved_at', by: 'resolved_by', kind: 'resolution' },
];

/** What the start of an incident says: "Better Stack: checkout API — Status 500 (https://…; regions us, eu)". */
function startText(name: string, attributes: Record<string, unknown>): string {
  const cause = textAt(attributes, 'cause');
  const url = textAt(attributes, 'url');
  const regions = Array.isArray(attributes.regions) ? attributes.regions.filter((r): r is string => typeof r === 'string') : [];
  const where = [url, regions.length > 0 ? `regions ${regions.join(', ')}` : null].filter((part) => part !== null).join('; ');
  return `Better Stack incident started: ${name}${cause === null ? '' : ` — ${cause}`}${where === '' ? '' : ` (${where})`}`;
}

/** One incident's steps. */
function incident(resource: unknown, where: string, events: ImportedEvent[], leftOut: LeftOut[]): void {
  const rawId = typeof resource === 'object' && resource !== null ? (resource as Record<string, unknown>).id : undefined;
  const id = typeof rawId === 'string' || typeof rawId === 'number' ? String(rawId) : null;
  const attributes = objectAt(resource, 'attributes');
  if (id === null || attributes === undefined) {
    leftOut.push({ entry: where, reason: id === null ? 'no id' : 'no attributes' });
    return;
  }
  const name = textAt(attributes, 'name') ?? textAt(attributes, 'url') ?? `incident ${id}`;
  for (const { step, at: field, by, kind } of STEPS) {
    const value = attributes[field];
    if (value === null || value === undefined) continue;
    const at = instantOf(value);
    if (at === null) {
      leftOut.push({ entry: `${where}.attributes.${field}`, reason: `${JSON.stringify(value).slice(0, 40)} is not an ISO 8601 time` });
      continue;
    }
    const actor = by === null ? 'Better Stack' : (textAt(attributes, by) ?? null);
    const text = step === 'started' ? startText(name, attributes) : `Better Stack incident ${step}: ${name}`;
    events.push({ at, written: String(value), text, actor, kind, sources: [{ vendor: 'betterstack', id: `${id}:${step}` }] });
  }
}

/** Reads one Better Stack payload: a page of incidents, or one incident. */
export function readBetterStack(payload: unknown): SourceReading {
  const events: ImportedEvent[] = [];
  const leftOut: LeftOut[] = [];
  const data = typeof payload === 'object' && payload !== null ? (payload as Record<string, unknown>).data : undefined;
  if (Array.isArray(data)) data.forEach((resource, i) => incident(resource, `data[${i}]`, events, leftOut));
  else if (objectAt(payload, 'data') !== undefined) incident(data, 'data', events, leftOut);
  else leftOut.push({ entry: WHOLE_PAYLOAD, reason: 'no "data" (a list of incidents or one): not a Better Stack Uptime incidents answer' });
  return { events, leftOut };
}
