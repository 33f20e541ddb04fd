/** Reading the timestamp a timeline entry starts with and resolving it to a UTC instant. */
import { addDays, inNearestYear } from './calendar.js';
import { readClockAt, readClockPlaceholderAt, type ClockReading } from './clock.js';
import { readDateAt, type CalendarDate, type DateOrder, type DateReading } from './dates.js';
import { formatInstant, localInstant, type LocalTime } from './instant.js';
import { parseZone, ZONE_TOKEN_SOURCE, type ZoneInfo } from './zones.js';

/** What is known around a timeline entry when its timestamp is read. */
export interface TimeContext {
  /** Date in force (from a subheading, an earlier line, the document). */
  date: CalendarDate | null;
  /** Year in force when only a year is known (a column header such as `Date (2021)`). */
  year: number | null;
  /** Zone in force (a sentence before the timeline, a heading, a column header, front matter). */
  zone: ZoneInfo | null;
  /** The document's day/month order for numeric dates. */
  dateOrder: DateOrder | null;
  /** The previous resolved instant on this timeline (epoch milliseconds), to roll time-only entries past midnight. */
  previous: number | null;
}

/** A timestamp found at the start of a text, and what it resolves to. */
export interface TimestampMatch {
  /** Span in the input of the timestamp with its decorations and the separator after it. */
  index: number;
  length: number;
  /** The timestamp as written, decorations stripped ('2021-03-31 12:06', '04:49 PM UTC'). */
  written: string;
  /** The text after the timestamp and its separator, trimmed. */
  rest: string;
  /** UTC instant 'YYYY-MM-DDTHH:MM:SSZ' (milliseconds only if written); null when it cannot be resolved. */
  at: string | null;
  /** The date this match itself states, to carry forward to following lines. */
  date: CalendarDate | null;
  /** Zone used: stated on the line, else the context's. */
  zone: ZoneInfo | null;
  zoneFrom: 'line' | 'context' | null;
  /** Marked as approximate: '±', '~', 'around', 'approximately', 'approx.', a '~' suffix. */
  approximate: boolean;
  /** A short reason when `at` is null or the value is odd. */
  problem: string | null;
}

