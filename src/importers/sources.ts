/** The timeline sources Debrief reads, by the name `--from` and the API take, and reading one file of one. */
import { readAlertmanager } from './alertmanager.js';
import { readOpsgenie } from './opsgenie.js';
import { readPagerDuty } from './pagerduty.js';
import { readStatuspage } from './statuspage.js';
import { WHOLE_PAYLOAD, type SourceReading } from './source-reading.js';

/** The sources, by name. */
export const TIMELINE_SOURCES = {
  alertmanager: (payload: unknown) => readAlertmanager(payload, 'alertmanager'),
  grafana: (payload: unknown) => readAlertmanager(payload, 'grafana'),
  opsgenie: readOpsgenie,
  pagerduty: readPagerDuty,
  statuspage: readStatuspage,
} as const satisfies Record<string, (payload: unknown) => SourceReading>;

/** A source's name. */
export type TimelineSource = keyof typeof TIMELINE_SOURCES;

/**
 * What a source makes of one file's text: its JSON read (the whole file, or one JSON value per line), each entry left
 * out named after the file. A file that is not JSON is one left-out entry that says where it stopped being JSON.
 */
export function readSourceFile(source: TimelineSource, fileName: string, text: string): SourceReading {
  let payloads: unknown[];
  try {
    payloads = [JSON.parse(text)];
  } catch (whole) {
    const lines = text.split('\n').filter((line) => line.trim() !== '');
    try {
      payloads = lines.length > 1 ? lines.map((line) => JSON.parse(line) as unknown) : [];
    } catch {
      payloads = [];
    }
    if (payloads.length === 0) return { events: [], leftOut: [{ entry: fileName, reason: `not JSON (${whole instanceof Error ? whole.message : String(whole)}); export the ${source} data as JSON` }] };
  }
  const readings = payloads.map((payload) => TIMELINE_SOURCES[source](payload));
  return {
    events: readings.flatMap((r) => r.events),
    // Named after the file (and its line, for one JSON value per line); a reading of the whole payload is the file itself.
    leftOut: readings.flatMap((r, i) => r.leftOut.map((l) => ({ entry: `${fileName}${payloads.length > 1 ? `:${i + 1}` : ''}${l.entry === WHOLE_PAYLOAD ? '' : ` ${l.entry}`}`, reason: l.reason }))),
  };
}
