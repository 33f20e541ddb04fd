/**
 * A timeline row that tells several stages of an incident in one breath ("Monitoring detected the stall. …
 * this resolved the issue") becomes one event per stage, so that the detection is not lost behind the
 * resolution: the key times are derived from the first event of each kind, and an event has one kind.
 */
import type { EventKind } from '../../core/postmortem.schema.js';
import { inferEventKind } from '../../core/event-kind.js';

/** One event's worth of a row: its text and the kind inferred from it. */
export interface RowPart {
  text: string;
  kind: EventKind | null;
}

/** The order in which the key kinds come in an incident; other kinds belong to the stage they are told in. */
const STAGE: Partial<Record<EventKind, number>> = { alert: 1, detection: 1, acknowledgement: 2, escalation: 2, mitigation: 3, resolution: 4 };
/**
 * Only the end of an incident (mitigation, resolution) is split off what came before it: weaker words ("explained
 * the situation", "transferred the call") would cut long narrative rows into noise.
 */
const ENDING_STAGE = 3;

/** Only a row with a sentence end inside it can tell two stages; most rows are one sentence and stop here. */
const INNER_SENTENCE_END = /[.!?]\s+\S/;
let segmenter: Intl.Segmenter | undefined;

/** The sentence segmenter, made on first use: loading ICU's sentence rules took ~60 ms of every process's start. */
function sentenceSegmenter(): Intl.Segmenter {
  segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
  return segmenter;
}

function stageOf(kind: EventKind | null): number {
  return kind === null ? 0 : (STAGE[kind] ?? 0);
}

/**
 * The parts of a row: a new part starts at a sentence that tells a mitigation or resolution when the part
 * before it tells an earlier stage (detected, then resolved; rolled back, then recovered); any other sentence
 * stays with the part it follows ("Anyone could also have restarted it" after the resolution). One part, the
 * whole row, when nothing is split off.
 */
export function splitByStage(text: string): RowPart[] {
  if (!INNER_SENTENCE_END.test(text)) return [{ text, kind: inferEventKind(text) }];
  const groups: { text: string; stage: number }[] = [];
  // A row the segmenter leaves in one sentence (an abbreviation: "e.g. the API") is that sentence: its kind is known.
  let sentenceCount = 0;
  let sentenceKind: EventKind | null = null;
  for (const { segment } of sentenceSegmenter().segment(text)) {
    sentenceKind = inferEventKind(segment);
    sentenceCount++;
    const stage = stageOf(sentenceKind);
    const last = groups.at(-1);
    if (last === undefined || (last.stage > 0 && stage >= ENDING_STAGE && stage > last.stage)) groups.push({ text: segment, stage });
    else {
      last.text += segment;
      last.stage = Math.max(last.stage, stage);
    }
  }
  if (groups.length === 1) return [{ text, kind: sentenceCount === 1 ? sentenceKind : inferEventKind(text) }];
  return groups.map((group) => {
    const part = group.text.trim();
    return { text: part, kind: inferEventKind(part) };
  });
}
