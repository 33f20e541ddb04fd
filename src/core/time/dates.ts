/** Reading calendar dates as people write them: ISO, day/month or month/day numbers, month names. */

/** Which number comes first in a numeric date such as 05/06/2021: the day or the month. */
export type DateOrder = 'dmy' | 'mdy';

/** A day in the calendar, with no time of day and no zone. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** What reading a date at a position found: a date, or why the date-like text gives none. */
export interface DateReading {
  /** Index just past the date in the scanned text. */
  end: number;
  written: string;
  date: CalendarDate | null;
  problem: string | null;
  /** The date has a weekday, an ordinal suffix or a four-digit year with a month name: words that make it a date. */
  worded: boolean;
  /** The year was not written: it is the fallback year ('Oct 31'). */
  inferredYear: boolean;
}

const WEEKDAY = '(?:(?:mon|tue|wed|thu|fri|sat|sun)(?:day|sday|nesday|rsday|urday)|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\\.?,?[ \\t]+';
const MONTH =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?(?![a-z])';
const YEAR_END = '(?!\\d|:\\d)';

/** 'June 14th, 2022', 'Feb-08-2021', 'Oct 31', 'Saturday Oct 30th 2021'. */
const MONTH_FIRST = new RegExp(`(${WEEKDAY})?${MONTH}[ \\t-]{1,3}(\\d{1,2})(st|nd|rd|th)?${YEAR_END}(?:(?:,[ \\t]*|[ \\t]+|-)(\\d{4})${YEAR_END})?`, 'iy');
/** '15 Mar 2020', '31 July 2012', '1st of May', '17. November'. */
const DAY_FIRST = new RegExp(`(${WEEKDAY})?(\\d{1,2})(?:(st|nd|rd|th)|\\.)?(?:[ \\t]+of)?[ \\t-]{1,3}${MONTH}(?:,?[ \\t-]{1,3}(\\d{4})${YEAR_END})?`, 'iy');
/** '2021-12-10', '2021/12/10', and the mistyped '20202-01-16'. */
const YEAR_FIRST = /(\d{4,5})([-/.])(\d{1,2})\2(\d{1,2})(?!\d)/y;
/** '24-10-2024', '07-27-2023', '16/03/2020', '1/29/24', and the cut-off '11/03/202'. */
const NUMERIC = /(\d{1,2})([-/.])(\d{1,2})\2(\d{1,5})(?!\d)/y;
/** Template values left in: '2023-MM-DD', '20xx-MM-DD', '2022-05-??', '2021/22-??-??'. */
const PLACEHOLDER = /[\dXxYyMmDd?]{2,4}(?:\/\d{2})?[-/][\dXxMmDd?]{1,2}[-/][\dXxYyMmDd?]{1,4}(?![\w?])/y;
const NOT_ONLY_DIGITS = /[^\d/-]/;
/** Letters or digits right after a date mean it was not one ('2021-12-10x'); 'T' before a time is fine. */
const GLUED = /[A-Za-z0-9]/;
const ISO_T = /T\d/y;
/** One or two digits and a colon start a time of day ('15:21'), never a date: most timeline lines start so. */
const CLOCK_START = /\d{1,2}:/y;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MAX_SCAN = 10_000;
const HEAD = 200;

