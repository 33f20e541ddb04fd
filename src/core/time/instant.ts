/** UTC instants: building them from local parts, formatting them, and reading ISO-like values. */
import { DateTime } from 'luxon';
import type { CalendarDate } from './dates.js';

/** A time of day, local to some zone. */
export interface LocalTime {
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

const WITH_MS = "yyyy-MM-dd'T'HH:mm:ss.SSS'Z'";
const WITHOUT_MS = "yyyy-MM-dd'T'HH:mm:ss'Z'";

/** An instant as 'YYYY-MM-DDTHH:MM:SSZ', with '.mmm' only when asked for. */
export function formatInstant(dt: DateTime, withMs: boolean): string {
  return dt.toUTC().toFormat(withMs ? WITH_MS : WITHOUT_MS);
}

/** The instant of a local date and time in a luxon zone ('UTC', 'UTC-8', 'America/New_York'); null when invalid. */
export function localInstant(date: CalendarDate, time: LocalTime, zone: string): DateTime | null {
  const { year, month, day } = date;
  const { hour, minute, second, millisecond } = time;
  const dt = DateTime.fromObject({ year, month, day, hour, minute, second, millisecond }, { zone });
  return dt.isValid ? dt : null;
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
  const dt = DateTime.fromJSDate(value, { zone: 'UTC' });
  if (dt.year < 1000 || dt.year > 9999) return null;
  return formatInstant(dt, dt.millisecond !== 0);
}
