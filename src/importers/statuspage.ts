/**
 * Atlassian Statuspage: an incident's updates (`incident_updates`), each a message to customers, from a subscriber
 * webhook (`{"incident": {…}}`), the Manage API's list (`[{…incident}]`) or the public status API
 * (`{"incidents": […]}`). An update is shown at its `display_at` (else when it was created) and known by its id.
 * Shapes: developer.statuspage.io (incident, incident update) and the corpus's webhook payloads (see docs/integrations.md).
 */
import { instantOf, objectAt, textAt, WHOLE_PAYLOAD, type ImportedEvent, type LeftOut, type SourceReading } from './source-reading.js';

/** The updates of one incident. */
function incidentUpdates(incident: unknown, where: string, events: ImportedEvent[], leftOut: LeftOut[]): void {
  const updates = typeof incident === 'object' && incident !== null ? (incident as Record<string, unknown>).incident_updates : undefined;
  if (!Array.isArray(updates)) {
    leftOut.push({ entry: where, reason: 'no incident_updates list' });
    return;
  }
  const name = textAt(incident, 'name') ?? 'incident';
  const incidentId = textAt(incident, 'id') ?? name;
  updates.forEach((update: unknown, i) => {
    const written = textAt(update, 'display_at') ?? textAt(update, 'created_at') ?? '';
    const at = instantOf(written);
    const body = textAt(update, 'body');
    if (at === null || body === null) {
      leftOut.push({ entry: `${where}.incident_updates[${i}]`, reason: at === null ? 'no time (display_at, created_at)' : 'no text (body)' });
      return;
    }
    const status = textAt(update, 'status');
    events.push({ at, written, text: `Status page${status === null ? '' : ` (${status})`}: ${name} — ${body}`, actor: 'Statuspage', kind: 'communication', sources: [{ vendor: 'statuspage', id: textAt(update, 'id') ?? `${incidentId}@${at}` }] });
  });
}

/** Reads one Statuspage payload: a webhook's incident, or a list of incidents. */
export function readStatuspage(payload: unknown): SourceReading {
  const events: ImportedEvent[] = [];
  const leftOut: LeftOut[] = [];
  const list = Array.isArray(payload) ? payload : typeof payload === 'object' && payload !== null ? (payload as Record<string, unknown>).incidents : undefined;
  if (Array.isArray(list)) list.forEach((incident, i) => incidentUpdates(incident, `incidents[${i}]`, events, leftOut));
  else if (objectAt(payload, 'incident') !== undefined) incidentUpdates(objectAt(payload, 'incident'), 'incident', events, leftOut);
  else if (objectAt(payload, 'component_update') !== undefined) return { events, leftOut, omitted: [{ reason: 'component updates, not incidents: nothing for the timeline', count: 1 }] };
  else leftOut.push({ entry: WHOLE_PAYLOAD, reason: 'neither an incident nor a list of incidents: not a Statuspage export' });
  return { events, leftOut };
}
