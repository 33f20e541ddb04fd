/**
 * Values derived from key times, or from the timeline where the document leaves a key time empty; never typed by
 * hand and never stored as if typed: they are computed wherever they are shown.
 */
import { inferEventKind, marksImpactStart } from './event-kind.js';
import type { EventKind, KeyTimes, Postmortem, TimelineEvent } from './postmortem.schema.js';

/** The timeline event a key time was taken from: its position in the timeline (from 0) and its text. */
export interface TimelineSource {
  index: number;
  text: string;
}

/** A key time the document leaves empty, as taken from the timeline. */
export interface DerivedTime {
  at: string;
  from: TimelineSource;
}

/** Per key time, the value taken from the timeline; null when the document gives it, or when no event fits. */
export type DerivedTimes = Record<keyof KeyTimes, DerivedTime | null>;

export interface Derived {
  durationMinutes: number | null;
  timeToDetectMinutes: number | null;
  timeToAcknowledgeMinutes: number | null;
  timeToMitigateMinutes: number | null;
  timeToResolveMinutes: number | null;
  /** The key times that come from the timeline, and from which event. */
  times: DerivedTimes;
}

/** The kinds of event each key time is taken from (the start has its own rule, see startEvent). */
const EVENT_KINDS_FOR: Record<Exclude<keyof KeyTimes, 'startedAt'>, readonly EventKind[]> = {
  detectedAt: ['alert', 'detection'],
  acknowledgedAt: ['acknowledgement'],
  mitigatedAt: ['mitigation'],
  resolvedAt: ['resolution'],
};

/** The kind an event counts as: the one written, else the one its text suggests (never stored; inferEventKind remembers recent texts). */
export function kindOf(event: TimelineEvent): EventKind | null {
  return event.kind ?? inferEventKind(event.text);
}

/** An event with a time, and where it stands in the timeline. */
interface Timed {
  index: number;
  ms: number;
  event: TimelineEvent;
}

function timed(timeline: readonly TimelineEvent[]): Timed[] {
  return timeline.flatMap((event, index) => {
    const ms = event.at === null ? NaN : Date.parse(event.at);
    return Number.isNaN(ms) ? [] : [{ index, ms, event }];
  });
}

/** The earliest of the events that pass `test`; of two at the same time, the one listed first. */
function earliest(events: readonly Timed[], test: (event: TimelineEvent) => boolean): Timed | null {
  let best: Timed | null = null;
  for (const e of events) if ((best === null || e.ms < best.ms) && test(e.event)) best = e;
  return best;
}

/**
 * The event the start of an incident is taken from: the writer's own marker of when impact began ("**OUTAGE
 * BEGINS**"), else the earliest event. Earlier rows (a news item, the change that set it up) are context, and the
 * marker says so; without one, the earliest event is the first thing the timeline knows of the incident, the same
 * start a list row shows and sorts by.
 */
function startEvent(events: readonly Timed[]): Timed | null {
  return earliest(events, (e) => marksImpactStart(e.text)) ?? earliest(events, () => true);
}

function derivedTime(source: Timed | null): DerivedTime | null {
  return source === null ? null : { at: source.event.at as string, from: { index: source.index, text: source.event.text } };
}

/** The key times the document leaves empty, taken from the timeline, each with the event it came from. */
export function deriveTimes(pm: Pick<Postmortem, 'times' | 'timeline'>): DerivedTimes {
  const t = pm.times;
  const events = timed(pm.timeline);
  const fromKinds = (key: keyof typeof EVENT_KINDS_FOR) => {
    if (t[key] !== null) return null;
    const kinds = EVENT_KINDS_FOR[key];
    return derivedTime(
      earliest(events, (e) => {
        const kind = kindOf(e);
        return kind !== null && kinds.includes(kind);
      }),
    );
  };
  return {
    startedAt: t.startedAt === null ? derivedTime(startEvent(events)) : null,
    detectedAt: fromKinds('detectedAt'),
    acknowledgedAt: fromKinds('acknowledgedAt'),
    mitigatedAt: fromKinds('mitigatedAt'),
    resolvedAt: fromKinds('resolvedAt'),
  };
}

/** The key times in force: each as written, else as derived from the timeline. */
export function keyTimesInForce(t: KeyTimes, derived: DerivedTimes): KeyTimes {
  return {
    startedAt: t.startedAt ?? derived.startedAt?.at ?? null,
    detectedAt: t.detectedAt ?? derived.detectedAt?.at ?? null,
    acknowledgedAt: t.acknowledgedAt ?? derived.acknowledgedAt?.at ?? null,
    mitigatedAt: t.mitigatedAt ?? derived.mitigatedAt?.at ?? null,
    resolvedAt: t.resolvedAt ?? derived.resolvedAt?.at ?? null,
  };
}

/** Key times filled from the timeline where the document leaves them empty (see deriveTimes). */
export function effectiveTimes(pm: Pick<Postmortem, 'times' | 'timeline'>): KeyTimes {
  return keyTimesInForce(pm.times, deriveTimes(pm));
}

/** Whole minutes from one instant to another, or null when either is missing or they run backwards. */
export function minutesBetween(from: string | null, to: string | null): number | null {
  if (from === null || to === null) return null;
  const ms = Date.parse(to) - Date.parse(from);
  if (!Number.isFinite(ms) || ms < 0) return null;
  return Math.round(ms / 60_000);
}

/** Duration and time to detect / acknowledge / mitigate / resolve, all counted from the start, and the derived key times. */
export function deriveMetrics(pm: Pick<Postmortem, 'times' | 'timeline'>): Derived {
  const times = deriveTimes(pm);
  const t = keyTimesInForce(pm.times, times);
  return {
    durationMinutes: minutesBetween(t.startedAt, t.resolvedAt),
    timeToDetectMinutes: minutesBetween(t.startedAt, t.detectedAt),
    timeToAcknowledgeMinutes: minutesBetween(t.startedAt, t.acknowledgedAt),
    timeToMitigateMinutes: minutesBetween(t.startedAt, t.mitigatedAt),
    timeToResolveMinutes: minutesBetween(t.startedAt, t.resolvedAt),
    times,
  };
}
