/** Values derived from key times (or the timeline when key times are absent); never typed by hand. */
import type { EventKind, KeyTimes, Postmortem, TimelineEvent } from './postmortem.schema.js';

export interface Derived {
  durationMinutes: number | null;
  timeToDetectMinutes: number | null;
  timeToAcknowledgeMinutes: number | null;
  timeToMitigateMinutes: number | null;
  timeToResolveMinutes: number | null;
}

const EVENT_KINDS_FOR: Record<keyof KeyTimes, readonly EventKind[]> = {
  startedAt: [],
  detectedAt: ['alert', 'detection'],
  acknowledgedAt: ['acknowledgement', 'escalation'],
  mitigatedAt: ['mitigation'],
  resolvedAt: ['resolution'],
};

function firstOfKinds(events: readonly TimelineEvent[], kinds: readonly EventKind[]): string | null {
  let best: string | null = null;
  for (const e of events) {
    if (e.at !== null && e.kind !== null && kinds.includes(e.kind) && (best === null || e.at < best)) best = e.at;
  }
  return best;
}

function earliest(events: readonly TimelineEvent[]): string | null {
  let best: string | null = null;
  for (const e of events) if (e.at !== null && (best === null || e.at < best)) best = e.at;
  return best;
}

/** Key times filled from the timeline where the document leaves them empty (start = earliest event). */
export function effectiveTimes(pm: Pick<Postmortem, 'times' | 'timeline'>): KeyTimes {
  const t = pm.times;
  return {
    startedAt: t.startedAt ?? earliest(pm.timeline),
    detectedAt: t.detectedAt ?? firstOfKinds(pm.timeline, EVENT_KINDS_FOR.detectedAt),
    acknowledgedAt: t.acknowledgedAt ?? firstOfKinds(pm.timeline, EVENT_KINDS_FOR.acknowledgedAt),
    mitigatedAt: t.mitigatedAt ?? firstOfKinds(pm.timeline, EVENT_KINDS_FOR.mitigatedAt),
    resolvedAt: t.resolvedAt ?? firstOfKinds(pm.timeline, EVENT_KINDS_FOR.resolvedAt),
  };
}

/** Whole minutes from one instant to another, or null when either is missing or they run backwards. */
export function minutesBetween(from: string | null, to: string | null): number | null {
  if (from === null || to === null) return null;
  const ms = Date.parse(to) - Date.parse(from);
  if (!Number.isFinite(ms) || ms < 0) return null;
  return Math.round(ms / 60_000);
}

/** Duration and time to detect / acknowledge / mitigate / resolve, all counted from the start. */
export function deriveMetrics(pm: Pick<Postmortem, 'times' | 'timeline'>): Derived {
  const t = effectiveTimes(pm);
  return {
    durationMinutes: minutesBetween(t.startedAt, t.resolvedAt),
    timeToDetectMinutes: minutesBetween(t.startedAt, t.detectedAt),
    timeToAcknowledgeMinutes: minutesBetween(t.startedAt, t.acknowledgedAt),
    timeToMitigateMinutes: minutesBetween(t.startedAt, t.mitigatedAt),
    timeToResolveMinutes: minutesBetween(t.startedAt, t.resolvedAt),
  };
}
