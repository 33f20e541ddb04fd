/** A person, role or team as the subject of a failure: "Priya skipped the canary", "the DBA did not take a snapshot". */
import { isSubject } from '../clause.js';
import { failureAfter } from '../failure.js';
import type { SentenceFinding, SentenceView } from '../finding.js';
import { isAdverb } from '../grammar.js';
import { isPerson, type Mention } from '../person.js';
import { NONE } from '../tokens.js';

/** Nominative pronouns: subjects wherever they stand ("a build they had never run"). */
const NOMINATIVE = new Set(['he', 'she', 'they', 'i', 'someone', 'somebody', 'everyone', 'everybody', 'anyone', 'anybody']);
/** "forgot to", "neglected to", "omitted to" (and "failed to" where it is not a factual record of an attempt). */
const FORGOT = new Set(['forgot', 'forgets', 'forget', 'neglected', 'neglects', 'omitted', 'omits']);
const FAILED = new Set(['failed', 'fails']);

/** The people of the sentence that stand as the subject of what follows them. */
function subjects(s: SentenceView): Mention[] {
  return s.mentions.filter((m) => {
    const word = s.tokens[m.from]?.word ?? '';
    // "I forgot to …": an author owning their part is not blaming anyone.
    if (m.kind === 'nobody' || m.possessive || word.replace(/'.*$/, '') === 'i') return false;
    return isSubject(s.tokens, m) || (NOMINATIVE.has(word) && m.to - m.from === 1);
  });
}

/** The first person in the sentence whose clause presents them failing, or null. */
export function agentFailure(s: SentenceView): SentenceFinding | null {
  for (const m of subjects(s)) {
    const evidence = failureAfter(s.tokens, m, s.people);
    if (evidence && isPerson(m, s.tokens, evidence.strong)) return { pattern: 'failure', agent: m, from: m.from, to: evidence.at + evidence.length };
  }
  return null;
}

/** A person who "forgot to", "neglected to" (or, with `failed`, "failed to") do something: blame in any section. */
export function forgotTo(s: SentenceView, failed: boolean): SentenceFinding | null {
  for (const m of subjects(s)) {
    let k = m.to;
    while (isAdverb(s.tokens[k] ?? NONE) || s.tokens[k]?.word === 'had') k++;
    const verb = (s.tokens[k] ?? NONE).word;
    if ((FORGOT.has(verb) || (failed && FAILED.has(verb))) && s.tokens[k + 1]?.word === 'to' && isPerson(m, s.tokens, true)) return { pattern: 'failure', agent: m, from: m.from, to: k + 2 };
  }
  return null;
}
