/** A person, role or team as the subject of a failure: "Priya skipped the canary", "the DBA did not take a snapshot". */
import { isSubject } from '../clause.js';
import { failureAfter } from '../failure.js';
import type { SentenceFinding, SentenceView } from '../finding.js';
import { AUXILIARIES, isAdverb, isVerbish, PREPOSITIONS } from '../grammar.js';
import { DETERMINERS } from '../people-words.js';
import { isPerson, type Mention } from '../person.js';
import { NONE, type Token } from '../tokens.js';
import { isPastForm } from '../verbs.js';

/** Nominative pronouns: subjects wherever they stand ("a build they had never run"). */
const NOMINATIVE = new Set(['he', 'she', 'they', 'i', 'someone', 'somebody', 'everyone', 'everybody', 'anyone', 'anybody']);
/** "forgot to", "neglected to", "omitted to" (and "failed to" where it is not a factual record of an attempt). */
const FORGOT = new Set(['forgot', 'forgets', 'forget', 'neglected', 'neglects', 'omitted', 'omits']);
const FAILED = new Set(['failed', 'fails']);

/** Auxiliaries of experience: "responders who had never done one" tells what they had not met yet, not a failure. */
const PERFECT = new Set(['had', 'has', 'have']);

/**
 * True when a relative clause about the person follows them and tells an act: "… by a contractor who skipped the
 * review", "the DBA, who …" (not "… who had never done one", which is experience).
 */
function relativeClauseAfter(tokens: readonly Token[], m: Mention): boolean {
  const at = (tokens[m.to] ?? NONE).text === ',' ? m.to + 1 : m.to;
  if ((tokens[at] ?? NONE).word !== 'who') return false;
  return !(PERFECT.has((tokens[at + 1] ?? NONE).word) && (tokens[at + 2] ?? NONE).word === 'never');
}

/**
 * A name that opens a relative clause without "that": "a migration Yuki wrote and merged without review" (a noun
 * before it, a verb in the past after it).
 */
function reducedRelativeClause(tokens: readonly Token[], m: Mention): boolean {
  const before = tokens[m.from - 1] ?? NONE;
  const after = tokens[m.to] ?? NONE;
  if (m.kind !== 'name' || !before.isWord || before.capitalised || !after.isWord) return false;
  if (PREPOSITIONS.has(before.word) || AUXILIARIES.has(before.word) || DETERMINERS.has(before.word) || isVerbish(before)) return false;
  return isPastForm(after.lower);
}

/** The people of the sentence that stand as the subject of what follows them (their clause, or a relative clause about them). */
function subjects(s: SentenceView): Mention[] {
  return s.mentions.filter((m) => {
    const word = s.tokens[m.from]?.word ?? '';
    // "I forgot to …": an author owning their part is not blaming anyone.
    if (m.kind === 'nobody' || m.possessive || word.replace(/'.*$/, '') === 'i') return false;
    return isSubject(s.tokens, m) || (NOMINATIVE.has(word) && m.to - m.from === 1) || relativeClauseAfter(s.tokens, m) || reducedRelativeClause(s.tokens, m);
  });
}

/** The first person in the sentence whose clause presents them failing, or null. */
export function agentFailure(s: SentenceView): SentenceFinding | null {
  for (const m of subjects(s)) {
    const evidence = failureAfter(s.tokens, m, s.people);
    if (evidence && isPerson(m, s.tokens, evidence.strong)) return { pattern: 'failure', agent: m, from: m.from, to: evidence.at + evidence.length };
  }
  return noneOfGroup(s);
}

/** Words that single out "nobody" of a group: "nobody on", "no one from", "none of", "not one of". */
const NONE_OF = new Set(['on', 'in', 'from', 'at', 'of']);
/** States, not acts: "nobody on the team knew …", "none of the DBAs owned …" tell a gap of knowledge or ownership. */
const STATES = new Set(['knew', 'owned', 'seemed', 'felt', 'understood', 'realised', 'realized', 'thought', 'believed']);
/** What explains the act left undone ("… because the alert went to a dead channel"), or says it came later ("until …"). */
const EXPLAINED = new Set(['because', 'since', 'as', 'due', 'until', 'till']);

/** True when the tokens before `at` say "nobody", "no one", "none" or "not one". */
function nobodyBefore(tokens: readonly Token[], at: number): boolean {
  const w = (tokens[at - 1] ?? NONE).word;
  const before = (tokens[at - 2] ?? NONE).word;
  return w === 'nobody' || w === 'none' || (w === 'one' && (before === 'no' || before === 'not'));
}

/**
 * A role or team singled out for an act nobody of them did: "Nobody on the infra team checked the forecast", "None of
 * the DBAs looked at the slow-query log" (not a state, "no one in support knew …", nor an act a cause explains).
 */
function noneOfGroup(s: SentenceView): SentenceFinding | null {
  const { tokens } = s;
  for (const m of s.mentions) {
    if ((m.kind !== 'role' && m.kind !== 'team') || !NONE_OF.has((tokens[m.from - 1] ?? NONE).word) || !nobodyBefore(tokens, m.from - 1)) continue;
    let v = m.to;
    while (isAdverb(tokens[v] ?? NONE)) v++;
    const verb = tokens[v] ?? NONE;
    if (!verb.isWord || AUXILIARIES.has(verb.word) || STATES.has(verb.word) || !isPastForm(verb.lower)) continue;
    if (tokens.slice(v + 1).some((t) => EXPLAINED.has(t.word))) continue;
    const opener = tokens.findIndex((t) => t.isWord);
    return { pattern: 'failure', agent: m, from: Math.min(opener, m.from), to: v + 1 };
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
