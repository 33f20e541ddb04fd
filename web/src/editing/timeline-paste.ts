/** Reads pasted "HH:MM something happened" lines into timeline events, in order, crossing midnight forward. */
import type { TimelineEvent } from '../../../src/core/postmortem.schema.js';
import { canonicalWritten, utcInstant } from './local-time.js';

const LINE = /^\s*(?:[-*]\s+)?(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(?:[-–—:|]\s*)?(\S.*)$/;

/** A pasted line the reader could not use, with its number (1-based). */
export interface SkippedLine {
  line: number;
  text: string;
}

/**
 * Events from lines of "HH:MM text". Times are on the day of `day` (a Date whose calendar day counts) in UTC
 * or in the user's zone; a time earlier than the one before it is taken to be on the next day.
 */
export function readPastedLines(text: string, day: Date, zone: 'utc' | 'local'): { events: TimelineEvent[]; skipped: SkippedLine[] } {
  const events: TimelineEvent[] = [];
  const skipped: SkippedLine[] = [];
  let dayOffset = 0;
  let previous = -1;
  text.split(/\r?\n/).forEach((raw, i) => {
    if (raw.trim() === '') return;
    const match = LINE.exec(raw);
    const [hours, minutes, seconds] = [Number(match?.[1]), Number(match?.[2]), Number(match?.[3] ?? 0)];
    if (match === null || hours > 23 || minutes > 59 || seconds > 59) {
      skipped.push({ line: i + 1, text: raw });
      return;
    }
    const clock = hours * 3600 + minutes * 60 + seconds;
    if (clock < previous) dayOffset += 1;
    previous = clock;
    const at = zone === 'utc'
      ? new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate() + dayOffset, hours, minutes, seconds))
      : new Date(day.getFullYear(), day.getMonth(), day.getDate() + dayOffset, hours, minutes, seconds);
    const instant = utcInstant(at);
    events.push({ at: instant, written: canonicalWritten(instant), approximate: false, text: (match[4] as string).trim(), actor: null, kind: null, source: 'typed' });
  });
  return { events, skipped };
}

/** Events sorted by time (stable; events without a time keep their place at the end). */
export function inTimeOrder(events: readonly TimelineEvent[]): TimelineEvent[] {
  const timed = events.filter((e) => e.at !== null).sort((a, b) => (a.at as string).localeCompare(b.at as string));
  return [...timed, ...events.filter((e) => e.at === null)];
}
