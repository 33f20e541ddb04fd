/** Timeline tables: foreign ones (`| Time | Event |`, chia's `| Day | Date (2021) | Time (PT) | Event |`) and our own. */
import { findZoneStatement } from '../../core/time/index.js';
import { lineSpan } from '../../core/document.js';
import { EVENT_KINDS, isOneOf } from '../../core/vocabulary.js';
import type { Block } from './blocks.js';
import { parseOwnTimeCell, type OwnTime } from './own-timeline-cell.js';
import { decodeEntities, emptyToNull, readTable } from './table.js';
import type { Row, Table } from './table.js';
import type { EventFields, Stamp, TimelineReader } from './timeline-reader.js';

type Role = 'time' | 'date' | 'day' | 'actor' | 'event' | 'other';

const OWN_EXTRA_HEADERS = new Set(['who', 'kind', 'source']);

/** What a timeline column holds, judged by its header (`Date and Time in CET` → time, `Who/What` → actor). */
function roleOf(header: string): Role {
  const h = header.toLowerCase();
  if (/\b(?:time|timestamp|when)\b|datetime|date-time|date\/time/.test(h)) return 'time';
  if (/\bdate\b/.test(h)) return 'date';
  if (/^(?:day|weekday)$/.test(h.trim())) return 'day';
  if (/\b(?:who|actor|owner|by|person)\b/.test(h)) return 'actor';
  if (/\b(?:event|description|what|action|impact|details?|activity|notes?|summary|update|message|happened)\b/.test(h)) {
    return 'event';
  }
  return 'other';
}

/**
 * The time cells of our own table, read (null for an empty cell), when it is one: our header, and every
 * time cell in one of the forms the renderer writes; null for any other table.
 */
function ownTimes(table: Table): (OwnTime | null)[] | null {
  const headers = table.header.map((c) => c.text);
  if (headers[0] !== 'Time (UTC)' || headers[1] !== 'Event' || !headers.slice(2).every((h) => OWN_EXTRA_HEADERS.has(h.toLowerCase()))) return null;
  const times: (OwnTime | null)[] = [];
  for (const row of table.rows) {
    const cell = cellText(row, 0);
    const own = cell === '' ? null : parseOwnTimeCell(cell);
    if (cell !== '' && own === null) return null;
    times.push(own);
  }
  return times;
}

function cellText(row: Row, index: number): string {
  return index < 0 ? '' : (row.cells[index]?.text ?? '');
}

function ownStamp(own: OwnTime | null, reader: TimelineReader): Stamp {
  if (!own) return reader.unreadable('');
  return {
    at: own.at,
    written: own.written,
    rest: '',
    date: null,
    zone: reader.time.zone,
    approximate: own.approximate,
    problem: null,
    dateOnly: false,
    checkZone: false,
  };
}

function readOwnRows(table: Table, times: readonly (OwnTime | null)[], reader: TimelineReader): void {
  const headers = table.header.map((c) => c.text.toLowerCase());
  const who = headers.indexOf('who');
  const kind = headers.indexOf('kind');
  const source = headers.indexOf('source');
  table.rows.forEach((row, i) => {
    if (row.cells.every((c) => c.text === '')) return;
    const kindValue = cellText(row, kind);
    const fields: EventFields = {
      actor: emptyToNull(cellText(row, who)),
      kind: isOneOf(EVENT_KINDS, kindValue) ? kindValue : null,
      source: emptyToNull(cellText(row, source)),
    };
    reader.addEvent(ownStamp(times[i] ?? null, reader), cellText(row, 1), lineSpan(row.line), row.line, fields);
  });
}

function readForeignRows(table: Table, reader: TimelineReader): void {
  const roles = table.header.map((c) => roleOf(c.text));
  const time = roles.indexOf('time') >= 0 ? roles.indexOf('time') : roles.indexOf('date');
  if (time < 0) return;
  // A day column ('Mon', 'Day 2') stands in for a date column when there is none.
  const date = roles[time] === 'time' ? (roles.includes('date') ? roles.indexOf('date') : roles.indexOf('day')) : -1;
  const actor = roles.indexOf('actor');
  let event = roles.indexOf('event');
  if (event < 0) event = roles.findIndex((r, i) => i > time && r === 'other');
  const year = /\b(?:19|20)\d{2}\b/.exec(table.header[date]?.text ?? '');
  if (year) reader.time.year = Number(year[0]);
  for (const row of table.rows) {
    const timeText = decodeEntities(cellText(row, time));
    const dateText = decodeEntities(cellText(row, date));
    const text = decodeEntities(cellText(row, event));
    if (timeText === '' && dateText === '' && text === '') continue;
    const written = [dateText, timeText].filter((t) => t !== '').join(', ');
    const read = reader.readLeading(written) ?? reader.unreadable(written);
    const stamp = read.dateOnly && read.rest !== '' ? { ...read, written } : read;
    const fields: EventFields = actor < 0 ? {} : { actor: emptyToNull(decodeEntities(cellText(row, actor))) };
    reader.addEvent(stamp, text, lineSpan(row.line), row.line, fields);
  }
}

/** Reads the events of a table; tables without a time or date column give none. */
export function readTimelineTable(block: Block, reader: TimelineReader, lines: readonly string[], lastLine: number): void {
  const table = readTable(block, lines, lastLine);
  const headers = table.header.map((c) => c.text);
  const zone = headers.map((h) => findZoneStatement(h)).find((z) => z !== null) ?? null;
  const saved = reader.time.zone;
  if (zone) reader.time.zone = zone;
  const times = ownTimes(table);
  if (times) readOwnRows(table, times, reader);
  else readForeignRows(table, reader);
  reader.time.zone = saved;
}
