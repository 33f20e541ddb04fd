/**
 * What the timeline import form says: the tools it offers and what to export from each, the counts of a preview or an
 * import in words, the entries left out named after the file they came from, and which events a preview would add.
 */
import type { TimelineEvent } from '../../../src/core/postmortem.schema.js';
import type { TimelineSource } from '../../../src/importers/sources.js';
import type { TimelineImport } from '../api/timeline-import.js';

/** The tools offered, by the name the API takes. */
export const IMPORT_SOURCES = {
  pagerduty: 'PagerDuty',
  opsgenie: 'Opsgenie',
  alertmanager: 'Alertmanager',
  grafana: 'Grafana',
  statuspage: 'Statuspage',
  betterstack: 'Better Stack',
  slack: 'Slack',
  csv: 'CSV',
} satisfies Record<TimelineSource, string>;

/** What to export from each tool (docs/integrations.md). */
export const EXPORT_HINTS: Record<TimelineSource, string> = {
  pagerduty: 'The incident’s log entries (GET /incidents/{id}/log_entries), or PagerDuty webhook payloads (v2 messages, v3 events).',
  opsgenie: 'Opsgenie outgoing webhook payloads, or an alert’s activity log (GET /v2/alerts/{id}/logs).',
  alertmanager: 'Alertmanager webhook payloads (version 4).',
  grafana: 'Grafana alerting webhook payloads.',
  statuspage: 'A subscriber webhook’s incident, or the incident list of the Manage API or the status API.',
  betterstack: 'Better Stack Uptime incidents (GET /api/v2/incidents, or one incident). One JSON value, or one per line.',
  slack: 'A Slack export’s .zip (the whole workspace or the incident’s channels), a day file of it (CHANNEL/YYYY-MM-DD.json) or a conversations.history answer; messages of the incident window are kept (an hour around its key times).',
  csv: 'Any CSV with a header: a time column (time, timestamp, date…) and a text column (text, message, description…); actor and kind are read when there.',
};

/** "1,100 left out on purpose: 1,000 outside the incident window (…); 100 channel joins." (empty when none). */
export function describeOmitted(omitted: TimelineImport['omitted']): string {
  if (omitted.length === 0) return '';
  const total = omitted.reduce((sum, { count }) => sum + count, 0);
  return `${total} ${total === 1 ? 'entry' : 'entries'} left out on purpose: ${omitted.map(({ reason, count }) => `${count} ${reason}`).join('; ')}.`;
}

/** "2 to add, 1 to join events other tools gave, 0 already there." */
export function describePreview({ added, merged, skipped }: TimelineImport): string {
  return `${added} to add, ${merged} to join events other tools gave, ${skipped} already there.`;
}

/** "Imported from PagerDuty: 2 added, 1 joined to events other tools gave, 0 already there." */
export function describeImported(source: TimelineSource, { added, merged, skipped }: TimelineImport): string {
  return `Imported from ${IMPORT_SOURCES[source]}: ${added} added, ${merged} joined to events other tools gave, ${skipped} already there.`;
}

/** The events of the timeline `after` an import that the timeline `before` it does not have. */
export function addedEvents(before: readonly TimelineEvent[], after: readonly TimelineEvent[]): TimelineEvent[] {
  // An import keeps every event there was, in its order, with its time and text (one another tool joins gains only a
  // source), and puts the new ones between them.
  let kept = 0;
  return after.filter((event) => {
    const old = before[kept];
    if (old === undefined || old.at !== event.at || old.text !== event.text) return true;
    kept++;
    return false;
  });
}
