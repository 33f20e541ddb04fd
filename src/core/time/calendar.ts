/** Day arithmetic on calendar dates: adding days, counting them, weekdays, and placing a date written without its year. */
import type { CalendarDate } from './dates.js';

const DAY_MS = 86_400_000;

function utcMidnight(date: CalendarDate): number {
  return Date.UTC(date.year, date.month - 1, date.day);
}

function fromUtc(ms: number): CalendarDate {
  const d = new Date(ms);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** The calendar date `days` after `date` (before it when negative). */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromUtc(utcMidnight(date) + days * DAY_MS);
}

/** Whole days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return Math.round((utcMidnight(to) - utcMidnight(from)) / DAY_MS);
}

/** The day of the week, 0 for Sunday to 6 for Saturday. */
export function weekdayOf(date: CalendarDate): number {
  return new Date(utcMidnight(date)).getUTCDay();
}

/** The same month and day in another year, or null when that year has no such day (29 February). */
function inYear(date: CalendarDate, year: number): CalendarDate | null {
  const moved = { year, month: date.month, day: date.day };
  return fromUtc(utcMidnight(moved)).day === date.day ? moved : null;
}

function candidates(date: CalendarDate, around: number): CalendarDate[] {
  return [around - 1, around, around + 1].map((year) => inYear(date, year)).filter((d): d is CalendarDate => d !== null);
}

/**
 * A date written without its year ('Jan 1' after 'Dec 31, 2023'), placed in the year that puts it nearest to
 * `reference`, the later one on a tie: a timeline that runs over New Year goes on into the next year.
 */
export function inNearestYear(date: CalendarDate, reference: CalendarDate): CalendarDate {
  let best = date;
  let bestDistance = Infinity;
  for (const candidate of candidates(date, reference.year)) {
    const distance = Math.abs(daysBetween(reference, candidate));
    if (distance <= bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * A date written without its year placed in the latest year where it is not after `reference`: an incident
 * told of in a report happened before the report was published ('December 30th' in a post of 5 January 2024
 * is 30 December 2023).
 */
export function inYearOnOrBefore(date: CalendarDate, reference: CalendarDate): CalendarDate {
  const before = candidates(date, reference.year).filter((candidate) => daysBetween(candidate, reference) >= 0);
  return before.at(-1) ?? date;
}
