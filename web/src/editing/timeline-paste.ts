/**
 * Reads pasted timeline lines ("[14:05] Deploy started", "2:10 PM Alert fired", "14:25 UTC Rolled back") into
 * timeline events, with the Markdown importer's own time reading (`matchLeadingTimestamp`): the same time shapes,
 * the same zone and date carried from line to line, the same rule for crossing midnight. Unlike the importer, it
 * says where each day comes from, so that the form can show the user every line moved to the next day (and let
 * them say otherwise), every day named in the lines ('Day 2', 'Tuesday', 'the next day', read with the importer's
 * own `leadingDay` and `resolveDayReference`) and the date it stands for, and every line it could not read,
 * before anything is added.
 */
import { DateTime } from 'luxon';
import type { TimelineEvent } from '../../../src/core/postmortem.schema.js';
import {
  addDays,
  findZoneStatement,
  formatCanonical,
  inferDateOrder,
  localDateOf,
  matchLeadingTimestamp,
  parseZone,
  resolveDayReference,
  type CalendarDate,
  type DayReference,
  type TimeContext,
  type TimestampMatch,
  type ZoneInfo,
} from '../../../src/core/time/index.js';
import { splitLeadingDate } from '../../../src/markdown/extract/leading-date.js';
import { type LeadingDay, leadingDay, namesDayOnly, timeAfterDay } from '../../../src/markdown/extract/day-line.js';

export type { CalendarDate, ZoneInfo } from '../../../src/core/time/index.js';

/** What the reading starts from: the form's choices. */
export interface PasteSettings {
  /** The day of the first line (in `zone`), for lines that do not give their own date; null when not known (they are unread). */
  day: CalendarDate | null;
  /** The zone of times that do not state one on their line. */
  zone: ZoneInfo;
  /**
   * The user's answer, by line number (1-based), for a line whose time is earlier than the line before:
   * true puts it on the day after, false keeps it on the same day. A line left out gets the importer's choice.
   */
  nextDay?: ReadonlyMap<number, boolean>;
}

/** A line read as an event. */
export interface PastedEvent {
  /** Its line number, 1-based. */
  line: number;
  /** The time as the line wrote it, decorations stripped ('14:05', '2:10 PM', '14:25 UTC', '2024-03-01 14:05'). */
  written: string;
  /** The event to add: `at` in UTC, `written` in canonical form. */
  event: TimelineEvent;
  /** The day the event falls on, and its time of day, in the form's zone. */
  day: CalendarDate;
  clock: string;
  /** The zone the line states ('UTC', 'PST'), which wins over the form's; null when it states none. */
  lineZone: ZoneInfo | null;
  /** The line gives its own date; the lines after it follow that date. */
  dated: boolean;
  /** Its time is earlier than the time of the event before it: the line may belong to the next day. */
  earlier: { line: number; clock: string } | null;
  /** Put on the day after the event before it (the importer's choice, or the user's). */
  nextDay: boolean;
  /** The line whose move to the next day carries this one along (its own line when it moved itself); null when none does. */
  movedBy: number | null;
  /** Something odd the importer would warn about, e.g. 'invalid time "13:10 PM" (24-hour time with PM)'. */
  problem: string | null;
  /**
   * The day named on this line ('Day 2 09:00 …') or on a line before it that this one follows ('Day 2' alone, or
   * an event on a named day), until a date, another named day or a move to the next day; null when none.
   */
  namedDay: NamedDay | null;
}

/** A day named without a date ('Day 2', 'Tuesday', 'The next day'), on a line of its own or before a time, and the date read for it. */
export interface NamedDay {
  /** The line that names it. */
  line: number;
  /** As the line writes it: 'Day 2', 'Tuesday', 'The next day'. */
  written: string;
  reference: DayReference;
  /** The date it stands for. */
  day: CalendarDate;
  /** The day in force before it, which a weekday and the next day count from. */
  from: CalendarDate;
  /** Day 1: the form's day (without one, the first date the lines give). */
  first: CalendarDate;
}

