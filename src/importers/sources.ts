/** The timeline sources Debrief reads, by the name `--from` and the API take, and reading one file of one. */
import { readAlertmanager } from './alertmanager.js';
import { readBetterStack } from './betterstack.js';
import { readCsv } from './csv.js';
import { readOpsgenie } from './opsgenie.js';
import { readPagerDuty } from './pagerduty.js';
import { readSlack } from './slack.js';
import { OmittedTally, WHOLE_PAYLOAD, type ReadOptions, type SourceReading } from './source-reading.js';
import { readStatuspage } from './statuspage.js';

/** A source whose exports are JSON: read from the parsed value. */
type JsonReader = (payload: unknown, options: ReadOptions) => SourceReading;

/** A source whose exports are text of another kind (CSV): read from the file's name and text. */
interface TextReader {
  text: (name: string, text: string, options: ReadOptions) => SourceReading;
}

/** The sources, by name. */
export const TIMELINE_SOURCES = {
  alertmanager: (payload: unknown) => readAlertmanager(payload, 'alertmanager'),
  betterstack: readBetterStack,
  csv: { text: readCsv },
  grafana: (payload: unknown) => readAlertmanager(payload, 'grafana'),
  opsgenie: readOpsgenie,
  pagerduty: readPagerDuty,
  slack: readSlack,
  statuspage: readStatuspage,
} as const satisfies Record<string, JsonReader | TextReader>;

/** A source's name. */
export type TimelineSource = keyof typeof TIMELINE_SOURCES;

/** The JSON values of a file: the whole text, or one per line; null with why when it is neither. */
function jsonValues(text: string): { values: unknown[] } | { problem: string } {
  try {
    return { values: [JSON.parse(text)] };
  } catch (whole) {
    const lines = text.split('\n').filter((line) => line.trim() !== '');
    try {
      if (lines.length > 1) return { values: lines.map((line) => JSON.parse(line) as unknown) };
    } catch {
      // Neither: the whole text's error says where it stopped being JSON.
    }
    return { problem: whole instanceof Error ? whole.message : String(whole) };
  }
}

/**
 * What a source makes of one file's text: its JSON read (the whole file, or one JSON value per line) or its CSV, each
 * entry left out named after the file. A file that is not JSON is one left-out entry that says where it stopped being JSON.
 */
export function readSourceFile(source: TimelineSource, fileName: string, text: string, options: ReadOptions = {}): SourceReading {
  const reader: JsonReader | TextReader = TIMELINE_SOURCES[source];
  if ('text' in reader) return reader.text(fileName, text, options);
  const parsed = jsonValues(text);
  if ('problem' in parsed) return { events: [], leftOut: [{ entry: fileName, reason: `not JSON (${parsed.problem}); export the ${source} data as JSON` }] };
  return readSourcePayloads(reader, fileName, parsed.values, options);
}

/** What a JSON source makes of a file's values, each entry left out named after the file (and its line, for one value per line). */
function readSourcePayloads(reader: JsonReader, fileName: string, payloads: readonly unknown[], options: ReadOptions): SourceReading {
  const readings = payloads.map((payload) => reader(payload, options));
  const omitted = new OmittedTally();
  for (const reading of readings) omitted.addAll(reading.omitted);
  return {
    events: readings.flatMap((r) => r.events),
    // A reading of the whole payload is the file itself.
    leftOut: readings.flatMap((r, i) => r.leftOut.map((l) => ({ entry: `${fileName}${payloads.length > 1 ? `:${i + 1}` : ''}${l.entry === WHOLE_PAYLOAD ? '' : ` ${l.entry}`}`, reason: l.reason }))),
    omitted: omitted.list(),
  };
}
