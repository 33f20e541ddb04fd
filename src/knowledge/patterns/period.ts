/**
 * The period a pattern report covers: whole UTC days from `from` to `to` (both included), and the period of the same
 * length just before it, against which the trend is read.
 */
import { InputError } from '../../core/errors.js';

/** Whole UTC days, `from` and `to` (YYYY-MM-DD) both included. */
export interface Period {
  from: string;
  to: string;
  days: number;
}

/** What the caller asked for, as written (either may be absent). */
export interface AskedPeriod {
  from?: string | undefined;
  to?: string | undefined;
}

/** How long the report looks back when no `from` is given. */
export const DEFAULT_DAYS = 90;

const DAY_MS = 86_400_000;

/** The UTC day of an epoch instant, `YYYY-MM-DD`. */
export function dayOf(epochMs: number): string {
  return new Date(epochMs).toISOString().slice(0, 10);
}

/** Epoch milliseconds of a day's first instant; InputError naming `name` when it is not a real YYYY-MM-DD date. */
function dayStart(value: string, name: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  const ms = match === null ? NaN : Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  if (Number.isNaN(ms) || dayOf(ms) !== value.trim()) throw new InputError(`${name}: "${value}" is not a date; use YYYY-MM-DD (a UTC day, such as 2026-01-31)`);
  return ms;
}

/**
 * The period asked for: `from`..`to` as given; without `to`, up to today (by `now`); without `from`, the 90 days
 * ending at `to`. InputError naming the flag or parameter (`names`) when a date is malformed or they run backwards.
 */
export function reportPeriod(asked: AskedPeriod, now: number, names: { from: string; to: string } = { from: '--from', to: '--to' }): Period {
  const toMs = asked.to === undefined ? dayStart(dayOf(now), names.to) : dayStart(asked.to, names.to);
  const fromMs = asked.from === undefined ? toMs - (DEFAULT_DAYS - 1) * DAY_MS : dayStart(asked.from, names.from);
  if (fromMs > toMs) throw new InputError(`${names.from}: ${dayOf(fromMs)} is after ${names.to} ${dayOf(toMs)}; the period runs from the earlier day to the later`);
  return { from: dayOf(fromMs), to: dayOf(toMs), days: Math.round((toMs - fromMs) / DAY_MS) + 1 };
}

/** The period of the same length that ends the day before `period` begins. */
export function previousPeriod(period: Period): Period {
  const fromMs = Date.parse(`${period.from}T00:00:00Z`);
  return { from: dayOf(fromMs - period.days * DAY_MS), to: dayOf(fromMs - DAY_MS), days: period.days };
}

/** The instants that bound a period: its first instant, and the first instant after it (ISO 8601 UTC). */
export function periodBounds(period: Period): { start: string; end: string } {
  return { start: `${period.from}T00:00:00.000Z`, end: new Date(Date.parse(`${period.to}T00:00:00Z`) + DAY_MS).toISOString() };
}

/** True when the instant falls in the period (null, an unknown time, falls in none). */
export function inPeriod(at: string | null, period: Period): boolean {
  if (at === null) return false;
  const ms = Date.parse(at);
  const { start, end } = periodBounds(period);
  return ms >= Date.parse(start) && ms < Date.parse(end);
}