/** A line without an event that sets the date or the zone of the lines after it. */
export interface SettingLine {
  line: number;
  text: string;
  /** What it sets, as a phrase: 'the day: Sat 2 Mar 2024', 'the day: Day 2 → Sat 2 Mar 2024', 'the time zone: UTC'. */
  sets: string;
  /** The day it names, when it sets the day with 'Day 2', 'Tuesday' or 'The next day'. */
  namedDay?: NamedDay;
}

/** A line that could not be read, and why. */
export interface UnreadLine {
  line: number;
  text: string;
  reason: string;
}

/** A line whose time is earlier than the line before and that was put on the next day, with the lines that follow it there. */
export interface DayMove {
  line: number;
  /** The lines on the new day because of this move, its own included. */
  lines: number[];
  day: CalendarDate;
  clock: string;
  before: { line: number; clock: string };
}

/** Everything read from a paste. */
export interface PasteReading {
  events: PastedEvent[];
  settings: SettingLine[];
  unread: UnreadLine[];
  moves: DayMove[];
  /** Lines whose time is earlier than the line before but that stay on the same day. */
  kept: PastedEvent[];
  /** Every day named in the lines, in line order, on lines of their own and before times. */
  namedDays: NamedDay[];
}

/** Reasons a line is not read, as the preview lists them. */
export const NO_TIME = 'no HH:MM time at the start of the line';
export const NO_TEXT = 'nothing after the time';
export const DATE_WITHOUT_TIME = 'a date without a time of day';
export const NO_DAY_TO_COUNT_FROM = 'no date to count this day from: choose the day of the first line';

/** A list marker or quote in front of the time ('- ', '* ', '1. ', '> '), which the Markdown parser strips for the importer. */
const LIST_MARKER = /^[ \t]*(?:>[ \t]*)*(?:(?:[-*+•]|\d{1,3}[.)])[ \t]+)?/;
const DAY_ZERO: CalendarDate = { year: 1970, month: 1, day: 1 };
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
/** A Markdown heading ('### Day 2 — recovery'), which may follow a day it names with any text, as in the importer. */
const HEADING = /^#{1,6}[ \t]/;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The zone of the form's choice: UTC, or the user's own (an IANA name such as 'Europe/Berlin'). */
export function pasteZone(choice: 'utc' | 'local', localZone: string): ZoneInfo {
  if (choice === 'utc') return parseZone('UTC') as ZoneInfo;
  return { written: localZone, zone: localZone, isUtc: localZone === 'UTC' || localZone === 'Etc/UTC' };
}

/** 'Sat 2 Mar 2024'. */
export function formatDay(date: CalendarDate): string {
  const weekday = new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
  return `${WEEKDAYS[weekday]} ${date.day} ${MONTHS[date.month - 1]} ${date.year}`;
}

