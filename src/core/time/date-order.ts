/** Inferring whether a document writes numeric dates day first or month first. */
import type { DateOrder } from './dates.js';
import type { ZoneInfo } from './zones.js';

const MAX_LINE = 10_000;
/** The shortest numeric date, '1/2/24'. */
const MIN_DATE_LENGTH = 6;
/** A cheap test that rules out most lines before the full pattern runs. */
const MAY_HOLD_DATE = /\d[-/.]\d/;
/** Two numbers and a year, not inside a longer run of digits (so not the tail of an ISO date or a version). */
const NUMERIC_DATE = /(?<![\d.])(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})(?!\d|[/.]\d)/g;

/** What the numeric dates of one line say: 'dmy' and/or 'mdy' seen, as flags. */
const DMY = 1;
const MDY = 2;

function orderSeen(line: string): number {
  if (line.length < MIN_DATE_LENGTH || line.length > MAX_LINE || !MAY_HOLD_DATE.test(line)) return 0;
  let seen = 0;
  for (const m of line.matchAll(NUMERIC_DATE)) {
    if (m[2] === '.' && m[4]?.length !== 4) continue;
    const first = Number(m[1]);
    const second = Number(m[3]);
    if (first > 12 && second <= 12) seen |= DMY;
    else if (second > 12 && first <= 12) seen |= MDY;
  }
  return seen;
}

/**
 * The day/month order the texts use, from numeric dates whose first number is above 12 ('dmy')
 * or whose second is ('mdy'); null when no date tells or the texts disagree.
 */
export function inferDateOrder(texts: readonly string[]): DateOrder | null {
  let seen = 0;
  for (const text of texts) {
    if (!text.includes('\n')) seen |= orderSeen(text);
    // MAY_HOLD_DATE never spans a line break: a text that fails it has no line that passes.
    else if (MAY_HOLD_DATE.test(text)) for (const line of text.split('\n')) seen |= orderSeen(line);
  }
  if (seen === 0 || seen === (DMY | MDY)) return null;
  return seen === DMY ? 'dmy' : 'mdy';
}

/** Zones of the United States, which write the month first (4/25/23). */
const MONTH_FIRST_ZONES = new Set(['PST', 'PDT', 'PT', 'PACIFIC', 'PACIFIC TIME', 'MST', 'MDT', 'MOUNTAIN TIME', 'CST', 'CDT', 'CENTRAL TIME', 'EST', 'EDT', 'ET', 'EASTERN', 'EASTERN TIME', 'AKST', 'AKDT', 'HST']);
/** Zones of Europe, India, South Africa and Australasia, which write the day first (16/03/2020). */
const DAY_FIRST_ZONES = new Set(['CET', 'CEST', 'CENTRAL EUROPEAN TIME', 'WET', 'WEST', 'EET', 'EEST', 'BST', 'MSK', 'IST', 'SAST', 'AEST', 'AEDT', 'NZST', 'NZDT']);

/**
 * The day/month order the region of a stated zone writes, for documents whose numeric dates do not tell
 * (7/5/2023 in a timeline 'all times PST' is 5 July); null for UTC and zones that say nothing of a region.
 */
export function dateOrderOfZone(zone: ZoneInfo): DateOrder | null {
  const written = zone.written.toUpperCase();
  if (MONTH_FIRST_ZONES.has(written)) return 'mdy';
  return DAY_FIRST_ZONES.has(written) ? 'dmy' : null;
}
