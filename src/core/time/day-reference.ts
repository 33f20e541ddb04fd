/**
 * Days named without a date, as timelines that run over several days write them: a weekday ('Tuesday',
 * 'Tue'), a day count ('Day 2', 'Day two') or the next day ('The next day', 'The following day').
 */
import { addDays, weekdayOf } from './calendar.js';
import type { CalendarDate } from './dates.js';

/** A day named relative to others: a weekday (0 Sunday … 6 Saturday), the nth day of the timeline, or the day after. */
export type DayReference = { kind: 'weekday'; weekday: number } | { kind: 'dayNumber'; n: number } | { kind: 'nextDay' };

/** A day reference found at a position, as written, and the index just past it. */
export interface DayReferenceReading {
  reference: DayReference;
  written: string;
  end: number;
}

/** What a day reference is resolved against. */
export interface DayFrame {
  /** The date in force. */
  current: CalendarDate;
  /** The first day of the timeline (Day 1). */
  first: CalendarDate;
  /** Only later days: the timeline has already moved past `current`'s earlier events. */
  forward: boolean;
}

const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const NUMBER_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
/** How far a weekday may lie from the date in force when the timeline has not started yet. */
const WEEKDAY_REACH = 3;

const DAY_REFERENCE = new RegExp(
  [
    '(?<next>(?:the[ \\t]+)?(?:next|following)[ \\t]+day|(?:the[ \\t]+)?day[ \\t]+after)',
    `day[ \\t]+(?<count>\\d{1,2}|${NUMBER_WORDS.join('|')})`,
    '(?<weekday>(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?)\\.?',
  ]
    .map((alternative) => `(?:${alternative})`)
    .join('|') + '(?![A-Za-z0-9])',
  'iy',
);

function referenceOf(groups: Record<string, string | undefined>): DayReference | null {
  if (groups.next !== undefined) return { kind: 'nextDay' };
  const count = groups.count;
  if (count !== undefined) {
    const n = /^\d/.test(count) ? Number(count) : NUMBER_WORDS.indexOf(count.toLowerCase()) + 1;
    return n >= 1 ? { kind: 'dayNumber', n } : null;
  }
  const weekday = groups.weekday;
  return weekday === undefined ? null : { kind: 'weekday', weekday: WEEKDAYS.indexOf(weekday.slice(0, 3).toLowerCase()) };
}

/** The day reference written at `pos` in `text` ('Tuesday', 'Day 2', 'the next day'); null when none starts there. */
export function readDayReferenceAt(text: string, pos: number): DayReferenceReading | null {
  DAY_REFERENCE.lastIndex = pos;
  const m = DAY_REFERENCE.exec(text);
  const reference = m?.groups ? referenceOf(m.groups) : null;
  if (m === null || reference === null) return null;
  return { reference, written: m[0], end: DAY_REFERENCE.lastIndex };
}

/**
 * The date a day reference names: the next day after the date in force, the nth day counted from the first,
 * or the weekday on or after the date in force (before the timeline has moved on, the nearest such weekday
 * within three days either way, since a date stated in the summary may be a day or two after the first event).
 */
export function resolveDayReference(reference: DayReference, frame: DayFrame): CalendarDate {
  switch (reference.kind) {
    case 'nextDay': return addDays(frame.current, 1);
    case 'dayNumber': return addDays(frame.first, reference.n - 1);
    case 'weekday': {
      const ahead = (reference.weekday - weekdayOf(frame.current) + 7) % 7;
      const days = !frame.forward && ahead > WEEKDAY_REACH ? ahead - 7 : ahead;
      return addDays(frame.current, days);
    }
  }
}
