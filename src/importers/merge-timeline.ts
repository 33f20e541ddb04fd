/**
 * Putting imported events into a postmortem's timeline. An entry already imported (its vendor and id are in some
 * event's `source`) is skipped, so importing a file twice changes nothing. An entry that another tool already gave
 * (the same kind within a minute, about the same thing: the alert PagerDuty paged for and Alertmanager sent) joins
 * that event, which then names both sources. Hand-written events are never changed or moved; new events go in by
 * time. An event's `source` lists its entries as `vendor id`, separated by `; `; an entry named by its former id (a
 * Slack message by its `ts` alone, before its channel was part of its id) counts as already imported.
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

/** True when an entry was imported under its former id (a Slack message's `ts` before its channel was part of it). */
function knownFormerly(known: ReadonlySet<string>, { vendor, formerId }: SourceRef): boolean {
  return formerId !== undefined && known.has(refText({ vendor, id: formerId }));
}

/** The entries an event's `source` names (hand-written events name none). */
function refsOf(event: TimelineEvent): string[] {
  return event.source === null ? [] : event.source.split(SEPARATOR).filter((ref) => /^[a-z0-9_-]+ \S/.test(ref));
}

/** Vendors' names, each once. */
function vendorsOf(names: readonly string[]): string[] {
  const vendors: string[] = [];
  for (const name of names) if (!vendors.includes(name)) vendors.push(name);
  return vendors;
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

/** The minute an instant falls in: events of one happening are in the same minute or the next ones. */
function minuteOf(ms: number): number {
  return Math.floor(ms / SAME_MOMENT_MS);
}

/** An imported event as the index holds it: when, where it is in the timeline's order, and the vendors its source names. */
interface Indexed {
  event: TimelineEvent;
  ms: number;
  order: number;
  /** A short list rather than a set: an event has one or a few vendors, and an import indexes tens of thousands. */
  vendors: string[];
}

/** No indexed events (a minute without any). */
const NONE: readonly Indexed[] = [];

/** Imported events of the timeline by the minute they happened, so a new event is compared with its neighbours only. */
class ByMinute {
  private readonly minutes = new Map<number, Indexed[]>();
  private count = 0;

  /** Indexes an imported event that happened at `ms`, whose source names entries of `vendors`. */
  add(event: TimelineEvent, ms: number, vendors: string[]): void {
    if (Number.isNaN(ms) || vendors.length === 0) return;
    const minute = minuteOf(ms);
    const entry = { event, ms, order: this.count++, vendors };
    const list = this.minutes.get(minute);
    if (list === undefined) this.minutes.set(minute, [entry]);
    else list.push(entry);
  }

  /** The first indexed event (in the timeline's order) of the same happening (at `at`) from another source, if any. */
  sameHappening(event: TimelineEvent, at: number, vendor: string): Indexed | undefined {
    const minute = minuteOf(at);
    let best: Indexed | undefined;
    for (let near = minute - 1; near <= minute + 1; near++) {
      for (const candidate of this.minutes.get(near) ?? NONE) {
        const other = candidate.event;
        if ((best !== undefined && best.order < candidate.order) || candidate.vendors.includes(vendor) || other.kind !== event.kind) continue;
        if (Math.abs(candidate.ms - at) <= SAME_MOMENT_MS && sameSubject(other.text, event.text)) best = candidate;
      }
    }
    return best;
  }
}

/**
 * The timeline with the new events (sorted by time, `times` their instants) put in: each before the first event of
 * the timeline that happened later, after the new ones put there before it (events without a time stay where they are).
 */
function insertByTime(current: readonly TimelineEvent[], added: readonly TimelineEvent[], times: readonly number[]): TimelineEvent[] {
  const timeline: TimelineEvent[] = [];
  let next = 0;
  let latest = -Infinity;
  for (const event of current) {
    // Every new event earlier than the latest time seen so far goes before this event, the first one later than it.
    latest = Math.max(latest, event.at === null ? -Infinity : Date.parse(event.at));
    while (next < added.length && (times[next] as number) < latest) timeline.push(added[next++] as TimelineEvent);
    timeline.push(event);
  }
  return next === 0 ? [...timeline, ...added] : [...timeline, ...added.slice(next)];
}

/**
 * The timeline with the imported events in it, and what became of them. Written to keep little per event (an import
 * may bring a hundred thousand, and what it keeps, the collector keeps walking): the order is a list of positions,
 * an indexed event's vendors a short list.
 */
export function mergeTimeline(current: readonly TimelineEvent[], imported: readonly ImportedEvent[]): MergedTimeline {
  const timeline = current.map((event) => ({ ...event }));
  const known = new Set(timeline.flatMap(refsOf));
  // Entries under a former id can only be in the timeline as it was (an import names its entries by their present ids).
  const earlier = known.size === 0 ? null : new Set(known);
  const index = new ByMinute();
  for (const event of timeline) index.add(event, event.at === null ? NaN : Date.parse(event.at), vendorsOf(refsOf(event).map((ref) => ref.slice(0, ref.indexOf(' ')))));
  const instants = imported.map((e) => Date.parse(e.at));
  const byTime = imported.map((_, i) => i).sort((a, b) => (instants[a] as number) - (instants[b] as number));
  // An import brings one tool's entries as a rule: they are indexed for joining only when another tool's may follow
  // (an entry never joins one of its own tool's), which spares a large export the index.
  const oneTool = new Set(imported.map((e) => e.sources[0]?.vendor)).size <= 1;
  const added: TimelineEvent[] = [];
  const addedTimes: number[] = [];
  let merged = 0;
  let skipped = 0;
  for (const i of byTime) {
    const event = imported[i] as ImportedEvent;
    const ms = instants[i] as number;
    const refs = event.sources.map(refText);
    let seen = 0;
    for (const [at, ref] of refs.entries()) if (known.has(ref) || (earlier !== null && knownFormerly(earlier, event.sources[at] as SourceRef))) seen++;
    if (seen === refs.length) {
      skipped++;
      continue;
    }
    const entry: TimelineEvent = { at: event.at, written: event.written, approximate: false, text: event.text, actor: event.actor, kind: event.kind ?? inferEventKind(event.text), source: refs.join(SEPARATOR) };
    const vendor = event.sources[0]?.vendor ?? '';
    const same = index.sameHappening(entry, ms, vendor);
    if (same === undefined) {
      added.push(entry);
      addedTimes.push(ms);
      if (!oneTool) index.add(entry, ms, vendorsOf(event.sources.map((s) => s.vendor)));
    } else {
      same.event.source = [...refsOf(same.event), ...refs.filter((ref) => !known.has(ref))].join(SEPARATOR);
      if (!same.vendors.includes(vendor)) same.vendors.push(vendor);
      merged++;
    }
    for (const ref of refs) known.add(ref);
  }
  return { timeline: insertByTime(timeline, added, addedTimes), added: added.length, merged, skipped };
}
