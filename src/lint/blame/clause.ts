/** Where a person stands in a sentence (the subject of a verb or not) and how far the clause of that verb runs. */
import { AUXILIARIES, CLAUSE_BREAKS, CLAUSE_OPENERS, CLAUSE_PUNCTUATION, PREPOSITIONS } from './grammar.js';
import { DETERMINERS } from './people-words.js';
import type { Mention } from './person.js';
import { NONE, type Token } from './tokens.js';

/** Pronouns in the objective case, never a subject ("paged him"). */
const OBJECTIVE = new Set(['him', 'them', 'me', 'us']);

/** True when the mention is the subject of what follows it: it opens the sentence or a clause, or follows an inverted auxiliary. */
export function isSubject(tokens: readonly Token[], m: Mention): boolean {
  const first = tokens[m.from] ?? NONE;
  if (OBJECTIVE.has(first.word) || (m.possessive && !m.guess)) return false;
  let k = m.from - 1;
  // "Sadly, Bea …", "Why did Rui …", "The lesson is that Ilse …"
  while (k >= 0 && (tokens[k]?.word === 'only' || tokens[k]?.word === 'even' || tokens[k]?.word === 'also')) k--;
  const previous = tokens[k] ?? NONE;
  // A date or a time before the name starts a timeline entry: "14:09 Ana forgot …".
  if (k < 0 || !previous.isWord || /^\d[\d:.-]*$/.test(previous.word)) return true;
  const w = previous.word;
  if (PREPOSITIONS.has(w) && w !== 'after' && w !== 'before' && w !== 'until' && w !== 'since') return false;
  return CLAUSE_OPENERS.has(w) || AUXILIARIES.has(w) || w === 'then' || w === 'once' || w === 'again' || w === 'unfortunately' || w === 'sadly';
}

/** Where the clause that starts at token `from` ends (exclusive), and what the next clause does. */
export interface ClauseEnd {
  end: number;
  /** "which" / "and it" / "so" / "that": the next clause tells what the act led to. */
  next: 'consequence' | 'cause' | 'other';
  /** Where the next clause starts. */
  nextFrom: number;
}

/** Words that open a clause about what an act led to. */
const CONSEQUENCE = new Set(['which', 'so', 'that', 'thereby']);
/** Words that, after "and", start a clause with a subject of its own. */
const NEW_SUBJECT = new Set(['the', 'a', 'an', 'its', 'it', 'this', 'that', 'their', 'our', 'we', 'they', 'he', 'she', 'nobody', 'no', 'every', 'each', 'all', 'there', 'customers', 'users']);

/** The end of the clause that runs from token `from`, stopping at punctuation, at "because/but/…" and at a new subject. */
export function clauseEnd(tokens: readonly Token[], from: number): ClauseEnd {
  for (let k = from; k < tokens.length; k++) {
    const t = tokens[k] ?? NONE;
    const next = tokens[k + 1] ?? NONE;
    if (!t.isWord) {
      if (t.text === ',') {
        if (CONSEQUENCE.has(next.word)) return { end: k, next: 'consequence', nextFrom: k + 2 };
        if (next.word === 'and' && NEW_SUBJECT.has((tokens[k + 2] ?? NONE).word)) return { end: k, next: 'consequence', nextFrom: k + 2 };
        if (CLAUSE_BREAKS.has(next.word) || next.word === 'while' || next.word === 'when') return { end: k, next: next.word === 'because' || next.word === 'since' ? 'cause' : 'other', nextFrom: k + 2 };
        continue;
      }
      if (CLAUSE_PUNCTUATION.has(t.text) || t.text === '.' || t.text === '?' || t.text === '!') return { end: k, next: 'other', nextFrom: k + 1 };
      continue;
    }
    const w = t.word;
    if (w === 'because' || (w === 'since' && !/^\d/.test(next.word))) return { end: k, next: 'cause', nextFrom: k + 1 };
    if (CLAUSE_BREAKS.has(w)) return { end: k, next: 'other', nextFrom: k + 1 };
    if ((w === 'which' || w === 'that') && k > from && !DETERMINERS.has(next.word)) return { end: k, next: 'consequence', nextFrom: k + 1 };
    if (w === 'so' && k > from) return { end: k, next: 'consequence', nextFrom: k + 1 };
    if (w === 'and' && NEW_SUBJECT.has(next.word) && next.word !== 'then') return { end: k, next: 'consequence', nextFrom: k + 1 };
  }
  return { end: tokens.length, next: 'other', nextFrom: tokens.length };
}
