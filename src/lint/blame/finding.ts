/** What a blame pattern reports about one sentence, and what it reads. */
import type { Mention, PeopleContext } from './person.js';
import type { Token } from './tokens.js';

/** The kinds of blame the patterns recognise (each has its own wording and rewrite). */
export type BlamePattern =
  | 'failure'
  | 'passive'
  | 'possessive'
  | 'responsibility'
  | 'counterfactual'
  | 'exhortation'
  | 'character'
  | 'idiom'
  | 'sarcasm'
  | 'question'
  | 'softened'
  | 'human-error'
  | 'blame-word'
  | 'person-cause';

/** One sentence as the patterns read it. */
export interface SentenceView {
  tokens: readonly Token[];
  question: boolean;
  /** A question followed, on the same line, by a sentence that answers it. */
  answered: boolean;
  /** The question on the same line that this sentence answers ("Why did X fail? Because …"), or null. */
  asked: readonly Token[] | null;
  mentions: readonly Mention[];
  people: PeopleContext;
}

/** A pattern seen in a sentence: which, the person it faults (if it names one) and tokens `from`..`to` it spans. */
export interface SentenceFinding {
  pattern: BlamePattern;
  agent: Mention | null;
  from: number;
  to: number;
}