/** A date input's value ('2024-03-01') as a calendar date; null when it is not one. */
export function parseDayInput(value: string): CalendarDate | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return m === null ? null : { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

/** The time of day of an instant in a zone: '14:05', with seconds when they are not zero. */
function clockIn(ms: number, zone: string): string {
  const local = DateTime.fromMillis(ms, { zone });
  return local.toFormat(local.second === 0 ? 'HH:mm' : 'HH:mm:ss');
}

/** One time read in a given context, with the importer's own roll past midnight. */
interface TimeRead {
  match: TimestampMatch;
  ms: number;
  earlier: boolean;
  nextDay: boolean;
  /** The time as written when it is more than the match: 'Day 2 09:00', 'Tuesday, 14:05'. */
  written?: string;
}

/**
 * Reads the time a line starts with. A time alone that is earlier than the event before it is put on the next day
 * or kept on the same day as `choice` says; without a choice, as the importer does (the next day when it is several
 * hours earlier: 23:50 then 00:20; the same day when it is a little earlier: 14:05 then 14:03).
 */
function readTime(text: string, ctx: TimeContext, choice: boolean | undefined): TimeRead | null {
  const natural = matchLeadingTimestamp(text, ctx);
  if (natural === null || natural.at === null) return natural === null ? null : { match: natural, ms: NaN, earlier: false, nextDay: false };
  const ms = Date.parse(natural.at);
  if (natural.date !== null || ctx.previous === null || ctx.date === null) return { match: natural, ms, earlier: false, nextDay: false };
  const sameDay = matchLeadingTimestamp(text, { ...ctx, previous: null });
  const sameDayMs = sameDay?.at ? Date.parse(sameDay.at) : NaN;
  if (sameDay === null || !(sameDayMs < ctx.previous)) return { match: natural, ms, earlier: false, nextDay: false };
  const rolled = ms !== sameDayMs;
  const next = choice ?? rolled;
  if (next === rolled) return { match: natural, ms, earlier: true, nextDay: next };
  if (!next) return { match: sameDay, ms: sameDayMs, earlier: true, nextDay: false };
  // The user puts on the next day a line the importer would keep on its day.
  const forced = matchLeadingTimestamp(text, { ...ctx, date: addDays(ctx.date, 1), previous: null });
  if (!forced?.at) return { match: sameDay, ms: sameDayMs, earlier: true, nextDay: false };
  return { match: forced, ms: Date.parse(forced.at), earlier: true, nextDay: true };
}

/**
 * Reads pasted lines, one event per line that starts with a time: every shape the Markdown importer reads
 * ('[14:05]', '14:05 UTC', '2:10 PM', '14:05:33', '2024-03-01 14:05', 'Mar 1 14:05', '**14:05**', '- 14:05:'),
 * the time, its zone and the separator after it taken off the text. A zone on the line wins over the form's; a date
 * on the line is that line's day and the one the lines after it follow; a line with only a date, or one that states
 * the zone ('All times UTC'), sets it for the lines after it. A day named before the time ('Day 2 09:00', 'Tuesday
 * 14:05', 'The next day at 09:00') is that line's day, and one named alone on a line or heading ('Day 2', '### Tuesday',
 * 'Next day') the day of the lines after it; each is listed in `namedDays` and noted on the events it dates. Blank
 * lines are passed over; every other line is either an event, a setting, or listed as unread with the reason.
 */
export function readPastedLines(text: string, settings: PasteSettings): PasteReading {
  const lines = text.split(/\r?\n/);
  const formZone = settings.zone.zone;
  const ctx: TimeContext = { date: settings.day, year: settings.day?.year ?? null, zone: settings.zone, dateOrder: inferDateOrder(lines), previous: null };
  const reading: PasteReading = { events: [], settings: [], unread: [], moves: [], kept: [], namedDays: [] };
  /** Day 1 of 'Day 2': the form's day, else the first date the lines give. */
  let first = settings.day;
  let movedBy: number | null = null;
  let namedDay: NamedDay | null = null;
  let previous: { line: number; clock: string } | null = null;

  lines.forEach((raw, i) => {
    const line = i + 1;
    const body = raw.slice(LIST_MARKER.exec(raw)?.[0].length ?? 0).trim();
    if (body === '') return;
    let read = readTime(body, ctx, settings.nextDay?.get(line));
    let named: NamedDay | null = null;
    if (read === null) {
      // As the importer reads a line: a time, else a named day before a time, else a date, zone or named day alone.
      const reference = dayReferenceAt(body, line, ctx, first);
      const dayTime = reference === null ? null : readDayTime(body, reference, ctx);
      if (dayTime === null || reference === null) {
        const set = noteSetting(reading, ctx, raw, body, line, reference);
        if (set === null || set === 'zone') return;
        [movedBy, previous] = [null, null];
        namedDay = set === 'date' ? null : set;
        first ??= ctx.date;
        if (set !== 'date') reading.namedDays.push(set);
        return;
      }
      if (reference.named === null && dayTime.match.date === null) {
        reading.unread.push({ line, text: raw, reason: NO_DAY_TO_COUNT_FROM });
        return;
      }
      read = dayTime;
      named = dayTime.match.date === null ? reference.named : null;
    }
    const { match } = read;
    if (match.at === null) {
      reading.unread.push({ line, text: raw, reason: match.problem ?? `the time "${match.written}" could not be read` });
      return;
    }
    if (match.rest === '') {
      reading.unread.push({ line, text: raw, reason: NO_TEXT });
      return;
    }
    if (match.date !== null || named !== null) [movedBy, namedDay] = [null, named];
    if (read.nextDay) [movedBy, namedDay] = [line, null];
    if (named !== null) reading.namedDays.push(named);
    const day = localDateOf(read.ms, formZone) ?? localDateOf(read.ms, 'UTC') ?? DAY_ZERO;
    const clock = clockIn(read.ms, formZone);
    const pasted: PastedEvent = {
      line,
      written: read.written ?? match.written,
      event: { at: match.at, written: formatCanonical(match.at), approximate: match.approximate, text: match.rest, actor: null, kind: null, source: 'typed' },
      day,
      clock,
      lineZone: match.zoneFrom === 'line' ? match.zone : null,
      dated: match.date !== null,
      earlier: read.earlier ? previous : null,
      nextDay: read.nextDay,
      movedBy,
      problem: match.problem,
      namedDay,
    };
    reading.events.push(pasted);
    if (read.nextDay && previous !== null) reading.moves.push({ line, lines: [], day, clock, before: previous });
    else if (read.earlier) reading.kept.push(pasted);
    // As the importer carries them: the next line is read after this instant, on its date in the zone in force.
    ctx.previous = read.ms;
    ctx.date = localDateOf(read.ms, ctx.zone?.zone ?? 'UTC') ?? ctx.date;
    ctx.year = ctx.date?.year ?? ctx.year;
    first ??= ctx.date;
    previous = { line, clock };
  });
  for (const move of reading.moves) move.lines = reading.events.filter((e) => e.movedBy === move.line).map((e) => e.line);
  return reading;
}

/** A day reference at the start of a line, after its decoration ('### Day 2', '**Tuesday**'), and the date it names. */
interface ReferenceAt {
  /** Null when there is no date yet to count from (the form's day is not chosen). */
  named: NamedDay | null;
  day: LeadingDay;
}

/**
 * The day a line starts by naming ('Day 2', 'Tuesday', 'The next day'), found and resolved as the importer does
 * (`leadingDay`, `resolveDayReference`): Day n counted from the form's day as Day 1, the next day after the day in
 * force, and a weekday on or after the day in force (the pasted lines are all one timeline already under way, so
 * never a weekday before it); null when the line names none.
 */
function dayReferenceAt(body: string, line: number, ctx: TimeContext, first: CalendarDate | null): ReferenceAt | null {
  const found = leadingDay(body);
  if (found === null) return null;
  const from = ctx.date;
  if (from === null) return { named: null, day: found };
  const day = resolveDayReference(found.reference, { current: from, first: first ?? from, forward: true });
  return { named: { line, written: found.written, reference: found.reference, day, from, first: first ?? from }, day: found };
}

/** 'Tuesday 14:05 …', 'Day 2, 09:00 …', 'The next day at 09:00 …': the time on the named day, as the importer reads it. */
function readDayTime(body: string, reference: ReferenceAt, ctx: TimeContext): TimeRead | null {
  const time = timeAfterDay(body, reference.day, { ...ctx, date: reference.named?.day ?? null });
  if (time === null) return null;
  const { match, written } = time;
  return { match, ms: match.at === null ? NaN : Date.parse(match.at), earlier: false, nextDay: false, written };
}

/**
 * A line with no time: a date, a named day or a zone for the lines after it (as the importer takes them), or an
 * unread line. Says what it set: 'date', the day named, or 'zone'.
 */
function noteSetting(reading: PasteReading, ctx: TimeContext, raw: string, body: string, line: number, reference: ReferenceAt | null): 'date' | NamedDay | 'zone' | null {
  const zone = findZoneStatement(body);
  const leading = splitLeadingDate(body, ctx.dateOrder, ctx.year ?? ctx.date?.year ?? null);
  const dateLine = leading !== null && (leading.rest === '' || zone !== null);
  // A day named on a line of its own ('Day 2', 'Tuesday:', '**The next day**'), or a heading that starts with one.
  const dayLine = !dateLine && reference !== null && (HEADING.test(body) || namesDayOnly(body, reference.day));
  if (dayLine && reference.named === null) {
    reading.unread.push({ line, text: raw, reason: NO_DAY_TO_COUNT_FROM });
    return null;
  }
  if (!dateLine && !dayLine && zone === null) {
    reading.unread.push({ line, text: raw, reason: leading !== null ? DATE_WITHOUT_TIME : NO_TIME });
    return null;
  }
  const sets: string[] = [];
  const named = dayLine ? reference.named : null;
  const date = dateLine ? leading.date : named?.day;
  if (date !== undefined) {
    ctx.date = date;
    ctx.year = date.year;
    ctx.previous = null;
    sets.push(named === null ? `the day: ${formatDay(date)}` : `the day: ${noteOf(named)}`);
  }
  if (zone !== null) {
    ctx.zone = zone;
    sets.push(`the time zone: ${zone.written}`);
  }
  reading.settings.push(named === null ? { line, text: raw, sets: sets.join(' and ') } : { line, text: raw, sets: sets.join(' and '), namedDay: named });
  return named ?? (dateLine ? 'date' : 'zone');
}

/** 'Day 2 → Sat 2 Mar 2024'. */
function noteOf(named: NamedDay): string {
  return `${named.written} → ${formatDay(named.day)}`;
}

/**
 * What the preview notes on an event's row about the day named for it: 'Day 2 → Sat 2 Mar 2024' when its own
 * line names it, 'Day 2 (line 4) → Sat 2 Mar 2024' when it follows a line that does; null when no day is named.
 */
export function describeDayNote(event: PastedEvent): string | null {
  const named = event.namedDay;
  if (named === null) return null;
  return named.line === event.line ? noteOf(named) : `${named.written} (line ${named.line}) → ${formatDay(named.day)}`;
}

/**
 * What the preview says about a day named in the lines, and how its date was found: "Line 4 “Day 2” is Sat 2 Mar
 * 2024, counting Fri 1 Mar 2024 as Day 1." / "… the first Tuesday on or after Sat 2 Mar 2024." / "… the day after
 * Tue 5 Mar 2024."
 */
export function describeNamedDay(named: NamedDay): string {
  const how = {
    dayNumber: `counting ${formatDay(named.first)} as Day 1`,
    weekday: `the first ${WEEKDAY_NAMES[named.reference.kind === 'weekday' ? named.reference.weekday : 0]} on or after ${formatDay(named.from)}`,
    nextDay: `the day after ${formatDay(named.from)}`,
  }[named.reference.kind];
  return `Line ${named.line} “${named.written}” is ${formatDay(named.day)}, ${how}.`;
}

/** "1 line" / "3 lines". */
function lines(n: number): string {
  return n === 1 ? '1 line' : `${n} lines`;
}

/**
 * What the preview says about a move to the next day: "2 lines fall on the next day, Sat 2 Mar 2024, because the
 * time on line 5 (00:20) is earlier than the line before it (23:50)."
 */
export function describeMove(move: DayMove): string {
  const count = move.lines.length;
  return `${lines(count)} ${count === 1 ? 'falls' : 'fall'} on the next day, ${formatDay(move.day)}, because the time on line ${move.line} (${move.clock}) is earlier than the line before it (${move.before.clock}).`;
}

/** What the preview says about a line a little out of order that stays on its day. */
export function describeKept(event: PastedEvent): string {
  const before = event.earlier === null ? '' : ` (${event.earlier.clock})`;
  return `The time on line ${event.line} (${event.clock}) is earlier than the line before it${before} but stays on ${formatDay(event.day)}.`;
}
