/**
 * Any CSV with a header row: each row an event, its columns found by name (time / timestamp / date…, text / message /
 * description…, actor / user / who…, kind / type) or named by the caller (`--columns time=When,text=Note`). Times may
 * carry their zone (ISO 8601, RFC 2822, "2024-03-03 14:05:00 +01:00", epoch seconds or milliseconds) or not, when the
 * caller names the zone they were written in; a row whose time has no zone and none is named is left out, by its line.
 * A row is known by its time and text, so the same file imported twice adds nothing. Parsing: csv-parse.
 */
import { createHash } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { DateTime } from 'luxon';
import { eventKindSchema, type EventKind } from '../core/postmortem.schema.js';
import type { CsvField, ImportedEvent, LeftOut, ReadOptions, SourceReading } from './source-reading.js';

/** The header names each field is found under when the caller names none (compared in lower case). */
const COLUMN_NAMES: Readonly<Record<CsvField, readonly string[]>> = {
  time: ['time', 'timestamp', 'date', 'datetime', 'date time', 'at', 'when', 'created_at', 'occurred_at', 'time (utc)'],
  text: ['text', 'message', 'description', 'event', 'what', 'summary', 'details', 'note'],
  actor: ['actor', 'user', 'who', 'author', 'by', 'owner', 'name'],
  kind: ['kind', 'type', 'category'],
};

const KINDS = new Set<string>(eventKindSchema.options);

/** A written time with its zone: the instant, or why it is not one. */
function instantOfCell(written: string, timezone: string | undefined): { at: string } | { problem: string } {
  if (/^\d{10}(?:\.\d+)?$/.test(written)) return { at: new Date(Number(written) * 1000).toISOString() };
  if (/^\d{13}$/.test(written)) return { at: new Date(Number(written)).toISOString() };
  const iso = written.replace(/^(\d{4}-\d{2}-\d{2})[ T](\d{1,2}:\d{2})/, '$1T$2').replace(/\s*(?:UTC|GMT)$/i, 'Z').replace(/\s+([+-]\d{2}:?\d{2})$/, '$1');
  const zoned = /(?:Z|[+-]\d{2}(?::?\d{2})?)$/i.test(iso) && /T/.test(iso);
  let time = DateTime.fromISO(iso, { zone: timezone ?? 'utc' });
  if (!time.isValid) {
    time = DateTime.fromRFC2822(written);
    if (time.isValid) return { at: time.toUTC().toISO() ?? '' };
    return { problem: `time ${JSON.stringify(written)} is not a time Debrief reads (ISO 8601 such as 2024-03-03T14:05:00+01:00, "2024-03-03 14:05:00", RFC 2822, or epoch seconds)` };
  }
  if (!zoned && timezone === undefined) return { problem: `time ${JSON.stringify(written)} has no zone: name the zone the file was written in (--timezone Europe/Paris; "timezone" in the API) or write the offset` };
  return { at: time.toUTC().toISO() ?? '' };
}

/** The index of each field's column in the header, or why the file cannot be read. */
function columnsOf(header: readonly string[], named: ReadOptions['columns']): Partial<Record<CsvField, number>> | string {
  const lower = header.map((name) => name.trim().toLowerCase());
  const found: Partial<Record<CsvField, number>> = {};
  for (const field of Object.keys(COLUMN_NAMES) as CsvField[]) {
    const asked = named?.[field];
    const index = asked === undefined ? lower.findIndex((name) => COLUMN_NAMES[field].includes(name)) : lower.indexOf(asked.trim().toLowerCase());
    if (asked !== undefined && index < 0) return `no column ${JSON.stringify(asked)} for ${field} (the header has ${header.map((h) => JSON.stringify(h)).join(', ')})`;
    if (index >= 0) found[field] = index;
  }
  for (const field of ['time', 'text'] as const) {
    if (found[field] === undefined) return `no ${field} column: name one ${COLUMN_NAMES[field].slice(0, 3).join(', ')}…, or map it (--columns ${field}=NAME; "columns" in the API) — the header has ${header.map((h) => JSON.stringify(h)).join(', ')}`;
  }
  return found;
}

/** Reads a CSV file's text (`name` names its lines where rows are left out). */
export function readCsv(name: string, text: string, options: ReadOptions = {}): SourceReading {
  const leftOut: LeftOut[] = [];
  const rows = parse(text, {
    bom: true,
    info: true,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_skip: (error) => {
      leftOut.push({ entry: `${name}:${error?.lines ?? '?'}`, reason: `not CSV (${error?.message ?? 'unreadable'})` });
    },
  }) as unknown as { record: string[]; info: { lines: number } }[];
  const [header, ...body] = rows;
  if (header === undefined) return { events: [], leftOut: [...leftOut, { entry: name, reason: 'empty: a CSV needs a header row and a row per event' }] };
  const columns = columnsOf(header.record, options.columns);
  if (typeof columns === 'string') return { events: [], leftOut: [...leftOut, { entry: `${name}:${header.info.lines}`, reason: columns }] };
  const cell = (record: readonly string[], field: CsvField) => {
    const index = columns[field];
    const value = index === undefined ? '' : (record[index] ?? '').trim();
    return value === '' ? null : value;
  };
  const events: ImportedEvent[] = [];
  for (const { record, info } of body) {
    const entry = `${name}:${info.lines}`;
    const written = cell(record, 'time');
    const said = cell(record, 'text');
    if (written === null || said === null) {
      leftOut.push({ entry, reason: written === null ? 'no time' : 'no text' });
      continue;
    }
    const time = instantOfCell(written, options.timezone);
    if ('problem' in time) {
      leftOut.push({ entry, reason: time.problem });
      continue;
    }
    const kind = cell(record, 'kind')?.toLowerCase() ?? '';
    const id = `${createHash('sha256').update(said).digest('hex').slice(0, 12)}@${time.at}`;
    events.push({ at: time.at, written, text: said.replace(/\s+/g, ' '), actor: cell(record, 'actor'), kind: KINDS.has(kind) ? (kind as EventKind) : null, sources: [{ vendor: 'csv', id }] });
  }
  return { events, leftOut };
}

/** The `--columns` option ("time=When,text=Note") as a map, or null with the part that is not FIELD=NAME. */
export function parseColumns(option: string): Partial<Record<CsvField, string>> | { problem: string } {
  const columns: Partial<Record<CsvField, string>> = {};
  for (const part of option.split(',')) {
    const match = /^\s*(time|text|actor|kind)\s*=\s*(.+?)\s*$/.exec(part);
    if (match === null) return { problem: `${JSON.stringify(part)} is not FIELD=COLUMN with FIELD one of time, text, actor, kind` };
    columns[match[1] as CsvField] = match[2] as string;
  }
  return columns;
}
