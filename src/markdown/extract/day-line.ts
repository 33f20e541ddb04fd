/**
 * A line of a timeline that starts by naming a day ('### Day 2', '**Tuesday**', 'The next day at 09:00 …'): where
 * the reference is, whether the line only names the day, and the time written after it. Pure reading, shared by
 * the Markdown importer and the web editor's paste, so that both read the same lines the same way; resolving the
 * day to a date is theirs (`resolveDayReference`), since each knows its own date in force.
 */
import { type DayReference, matchLeadingTimestamp, readDayReferenceAt, type TimeContext, type TimestampMatch } from '../../core/time/index.js';

/** Markdown and punctuation a day reference may stand in ('### Day 2', '**Tuesday**', '_Next day_'). */
const DECORATION = /^[ \t#*_[(>~]*/;
/** What may follow a day reference on a line of its own ('Day 2: recovery', 'Tuesday (March 4)'); not a sentence ('Tuesday was quiet'). */
const AFTER_DAY_LINE = /^[ \t*_\])]*(?:$|[:,.\-–—(])/;
/** Between a day reference and the time after it ('Tuesday 14:05', 'Day 2, 09:00', 'The next day at 09:00'). */
const DAY_TIME_SEPARATOR = /^[ \t*_\])]*(?:[,:\-–—@][ \t]*|[ \t]+)(?:at[ \t]+)?/;

/** A day reference at the start of a line: the reference as read and written, and where it starts and ends. */
export interface LeadingDay {
  reference: DayReference;
  written: string;
  start: number;
  end: number;
}

/** The day reference a line starts with, after its decoration; null when it starts with none. */
export function leadingDay(text: string): LeadingDay | null {
  const start = DECORATION.exec(text)?.[0].length ?? 0;
  const found = readDayReferenceAt(text, start);
  return found === null ? null : { ...found, start };
}

/** True when the line only names the day ('Day 2', 'Tuesday:', '**The next day**'), as a heading of what follows. */
export function namesDayOnly(text: string, day: LeadingDay): boolean {
  return AFTER_DAY_LINE.test(text.slice(day.end));
}

/**
 * The time written after the day ('Tuesday 14:05', 'Day 2, 09:00'), read in `ctx` (whose date should be the day's),
 * and the text from the day reference to the end of the time; null when no time follows the day.
 */
export function timeAfterDay(text: string, day: LeadingDay, ctx: TimeContext): { match: TimestampMatch; written: string } | null {
  const separator = DAY_TIME_SEPARATOR.exec(text.slice(day.end));
  if (separator === null) return null;
  const from = day.end + separator[0].length;
  const after = text.slice(from);
  const match = matchLeadingTimestamp(after, { ...ctx, previous: null });
  if (match === null) return null;
  return { match, written: text.slice(day.start, from + after.indexOf(match.written) + match.written.length) };
}
