/**
 * How well event kinds are read from timeline text: the kind the importer infers for each event of the set,
 * against its label. The set's labels are coarser than the vocabulary: a trigger is a `change`, a detection an
 * `alert` or a `detection`, and `other` any of escalation, investigation, decision, communication, or none.
 */
import type { EventKind } from '../../core/postmortem.schema.js';
import { inferEventKind } from '../../core/event-kind.js';
import { rate, type Rate } from './rates.js';

/** The kinds each label of the set accepts (null: no kind). */
export const LABEL_KINDS: Record<string, readonly (EventKind | null)[]> = {
  trigger: ['change'],
  detection: ['alert', 'detection'],
  acknowledgement: ['acknowledgement'],
  mitigation: ['mitigation'],
  resolution: ['resolution'],
  other: ['escalation', 'investigation', 'decision', 'communication', null],
};

/** The share of events read right, per label and in all, and a confusion table (label -> inferred kind -> count). */
export interface EventScores {
  byLabel: Record<string, Rate>;
  right: Rate;
  confusion: Record<string, Record<string, number>>;
  wrong: { text: string; kind: string; inferred: EventKind | null }[];
}

/** Scores event-kind inference on a set. */
export function scoreEvents(events: readonly { text: string; kind: string }[]): EventScores {
  const judged = events.map((e) => ({ ...e, inferred: inferEventKind(e.text) }));
  const isRight = (e: (typeof judged)[number]) => (LABEL_KINDS[e.kind] ?? []).includes(e.inferred);
  const labels = [...new Set(events.map((e) => e.kind))].sort();
  const confusion: Record<string, Record<string, number>> = {};
  for (const e of judged) {
    const row = (confusion[e.kind] ??= {});
    const column = e.inferred ?? 'none';
    row[column] = (row[column] ?? 0) + 1;
  }
  return {
    byLabel: Object.fromEntries(labels.map((l) => [l, rate(judged.filter((e) => e.kind === l), isRight)])),
    right: rate(judged, isRight),
    confusion,
    wrong: judged.filter((e) => !isRight(e)),
  };
}
