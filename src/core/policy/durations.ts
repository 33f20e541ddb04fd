/** Durations as the policy writes them (`30m`, `24h`, `90d`, `2w`, `1h30m`): their length in milliseconds and in words. */
import { InputError } from '../errors.js';

const MINUTE_MS = 60_000;

/** The units, largest first: a duration writes each at most once, in this order. */
const UNITS = [
  { letter: 'w', ms: 7 * 24 * 60 * MINUTE_MS, word: 'week' },
  { letter: 'd', ms: 24 * 60 * MINUTE_MS, word: 'day' },
  { letter: 'h', ms: 60 * MINUTE_MS, word: 'hour' },
  { letter: 'm', ms: MINUTE_MS, word: 'minute' },
] as const;

const PATTERN = /^(?:(\d+)w)?(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?$/;

const MAX_DAYS = 3650;

/** What a well-written duration looks like, for the messages that refuse one. */
export const DURATION_HINT = 'a whole number and a unit (m, h, d or w) such as 30m, 24h, 90d, 2w or 1h30m';

type Part = { count: number; unit: (typeof UNITS)[number] };

function totalMs(parts: readonly Part[]): number {
  return parts.reduce((sum, part) => sum + part.count * part.unit.ms, 0);
}

/** The count of each unit written, largest unit first, or why the text is not a duration. */
function readParts(text: string): { parts: Part[] } | { problem: string } {
  const match = PATTERN.exec(text);
  if (text === '' || !match) return { problem: `"${text}" is not a duration: expected ${DURATION_HINT}` };
  const parts = UNITS.flatMap((unit, i) => (match[i + 1] === undefined ? [] : [{ count: Number(match[i + 1]), unit }]));
  const ms = totalMs(parts);
  if (ms === 0) return { problem: `"${text}" is not a duration: it must be longer than zero` };
  if (ms > MAX_DAYS * UNITS[1].ms) return { problem: `"${text}" is too long: a duration is at most ${MAX_DAYS}d` };
  return { parts };
}

function partsOrThrow(text: string): Part[] {
  const read = readParts(text);
  if ('problem' in read) throw new InputError(read.problem, { duration: text });
  return read.parts;
}

/** Why `text` is not a duration, or null when it is one. */
export function durationProblem(text: string): string | null {
  const read = readParts(text);
  return 'problem' in read ? read.problem : null;
}

/** The length of a duration in milliseconds; throws an InputError saying what a duration looks like otherwise. */
export function parseDuration(text: string): number {
  return totalMs(partsOrThrow(text));
}

/** A duration in words for reasons and messages, in the units it was written in: `90d` → "90 days", `1h30m` → "1 hour 30 minutes". */
export function durationInWords(text: string): string {
  return partsOrThrow(text)
    .filter(({ count }) => count > 0)
    .map(({ count, unit }) => `${count} ${unit.word}${count === 1 ? '' : 's'}`)
    .join(' ');
}
