/**
 * Putting imported events into a postmortem's timeline. An entry already imported (its vendor and id are in some
 * event's `source`) is skipped, so importing a file twice changes nothing. An entry that another tool already gave
 * (the same kind within a minute, about the same thing: the alert PagerDuty paged for and Alertmanager sent) joins
 * that event, which then names both sources. Hand-written events are never changed or moved; new events go in by
 * time. An event's `source` lists its entries as `vendor id`, separated by `; `.
 */
import { inferEventKind } from '../core/event-kind.js';
import type { TimelineEvent } from '../core/postmortem.schema.js';
import type { ImportedEvent, SourceRef } from './source-reading.js';

/** What an import did to a timeline. */
export interface MergedTimeline {
  timeline: TimelineEvent[];
  added: number;
  /** Joined an event another source had given. */
  merged: number;
  /** Already in the timeline (imported before). */
  skipped: number;
}

/** How close two sources' events of one happening are. */
const SAME_MOMENT_MS = 60_000;

const SEPARATOR = '; ';

/** A source entry as an event's `source` names it. */
function refText({ vendor, id }: SourceRef): string {
  return `${vendor} ${id}`;
}

/** The entries an event's `source` names (hand-written events name none). */
function refsOf(event: TimelineEvent): string[] {
  return event.source === null ? [] : event.source.split(SEPARATOR).filter((ref) => /^[a-z0-9_-]+ \S/.test(ref));
}

/** The words of a text that say what it is about (four letters or more, lower case). */
function wordsOf(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[a-z0-9][a-z0-9_-]{3,}/g) ?? []);
}

/** True when two texts are about the same thing: one holds the other, or they share two telling words. */
function sameSubject(a: string, b: string): boolean {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  if (x.includes(y) || y.includes(x)) return true;
  const words = wordsOf(b);
  let shared = 0;
  for (const word of wordsOf(a)) if (words.has(word) && ++shared >= 2) return true;
  return false;
}

/** The timeline's event of the same happening from another source, if any (imported events only). */
function sameHappening(timeline: readonly TimelineEvent[], event: TimelineEvent, vendor: string): TimelineEvent | undefined {
  const at = Date.parse(event.at ?? '');
  return timeline.find((other) => {
    const refs = refsOf(other);
    if (refs.length === 0 || refs.some((ref) => ref.startsWith(`${vendor} `)) || other.at === null || other.kind !== event.kind) return false;
    return Math.abs(Date.parse(other.at) - at) <= SAME_MOMENT_MS && sameSubject(other.text, event.text);
  });
}

/** Inserts an event before the first one that happened later (events without a time stay where they are). */
function insertByTime(timeline: TimelineEvent[], event: TimelineEvent): void {
  const at = Date.parse(event.at ?? '');
  const later = timeline.findIndex((other) => other.at !== null && Date.parse(other.at) > at);
  timeline.splice(later < 0 ? timeline.length : later, 0, event);
}

/** The timeline with the imported events in it, and what became of them. */
export function mergeTimeline(current: readonly TimelineEvent[], imported: readonly ImportedEvent[]): MergedTimeline {
  const timeline = current.map((event) => ({ ...event }));
  const known = new Set(timeline.flatMap(refsOf));
  let added = 0;
  let merged = 0;
  let skipped = 0;
  for (const event of [...imported].sort((a, b) => a.at.localeCompare(b.at))) {
    const refs = event.sources.map(refText);
    if (refs.every((ref) => known.has(ref))) {
      skipped++;
      continue;
    }
    const entry: TimelineEvent = { at: event.at, written: event.written, approximate: false, text: event.text, actor: event.actor, kind: event.kind ?? inferEventKind(event.text), source: refs.join(SEPARATOR) };
    const same = sameHappening(timeline, entry, event.sources[0]?.vendor ?? '');
    if (same === undefined) {
      insertByTime(timeline, entry);
      added++;
    } else {
      same.source = [...refsOf(same), ...refs.filter((ref) => !known.has(ref))].join(SEPARATOR);
      merged++;
    }
    for (const ref of refs) known.add(ref);
  }
  return { timeline, added, merged, skipped };
}
