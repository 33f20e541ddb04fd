/**
 * Blame wrapped in a softener: a preface that announces it ("I don't want to single anyone out, but …", "No
 * offence to Dmitri, but …", "Lovely colleague as she is, Saskia …") with a person and a turn to the fault; and the softeners
 * ("Unfortunately", "Sadly", "once again") that make another pattern's finding a softened one.
 */
import { BLAME_PREFACES, CONTRASTS, SOFTENERS } from '../blame-words.js';
import type { SentenceFinding, SentenceView } from '../finding.js';
import { isPerson } from '../person.js';
import { findPhrase, phraseIndex } from '../phrases.js';

const PREFACES = phraseIndex(BLAME_PREFACES);
const ALL_SOFTENERS = phraseIndex([...BLAME_PREFACES, ...SOFTENERS]);

/** A preface of blame, a person, and a turn ("but", "still", "although") after the preface. */
export function softenedBlame(s: SentenceView): SentenceFinding | null {
  const preface = findPhrase(s.tokens, PREFACES);
  if (!preface) return null;
  const after = preface.at + preface.length;
  const turn = s.tokens.findIndex((t, i) => i >= after && CONTRASTS.has(t.word));
  const person = s.mentions.find((m) => m.kind !== 'nobody' && isPerson(m, s.tokens));
  if (turn < 0 || !person) return null;
  return { pattern: 'softened', agent: person, from: preface.at, to: turn + 1 };
}

/** True when the sentence softens what it says ("Unfortunately, …", "To be fair to …", "once again"). */
export function isSoftened(s: SentenceView): boolean {
  return findPhrase(s.tokens, ALL_SOFTENERS) !== null;
}