/** A timestamp is never longer than this; only the head of a long line is read. */
const HEAD = 300;
const QUICK = /[\d?]|[HhXx-]{2}:|[YyXx]{4}-/;
const LEADING_SPACE = /[ \t]*/y;
const APPROX_PREFIX = /(?:±|\+\/-|~|≈|(?:around|approximately|approx\.?|circa|ca\.)(?=[ \t]*[\d[*_]))[ \t]*/iy;
const OPENER = /\*\*|__|\*(?=\S)|_(?=\S)|\[|`|\(/y;
const CLOSERS: Readonly<Record<string, string>> = { '**': '**', __: '__', '*': '*', _: '_', '[': ']', '`': '`', '(': ')' };
const DATE_TIME_SEP = /(?:[ \t]*,[ \t]*(?:at[ \t]+)?|[ \t]*[-–—:@][ \t]+|[ \t]+(?:at[ \t]+)?|T|[ \t]*[-–—:@](?=\d))/y;
const APPROX_MID = /(?:around|approximately|approx\.?|about|~|±)[ \t]*/iy;
const TILDE = /[ \t]?~/y;
/** The end of a range, which is dropped: the event is at its start ('14:05–14:20', '14:05 to 14:20', '2:10 until 2:45 PM'). */
const RANGE_END = /(?:[ \t]*[-–—][ \t]*|[ \t]+(?:to|until|till)[ \t]+)\d{1,2}:(?:\d{2}|\?\?)(?::\d{2})?(?:[ \t]?[AaPp]\.?[Mm]\.?(?![A-Za-z]))?(?!\d)/y;
const ZONE_AFTER = new RegExp(`Z(?![A-Za-z0-9])|[ \\t]*\\([ \\t]*(${ZONE_TOKEN_SOURCE})[ \\t]*\\)|[ \\t]*(${ZONE_TOKEN_SOURCE})`, 'y');
const ALT_TIME = /[ \t]*\(([^()\n]{1,40})\)/y;
const HAS_TIME = /\d:\d\d/;
const DATE_AFTER_SEP = /[ \t]*,?[ \t]+(?:on[ \t]+)?/y;
const DATE_WORD = /[ \t]+DATE(?![A-Za-z])/y;
const INNER_PUNCT = /[ \t]*[.:,]?[ \t]*/y;
const SEPARATOR = /[ \t]*(?:[-–—]{1,3}|[:.,;|])?[ \t]*/y;
const GLUED = /[A-Za-z0-9]/;
const DATE_ONLY_REPORTED = /^(?:invalid|placeholder)/;
const DAY_MS = 86_400_000;
/**
 * A time-only entry this far before the previous one is on a later day (18:41 then 07:05 AM is the next
 * morning); one a little earlier is a row out of order (14:05 then 14:03), which timeline/order reports.
 */
const ROLL_AFTER_MS = 6 * 3_600_000;

/** A cursor over the head of the text, advanced by sticky regexes. */
class Cursor {
  pos = 0;
  constructor(readonly text: string) {}

  eat(re: RegExp): RegExpExecArray | null {
    re.lastIndex = this.pos;
    const m = re.exec(this.text);
    if (m !== null) this.pos = re.lastIndex;
    return m;
  }
}

/** What the scan of the text found, before resolving it. */
interface Scanned {
  index: number;
  coreStart: number;
  coreEnd: number;
  end: number;
  approximate: boolean;
  date: DateReading | null;
  clock: ClockReading | null;
  placeholder: string | null;
  lineZone: ZoneInfo | null;
}

function readZone(c: Cursor): ZoneInfo | null {
  const save = c.pos;
  const m = c.eat(ZONE_AFTER);
  if (m === null) return null;
  const zone = parseZone(m[1] ?? m[2] ?? 'Z');
  if (zone === null) c.pos = save;
  return zone;
}

/** A date written after the time ('12:45 PM PST Saturday Oct 30th'): only when words make it plainly a date. */
function readTrailingDate(c: Cursor, ctx: TimeContext): DateReading | null {
  const save = c.pos;
  if (c.eat(DATE_AFTER_SEP) === null) return null;
  const found = readDateAt(c.text, c.pos, ctx.dateOrder, fallbackYear(ctx));
  if (found === null || !found.worded) {
    c.pos = save;
    return null;
  }
  c.pos = found.end;
  return found;
}

function fallbackYear(ctx: TimeContext): number | null {
  return ctx.year ?? ctx.date?.year ?? null;
}

/** Reads whatever follows a time of day: a range end, a zone, a second reading in parentheses, a date. */
function readAfterClock(c: Cursor, ctx: TimeContext, s: Scanned): void {
  c.eat(RANGE_END);
  s.lineZone = readZone(c);
  const save = c.pos;
  const alt = c.eat(ALT_TIME);
  if (alt !== null && !HAS_TIME.test(alt[1] ?? '')) c.pos = save;
  if (s.date === null) s.date = readTrailingDate(c, ctx);
  if (s.date === null && c.eat(DATE_WORD) !== null) s.placeholder = 'DATE';
}

/** Reads the time (or its placeholder) after a date; leaves the cursor after the date when none follows. */
function readTimeAfterDate(c: Cursor, s: Scanned): void {
  const save = c.pos;
  c.eat(DATE_TIME_SEP);
  if (c.eat(APPROX_MID) !== null) s.approximate = true;
  s.clock = readClockAt(c.text, c.pos);
  if (s.clock !== null) {
    c.pos = s.clock.end;
    return;
  }
  const placeholder = readClockPlaceholderAt(c.text, c.pos);
  if (placeholder !== null) {
    c.pos = placeholder.end;
    s.placeholder = placeholder.written;
    return;
  }
  c.pos = save;
}

function scan(text: string, head: string, ctx: TimeContext): Scanned | null {
  const c = new Cursor(head);
  c.eat(LEADING_SPACE);
  const s: Scanned = { index: c.pos, coreStart: 0, coreEnd: 0, end: 0, approximate: false, date: null, clock: null, placeholder: null, lineZone: null };
  if (c.eat(APPROX_PREFIX) !== null) s.approximate = true;
  const closer = CLOSERS[c.eat(OPENER)?.[0] ?? ''] ?? null;
  if (c.eat(APPROX_PREFIX) !== null) s.approximate = true;
  s.coreStart = c.pos;

  s.date = readDateAt(head, c.pos, ctx.dateOrder, fallbackYear(ctx));
  if (s.date !== null) {
    c.pos = s.date.end;
    readTimeAfterDate(c, s);
    // A date alone is a date line, not a timestamp, unless it is invalid or a placeholder: those are reported here.
    if (s.clock === null && s.placeholder === null && !DATE_ONLY_REPORTED.test(s.date.problem ?? '')) return null;
  } else {
    s.clock = readClockAt(head, c.pos);
    const placeholder = s.clock === null ? readClockPlaceholderAt(head, c.pos) : null;
    if (s.clock === null && placeholder === null) return null;
    c.pos = s.clock?.end ?? placeholder?.end ?? c.pos;
    s.placeholder = placeholder?.written ?? null;
  }
  if (s.clock !== null) readAfterClock(c, ctx, s);
  s.coreEnd = c.pos;
  if (GLUED.test(text.charAt(c.pos))) return null;

  if (c.eat(TILDE) !== null) s.approximate = true;
  if (closer !== null) {
    const save = c.pos;
    c.eat(INNER_PUNCT);
    if (head.startsWith(closer, c.pos)) c.pos += closer.length;
    else c.pos = save;
  }
  c.eat(SEPARATOR);
  s.end = c.pos;
  return s;
}

/** Rolls a time-only entry forward by whole local days while it falls more than ROLL_AFTER_MS before the previous entry. */
function rollPastMidnight(at: number, date: CalendarDate, clock: LocalTime, zone: string, previous: number | null): number | null {
  if (previous === null) return at;
  const behind = previous - ROLL_AFTER_MS - at;
  if (behind <= 0) return at;
  return localInstant(addDays(date, Math.min(Math.ceil(behind / DAY_MS), 366)), clock, zone);
}

function placeholderProblem(s: Scanned, written: string): string | null {
  const datePlaceholder = s.date?.problem?.startsWith('placeholder') === true;
  if (s.placeholder === null) return null;
  return datePlaceholder ? `placeholder "${written}"` : `placeholder "${s.placeholder}"`;
}

type Resolved = Pick<TimestampMatch, 'at' | 'problem' | 'zone' | 'zoneFrom'>;

/** The date a line states; one written without its year lies in the year nearest the date in force ('Jan 1' after 'Dec 31'). */
function statedDate(reading: DateReading | null, ctx: TimeContext): CalendarDate | null {
  const date = reading?.date ?? null;
  if (date === null || !reading?.inferredYear || ctx.date === null) return date;
  return inNearestYear(date, ctx.date);
}

function resolve(s: Scanned, written: string, ctx: TimeContext): Resolved {
  const zone = s.lineZone ?? ctx.zone;
  const zoneFrom = s.lineZone !== null ? 'line' : ctx.zone !== null ? 'context' : null;
  const problem = placeholderProblem(s, written) ?? s.date?.problem ?? null;
  if (problem !== null || s.clock === null) return { zone, zoneFrom, at: null, problem };
  if (!s.clock.usable) return { zone, zoneFrom, at: null, problem: s.clock.problem };
  const stated = statedDate(s.date, ctx);
  const date = stated ?? ctx.date;
  if (date === null) return { zone, zoneFrom, at: null, problem: 'no date for this time' };
  const zoneName = zone?.zone ?? 'UTC';
  const local = localInstant(date, s.clock, zoneName);
  const at = local === null || stated !== null ? local : rollPastMidnight(local, date, s.clock, zoneName, ctx.previous);
  if (at === null) return { zone, zoneFrom, at: null, problem: `invalid time "${written}"` };
  return { zone, zoneFrom, at: formatInstant(at, s.clock.hasFraction), problem: s.clock.problem };
}

/**
 * The timestamp `text` starts with, resolved to UTC: a time ('[13:26]', '**21:45 UTC** - …',
 * '12:11 PM: …', '04:49 PM UTC Site repo …') or a date and time ('2021-03-31 12:06',
 * '**June 14th, 2022, 10:00 AM:** …', 'February 15, 2024: 7:56am UTC'). List markers and table
 * pipes must already be stripped; bold, italics, brackets and approximation marks are allowed.
 *
 * Null when the text does not start with a time or a date and time (a date alone is not a
 * timestamp, unless it is invalid or a placeholder, which is reported). A time alone takes its
 * date from `ctx.date` and rolls forward a day when it falls more than 6 hours before
 * `ctx.previous`. With no zone on the line and none in `ctx`, `zone` and `zoneFrom` are null and
 * `at` is computed as if the time were UTC: the caller reports the missing zone. Never throws.
 */
export function matchLeadingTimestamp(text: string, ctx: TimeContext): TimestampMatch | null {
  const head = text.length > HEAD ? text.slice(0, HEAD) : text;
  if (!QUICK.test(head.slice(0, 40))) return null;
  const s = scan(text, head, ctx);
  if (s === null) return null;
  const written = head.slice(s.coreStart, s.coreEnd);
  const resolved = resolve(s, written, ctx);
  return {
    index: s.index,
    length: s.end - s.index,
    written,
    rest: text.slice(s.end).trim(),
    date: statedDate(s.date, ctx),
    approximate: s.approximate,
    at: resolved.at,
    zone: resolved.zone,
    zoneFrom: resolved.zoneFrom,
    problem: resolved.problem,
  };
}