function monthNumber(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

/** True when the year, month and day name a real day (no 30 February), with a four-digit year. */
function isRealDate(year: number, month: number, day: number): boolean {
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  return new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day;
}

function expandYear(digits: string): number | null {
  if (digits.length === 4) return Number(digits);
  if (digits.length !== 2) return null;
  const yy = Number(digits);
  return yy < 70 ? 2000 + yy : 1900 + yy;
}

function reading(end: number, written: string, date: CalendarDate | null, problem: string | null, worded = false, inferredYear = false): DateReading {
  return { end, written, date, problem, worded, inferredYear };
}

function checked(end: number, written: string, year: number, month: number, day: number, worded = false, inferredYear = false): DateReading {
  return isRealDate(year, month, day)
    ? reading(end, written, { year, month, day }, null, worded, inferredYear)
    : reading(end, written, null, `invalid date "${written}"`, worded, inferredYear);
}

function readNumeric(m: RegExpExecArray, end: number, order: DateOrder | null): DateReading | null {
  const [written, first = '', sep = '', second = '', yearDigits = ''] = m;
  if (sep === '.' && yearDigits.length !== 4) return null;
  const year = expandYear(yearDigits);
  const a = Number(first);
  const b = Number(second);
  if (year === null || (a > 12 && b > 12)) return reading(end, written, null, `invalid date "${written}"`);
  let dayFirst: boolean;
  if (a > 12) dayFirst = true;
  else if (b > 12 || a === b) dayFirst = false;
  else if (order !== null) dayFirst = order === 'dmy';
  else return reading(end, written, null, `ambiguous day/month order in "${written}"`);
  return dayFirst ? checked(end, written, year, b, a) : checked(end, written, year, a, b);
}

function readNamed(written: string, end: number, month: number, day: number, yearDigits: string | undefined, worded: boolean, fallbackYear: number | null): DateReading {
  const year = yearDigits === undefined ? fallbackYear : Number(yearDigits);
  if (year === null) return reading(end, written, null, `no year for "${written}"`, worded);
  return checked(end, written, year, month, day, worded, yearDigits === undefined);
}

function exec(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

function readAt(text: string, pos: number, order: DateOrder | null, fallbackYear: number | null): DateReading | null {
  if (exec(CLOCK_START, text, pos) !== null) return null;
  let m = exec(YEAR_FIRST, text, pos);
  if (m !== null) {
    const [written, yearDigits = '', , month = '', day = ''] = m;
    if (yearDigits.length !== 4) return reading(YEAR_FIRST.lastIndex, written, null, `invalid date "${written}"`);
    return checked(YEAR_FIRST.lastIndex, written, Number(yearDigits), Number(month), Number(day));
  }
  m = exec(NUMERIC, text, pos);
  if (m !== null) return readNumeric(m, NUMERIC.lastIndex, order);
  m = exec(MONTH_FIRST, text, pos);
  if (m !== null) {
    const [written, weekday, name = '', day = '', ordinal, year] = m;
    const worded = weekday !== undefined || ordinal !== undefined || year !== undefined;
    return readNamed(written, MONTH_FIRST.lastIndex, monthNumber(name), Number(day), year, worded, fallbackYear);
  }
  m = exec(DAY_FIRST, text, pos);
  if (m !== null) {
    const [written, weekday, day = '', ordinal, name = '', year] = m;
    const worded = weekday !== undefined || ordinal !== undefined || year !== undefined;
    return readNamed(written, DAY_FIRST.lastIndex, monthNumber(name), Number(day), year, worded, fallbackYear);
  }
  m = exec(PLACEHOLDER, text, pos);
  if (m !== null && NOT_ONLY_DIGITS.test(m[0])) return reading(PLACEHOLDER.lastIndex, m[0], null, `placeholder "${m[0]}"`);
  return null;
}

/**
 * The date written at `pos` in `text`, or null when nothing date-like starts there. A date-like
 * text that names no day (an invalid, ambiguous, year-less or placeholder date) gives a reading
 * with date null and a problem. `fallbackYear` completes dates written without one ('Oct 31').
 */
export function readDateAt(text: string, pos: number, order: DateOrder | null, fallbackYear: number | null = null): DateReading | null {
  const found = readAt(text, pos, order, fallbackYear);
  if (found === null) return null;
  const next = text.charAt(found.end);
  if (GLUED.test(next) && exec(ISO_T, text, found.end) === null) return null;
  return found;
}

const LEADING_DECORATION = /[ \t]*(?:#{1,6}[ \t]+)?[ \t*_[(>~]*/y;

/**
 * The date a heading or line starts with ('2021-12-10', '### October 21, 2025 - Redis Overload',
 * '_7/5/2023_', '16/03/2020', '1/29/24'); trailing text is allowed. Null when the text does not
 * start with a date, when the date is invalid, when a numeric day/month order is ambiguous and no
 * `order` is given, or when no year is written and no `fallbackYear` is given ('Oct 31').
 */
export function parseDate(text: string, order: DateOrder | null, fallbackYear: number | null = null): CalendarDate | null {
  const head = text.length > HEAD ? text.slice(0, HEAD) : text;
  LEADING_DECORATION.lastIndex = 0;
  LEADING_DECORATION.exec(head);
  return readDateAt(head, LEADING_DECORATION.lastIndex, order, fallbackYear)?.date ?? null;
}

const CANDIDATE = /(?<![A-Za-z0-9])(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)/gi;

/** The reading of the first valid date anywhere in a text, to know whether its year was written; null when there is none. */
export function findDateReading(text: string, order: DateOrder | null, fallbackYear: number | null = null): DateReading | null {
  const scanned = text.length > MAX_SCAN ? text.slice(0, MAX_SCAN) : text;
  for (const m of scanned.matchAll(CANDIDATE)) {
    const found = readDateAt(scanned, m.index, order, fallbackYear);
    if (found?.date) return found;
  }
  return null;
}

/**
 * The first valid date anywhere in a short text ('All times in PST, on February 5th 2019',
 * 'Timeline (all times UTC) 1/29/24, 2/15/24 - 2/16/24'); null when there is none.
 */
export function findDate(text: string, order: DateOrder | null, fallbackYear: number | null = null): CalendarDate | null {
  return findDateReading(text, order, fallbackYear)?.date ?? null;
}
