/** Our own format's timeline cell: 'YYYY-MM-DD HH:MM' in UTC, seconds and milliseconds only when needed. */
import { readIsoLike } from './instant.js';

const UTC_INSTANT = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}):(\d{2})(?:\.(\d{1,9}))?Z$/;

/** True for a date and time that every calendar has (a day up to the 28th, hours and minutes in range): no Date needed to check it. */
function plainlyValid(date: string, hoursMinutes: string, seconds: string): boolean {
  const month = Number(date.slice(5, 7));
  return month >= 1 && month <= 12 && Number(date.slice(8, 10)) >= 1 && Number(date.slice(8, 10)) <= 28 && hoursMinutes < '24:00' && hoursMinutes.slice(3) < '60' && seconds < '60';
}

/** The canonical cell for an instant (any offset, written back in UTC): 'YYYY-MM-DD HH:MM', ':SS' when seconds≠0, '.mmm' when ms≠0; a text that is no instant is returned as is. */
export function formatCanonical(at: string): string {
  const m = UTC_INSTANT.exec(at) ?? UTC_INSTANT.exec(readIsoLike(at, true) ?? '');
  if (m === null) return at;
  const [, date = '', hoursMinutes = '', seconds = '', fraction = ''] = m;
  if (!plainlyValid(date, hoursMinutes, seconds)) {
    const whole = new Date(`${date}T${hoursMinutes}:${seconds}Z`);
    if (Number.isNaN(whole.getTime()) || whole.toISOString().slice(0, 10) !== date) return at;
  }
  const ms = fraction.slice(0, 3).padEnd(3, '0');
  if (ms !== '000') return `${date} ${hoursMinutes}:${seconds}.${ms}`;
  return seconds !== '00' ? `${date} ${hoursMinutes}:${seconds}` : `${date} ${hoursMinutes}`;
}

const CANONICAL = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?$/;

/** The UTC instant of a canonical cell ('2024-03-01 14:05') or of a full ISO instant; null for anything else. */
export function parseCanonical(text: string): string | null {
  const trimmed = text.trim();
  if (!CANONICAL.test(trimmed)) return null;
  return readIsoLike(trimmed, true);
}

/** A zone after a time that only says it is UTC: ' UTC', ' (GMT)', 'Z'. */
const UTC_SUFFIX = /[ \t]*(?:\([ \t]*(?:UTC|GMT)[ \t]*\)|UTC|GMT|Z)$/i;
const TIME_OF_DAY = 'YYYY-MM-DD '.length;

/**
 * The canonical cell of a UTC time whose written form says nothing more: the same date and time or the same
 * time of day, spaced otherwise or followed by 'UTC' ('14:51', '2021-12-10   15:40', '12:32 UTC'); null when
 * the written form says more (another zone, a 12-hour clock). Such a time is kept in its canonical form, so
 * that our table does not write '2015-10-21 14:51 (14:51)'.
 */
export function canonicalSpelling(written: string, at: string): string | null {
  // Every canonical cell holds the instant's HH:MM: most written forms that differ are turned away here.
  if (!written.includes(at.slice(TIME_OF_DAY, TIME_OF_DAY + 5))) return null;
  const canonical = formatCanonical(at);
  const bare = written.trim().replace(/\s+/g, ' ').replace(UTC_SUFFIX, '');
  return bare === canonical || bare === canonical.slice(TIME_OF_DAY) ? canonical : null;
}
