/** UTC instants: building them from local parts, formatting them, and reading ISO-like values. */
import { DateTime } from 'luxon';
import { memoize } from '../memoize.js';
import type { CalendarDate } from './dates.js';

/** A time of day, local to some zone. */
export interface LocalTime {
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

/** 'UTC', 'UTC-8', 'UTC+5:30': zones with a fixed offset, computed without luxon's zone machinery. */
const FIXED_ZONE = /^UTC(?:([+-])(\d{1,2})(?::(\d{2}))?)?$/;

/** '00' to '99', for formatting the parts of an instant. */
const TWO_DIGITS = Array.from({ length: 100 }, (_, n) => String(n).padStart(2, '0'));

/**
 * An instant (epoch milliseconds) as 'YYYY-MM-DDTHH:MM:SSZ', with '.mmm' only when asked for. Built from its parts:
 * `toISOString` costs about twice as much, and every timeline row needs one.
 */
export function formatInstant(at: number, withMs: boolean): string {
  const d = new Date(at);
  const year = d.getUTCFullYear();
  if (year < 1000 || year > 9999) {
    const iso = d.toISOString();
    return withMs ? iso : iso.replace(/\.\d{3}Z$/, 'Z');
  }
  const seconds = `${year}-${TWO_DIGITS[d.getUTCMonth() + 1]}-${TWO_DIGITS[d.getUTCDate()]}T${TWO_DIGITS[d.getUTCHours()]}:${TWO_DIGITS[d.getUTCMinutes()]}:${TWO_DIGITS[d.getUTCSeconds()]}`;
  return withMs ? `${seconds}.${String(d.getUTCMilliseconds()).padStart(3, '0')}Z` : `${seconds}Z`;
}

function readFixedOffset(zone: string): number | null {
  const m = FIXED_ZONE.exec(zone);
  if (m === null) return null;
  const minutes = Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0);
  return m[1] === '-' ? -minutes : minutes;
}

/** The offset of a fixed-offset zone name in minutes, null for any other zone (remembered per name). */
const fixedOffsetMinutes = memoize(readFixedOffset, 1_000);

/** A local date and time at a fixed offset, or null when a part is out of range (Feb 30, 24:61). */
function fixedInstant(date: CalendarDate, time: LocalTime, offsetMinutes: number): number | null {
  const { year, month, day } = date;
  const { hour, minute, second, millisecond } = time;
  if (hour > 23 || minute > 59 || second > 59 || millisecond > 999 || year < 1000 || year > 9999) return null;
  const ms = Date.UTC(year, month - 1, day, hour, minute, second, millisecond);
  const check = new Date(ms);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return ms - offsetMinutes * 60_000;
}

/**
 * Offsets of region zones (CET, America/Los_Angeles) by local hour: asking luxon (Intl) for each
 * timeline row is the costliest step of reading a document, and offsets only change on the hour.
 */
const ZONE_OFFSET_CACHE = new Map<string, number | null>();
const ZONE_OFFSET_CACHE_SIZE = 10_000;
const HOUR_MS = 3_600_000;

/** A region zone's offset in minutes, computed by luxon once per key and remembered. */
function cachedOffset(key: string, compute: () => DateTime): number | null {
  let offset = ZONE_OFFSET_CACHE.get(key);
  if (offset === undefined) {
    const dt = compute();
    offset = dt.isValid ? dt.offset : null;
    if (ZONE_OFFSET_CACHE.size >= ZONE_OFFSET_CACHE_SIZE) ZONE_OFFSET_CACHE.clear();
    ZONE_OFFSET_CACHE.set(key, offset);
  }
  return offset;
}

/** The calendar date an instant (epoch milliseconds) falls on in a luxon zone (fixed offsets computed directly); null for an invalid zone. */
export function localDateOf(ms: number, zone: string): CalendarDate | null {
  const offset = fixedOffsetMinutes(zone) ?? cachedOffset(`${zone}@${Math.floor(ms / HOUR_MS)}`, () => DateTime.fromMillis(ms, { zone }));
  if (offset === null) return null;
  const local = new Date(ms + offset * 60_000);
  return { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate() };
}

/** The instant (epoch ms) of a local date and time in a luxon zone ('UTC', 'UTC-8', 'America/New_York'); null when invalid. */
export function localInstant(date: CalendarDate, time: LocalTime, zone: string): number | null {
  const { year, month, day } = date;
  const offset =
    fixedOffsetMinutes(zone) ??
    cachedOffset(`${zone}|${year}-${month}-${day}T${time.hour}`, () => DateTime.fromObject({ year, month, day, hour: time.hour }, { zone }));
  return offset === null ? null : fixedInstant(date, time, offset);
}

/** 'YYYY-MM-DD', optionally ' HH:MM[:SS[.fff]]' or 'THH:MM…', optionally a zone (Z, ±HH:MM, UTC, GMT). */
const ISO_LIKE = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?[ ]?(Z|z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)?$/;
const OFFSET = /^([+-])(\d{2}):?(\d{2})?$/;

function luxonZone(written: string | undefined): string | null {
  if (written === undefined || /^(?:z|utc|gmt)$/i.test(written)) return 'UTC';
  const m = OFFSET.exec(written);
  if (m === null) return null;
  return `UTC${m[1]}${Number(m[2])}:${m[3] ?? '00'}`;
}

/**
 * An ISO-like text as a UTC instant, or null. A text without a zone is read as UTC; with
 * `requireTime` false a date alone is midnight UTC. Milliseconds are kept only when written.
 */
export function readIsoLike(text: string, requireTime: boolean): string | null {
  const m = ISO_LIKE.exec(text.trim());
  if (m === null) return null;
  const [, year, month, day, hour, minute, second, fraction, zoneText] = m;
  if (hour === undefined && requireTime) return null;
  const zone = luxonZone(zoneText);
  if (zone === null) return null;
  const dt = localInstant(
    { year: Number(year), month: Number(month), day: Number(day) },
    {
      hour: Number(hour ?? '0'),
      minute: Number(minute ?? '0'),
      second: Number(second ?? '0'),
      millisecond: fraction === undefined ? 0 : Number(fraction.padEnd(3, '0').slice(0, 3)),
    },
    zone,
  );
  return dt === null ? null : formatInstant(dt, fraction !== undefined);
}

/** A TOML local time (smol-toml's TomlDate with no date part) has no instant. */
function isTimeOfDayOnly(value: Date): boolean {
  const isTime = (value as Date & { isTime?: unknown }).isTime;
  return typeof isTime === 'function' && isTime.call(value) === true;
}

/**
 * A front-matter value as a UTC instant 'YYYY-MM-DDTHH:MM:SSZ': an ISO 8601 string (with Z, an
 * offset, or no zone, which is read as UTC), a date-only string (midnight UTC), a JS Date (YAML),
 * or a TOML date; anything else, or a TOML time of day without a date, gives null.
 */
export function toUtcInstant(value: unknown): string | null {
  if (typeof value === 'string') return value.length > 64 ? null : readIsoLike(value, false);
  if (!(value instanceof Date) || Number.isNaN(value.getTime()) || isTimeOfDayOnly(value)) return null;
  const year = value.getUTCFullYear();
  if (year < 1000 || year > 9999) return null;
  return formatInstant(value.getTime(), value.getUTCMilliseconds() !== 0);
}
