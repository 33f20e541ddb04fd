/** Time-zone abbreviations and names as postmortems write them, mapped to zones luxon understands. */
import { escapeRegex } from '../regex-trie.js';

/** A time zone as a document states it. */
export interface ZoneInfo {
  /** As written: 'PST', 'Eastern', 'UTC', 'GMT', 'CET', 'PT', '+UTC'. */
  written: string;
  /** A zone luxon accepts: 'UTC', 'UTC-8' (fixed offset), or an IANA name such as 'America/Los_Angeles'. */
  zone: string;
  /** True for UTC, GMT, Z, '+UTC' and zero offsets. */
  isUtc: boolean;
}

/**
 * Abbreviations naming one offset are fixed offsets exactly as written (a PST written in summer
 * stays UTC-8); names of a region's clock (PT, Eastern, CET) follow that region's daylight saving.
 * CST is read as US Central, the sense the corpus uses.
 */
const ZONES: Readonly<Record<string, string>> = {
  UTC: 'UTC',
  GMT: 'UTC',
  Z: 'UTC',
  PST: 'UTC-8',
  PDT: 'UTC-7',
  MST: 'UTC-7',
  MDT: 'UTC-6',
  CST: 'UTC-6',
  CDT: 'UTC-5',
  EST: 'UTC-5',
  EDT: 'UTC-4',
  AKST: 'UTC-9',
  AKDT: 'UTC-8',
  HST: 'UTC-10',
  BST: 'UTC+1',
  WEST: 'UTC+1',
  CEST: 'UTC+2',
  EEST: 'UTC+3',
  AEST: 'UTC+10',
  AEDT: 'UTC+11',
  NZST: 'UTC+12',
  NZDT: 'UTC+13',
  WET: 'WET',
  CET: 'CET',
  EET: 'EET',
  MSK: 'Europe/Moscow',
  IST: 'Asia/Kolkata',
  SAST: 'Africa/Johannesburg',
  SGT: 'Asia/Singapore',
  HKT: 'Asia/Hong_Kong',
  JST: 'Asia/Tokyo',
  KST: 'Asia/Seoul',
  PT: 'America/Los_Angeles',
  Pacific: 'America/Los_Angeles',
  'Pacific Time': 'America/Los_Angeles',
  'Mountain Time': 'America/Denver',
  'Central Time': 'America/Chicago',
  ET: 'America/New_York',
  Eastern: 'America/New_York',
  'Eastern Time': 'America/New_York',
  'Central European Time': 'CET',
};

/** Names that may be written in any case ('utc', 'Utc'); all others must match exactly. */
const ANY_CASE = new Set(['UTC', 'GMT']);

const OFFSET = /^(?:\+?(?:UTC|GMT))?[ ]?([+\-−])(\d{1,2})(?::?(\d{2}))?$/i;

/**
 * Regex source for one zone token (an abbreviation, a name, '+UTC', 'UTC+2', '+0200'), not
 * followed by a letter or digit. Matching is loose; confirm a match with parseZone.
 */
export const ZONE_TOKEN_SOURCE = `(?:\\+?(?:UTC|GMT|utc|gmt|Utc|Gmt)(?:[ ]?[+\\-−]\\d{1,2}(?::?\\d{2})?)?|[+\\-−]\\d{2}:?\\d{2}|${Object.keys(
  ZONES,
)
  .filter((name) => name !== 'Z')
  .sort((a, b) => b.length - a.length)
  .map(escapeRegex)
  .join('|')})(?![A-Za-z0-9])`;

function offsetZone(written: string): ZoneInfo | null {
  const m = OFFSET.exec(written);
  if (m === null) return null;
  const hours = Number(m[2]);
  const minutes = Number(m[3] ?? '0');
  if (hours > 14 || minutes > 59) return null;
  const sign = m[1] === '+' ? '+' : '-';
  const isUtc = hours === 0 && minutes === 0;
  const zone = isUtc ? 'UTC' : `UTC${sign}${hours}${minutes === 0 ? '' : `:${String(minutes).padStart(2, '0')}`}`;
  return { written, zone, isUtc };
}

/** A zone abbreviation or name alone ('PST', '(UTC)', 'Eastern', '+UTC', 'UTC+2'); null when unknown. */
export function parseZone(text: string): ZoneInfo | null {
  const written = text.trim().replace(/^\(\s*/, '').replace(/\s*\)$/, '');
  if (written.length === 0 || written.length > 24) return null;
  const bare = written.startsWith('+') && ANY_CASE.has(written.slice(1).toUpperCase()) ? written.slice(1) : written;
  const key = ANY_CASE.has(bare.toUpperCase()) ? bare.toUpperCase() : bare;
  const zone = ZONES[key];
  if (zone !== undefined) return { written, zone, isUtc: zone === 'UTC' };
  return offsetZone(written);
}
