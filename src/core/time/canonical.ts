/** Our own format's timeline cell: 'YYYY-MM-DD HH:MM' in UTC, seconds and milliseconds only when needed. */
import { readIsoLike } from './instant.js';

const UTC_INSTANT = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}):(\d{2})(?:\.(\d{1,9}))?Z$/;

/** The canonical cell for an instant (any offset, written back in UTC): 'YYYY-MM-DD HH:MM', ':SS' when seconds≠0, '.mmm' when ms≠0; a text that is no instant is returned as is. */
export function formatCanonical(at: string): string {
  const m = UTC_INSTANT.exec(at) ?? UTC_INSTANT.exec(readIsoLike(at, true) ?? '');
  if (m === null) return at;
  const [, date = '', hoursMinutes = '', seconds = '', fraction = ''] = m;
  const whole = new Date(`${date}T${hoursMinutes}:${seconds}Z`);
  if (Number.isNaN(whole.getTime()) || whole.toISOString().slice(0, 10) !== date) return at;
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
