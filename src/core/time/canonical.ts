/** Our own format's timeline cell: 'YYYY-MM-DD HH:MM' in UTC, seconds and milliseconds only when needed. */
import { DateTime } from 'luxon';
import { readIsoLike } from './instant.js';

/** The canonical cell for a UTC instant: 'YYYY-MM-DD HH:MM', ':SS' when seconds≠0, '.mmm' when ms≠0; a text that is no instant is returned as is. */
export function formatCanonical(at: string): string {
  const dt = DateTime.fromISO(at, { zone: 'UTC' });
  if (!dt.isValid) return at;
  if (dt.millisecond !== 0) return dt.toFormat('yyyy-MM-dd HH:mm:ss.SSS');
  return dt.toFormat(dt.second !== 0 ? 'yyyy-MM-dd HH:mm:ss' : 'yyyy-MM-dd HH:mm');
}

const CANONICAL = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?$/;

/** The UTC instant of a canonical cell ('2024-03-01 14:05') or of a full ISO instant; null for anything else. */
export function parseCanonical(text: string): string | null {
  const trimmed = text.trim();
  if (!CANONICAL.test(trimmed)) return null;
  return readIsoLike(trimmed, true);
}
