/**
 * A harmful act in the passive with a person as its agent: "the pager was muted by Bea", "the staging gate was
 * bypassed by the duty manager to hit the deadline". "Applied by Ivo at 09:20" and "removed by a bulk import"
 * are not blame: the act is neutral, or its agent is a system.
 */
import {
  BAD_DETAILS, BAD_PHRASES, DUE_CARE, FAILURE_VERBS, HARM_VERBS, HARMFUL_PARTICLES, HARMFUL_VERBS,
} from '../blame-words.js';
import type { SentenceFinding, SentenceView } from '../finding.js';
import { clauseEnd } from '../clause.js';
import { harmIn, MID_ACT, ours, skippedStepAt } from '../failure.js';
import { BE_FORMS, isAdverb, isClockTime, NEGATIONS } from '../grammar.js';
import { particleOk } from '../particles.js';
import { isPerson, type Mention } from '../person.js';
import { findPhrase, phraseIndex } from '../phrases.js';
import { NONE, type Token } from '../tokens.js';
import { isPastForm, verbForms } from '../verbs.js';

const BAD_PHRASE_INDEX = phraseIndex(BAD_PHRASES);
/** What harm is called when it is the subject of a passive ("the outage was caused by …"). */
const HARM_NOUNS = new Set('outage outages incident incidents failure failures downtime disruption degradation breach loss damage errors impact delay delays'.split(' '));
/** Secrets: committing or pasting them is the harm. */
const SECRETS = new Set('secret secrets credential credentials password passwords key keys token tokens pii api-key'.split(' '));
const SHARING = new Set(['commit', 'paste', 'post', 'share', 'upload', 'log', 'print', 'push', 'email', 'send', 'check'].flatMap(verbForms));
/** "allowed to expire": lapses a person let happen. */
const LAPSES = /^(?:expire|lapse|fill|grow|run|slip|rot|drift|fail|break|sit|pile|go)$/;

/** The participle of the passive that ends just before "by" at `by`, or -1: "was deleted by", "was held up by". */
function participleBefore(tokens: readonly Token[], by: number): number {
  for (let k = by - 1; k >= 0 && by - k <= 6; k--) {
    const t = tokens[k] ?? NONE;
    if (!t.isWord) return -1;
    if (!isPastForm(t.lower) || isAdverb(t)) continue;
    // "were silenced by", "had been removed by", or reduced: "the rule deleted by the admin".
    const before = tokens[k - 1] ?? NONE;
    const beforeThat = tokens[k - 2] ?? NONE;
    if (BE_FORMS.has(before.word) || (isAdverb(before) && BE_FORMS.has(beforeThat.word)) || k === by - 1) return k;
  }
  return -1;
}

/** True when the participle at `p` or its sentence makes the act harmful. */
function harmful(tokens: readonly Token[], p: number, agentEnd: number): boolean {
  const t = tokens[p] ?? NONE;
  if (FAILURE_VERBS.has(t.lower)) return true;
  // "the outage was caused by …", "the incident was made worse by …": harm itself given an agent.
  const harmSubject = tokens.slice(0, p).some((w) => HARM_NOUNS.has(w.word));
  if (harmSubject && (HARM_VERBS.has(t.lower) || (t.word === 'made' && (tokens[p + 1] ?? NONE).word === 'worse'))) return true;
  if (HARMFUL_VERBS.has(t.lower) && particleOk(tokens, p, HARMFUL_PARTICLES)) return true;
  if (t.word === 'allowed' && (tokens[p + 1] ?? NONE).word === 'to' && LAPSES.test((tokens[p + 2] ?? NONE).word)) return true;
  if (SHARING.has(t.lower) && tokens.slice(0, p).some((w) => SECRETS.has(w.word))) return true;
  // The details of the act run to the end of the clause after its agent: "rebuilt by X during peak traffic".
  const { end } = clauseEnd(tokens, Math.max(p, agentEnd));
  const clause = tokens.slice(0, end);
  if (clause.some((w) => DUE_CARE.has(w.word)) || clause.some((w, i) => isClockTime(w, clause[i + 1]))) return false;
  return (
    clause.some((w, i) => ((BAD_DETAILS.has(w.word) || MID_ACT.test(w.word)) && !ours(clause, i)) || w.word === 'early') ||
    findPhrase(clause, BAD_PHRASE_INDEX) !== null ||
    clause.some((w, i) => (w.word === 'never' && (clause[i + 1] ?? NONE).lower.startsWith('re')) || skippedStepAt(clause, i) !== null)
  );
}

/** After the agent: a harm the act led to ("…, so nobody received them", "and the queue was lost"), or a neglect ("and then forgotten"). */
function ledToHarm(tokens: readonly Token[], after: number): boolean {
  const { next, nextFrom } = clauseEnd(tokens, after);
  if (next === 'consequence' && harmIn(tokens, nextFrom) !== null) return true;
  for (let k = after; k < tokens.length; k++) {
    if ((tokens[k] ?? NONE).word !== 'and') continue;
    let j = k + 1;
    while ((tokens[j] ?? NONE).word === 'then' || isAdverb(tokens[j] ?? NONE)) j++;
    const verb = tokens[j] ?? NONE;
    if (FAILURE_VERBS.has(verb.lower) && isPastForm(verb.lower)) return true;
    // "…, and it never should have been": hindsight about the act itself.
    if (tokens.slice(j, j + 5).some((w) => w.word === 'never') && tokens.slice(j, j + 6).some((w) => w.word === 'should')) return true;
  }
  return false;
}

/** Words that pick some of a group: "by one of the DBAs", "by two of the contractors". */
const PARTITIVES = new Set(['one', 'some', 'two', 'three', 'several', 'each', 'any', 'all', 'either', 'both', 'someone', 'somebody', 'none']);

const INDEFINITE = new Set(['a', 'an', 'any']);

/** Where the "by" before an agent stands ("by the DBA", "by one of the DBAs"), or -1. */
function byBefore(tokens: readonly Token[], m: Mention): number {
  const w = (k: number) => (tokens[k] ?? NONE).word;
  if (w(m.from - 1) === 'by') return m.from - 1;
  return w(m.from - 1) === 'of' && PARTITIVES.has(w(m.from - 2)) && w(m.from - 3) === 'by' ? m.from - 3 : -1;
}

/** The first "… by <person>" passive of a harmful act, or of an act left undone ("was never tested by QA"), or null. */
export function passiveWithAgent(s: SentenceView): SentenceFinding | null {
  for (const m of s.mentions) {
    const by = byBefore(s.tokens, m);
    if (m.kind === 'nobody' || by < 0) continue;
    const p = participleBefore(s.tokens, by);
    if (p < 0) continue;
    // "was never tested by the QA team": someone named for what they did not do ("not reviewed by anyone" names a
    // missing step; "not affected by the DBA's change" is no act of theirs).
    // Nor does "a second engineer" single anyone out, and a cause after it explains it ("…, because the tool does not ask").
    const undone =
      NEGATIONS.has((s.tokens[p - 1] ?? NONE).word) && !m.possessive && m.kind !== 'someone' && !INDEFINITE.has((s.tokens[m.from] ?? NONE).word) && clauseEnd(s.tokens, m.to).next !== 'cause';
    if ((undone || harmful(s.tokens, p, m.to) || ledToHarm(s.tokens, m.to)) && isPerson(m, s.tokens)) return { pattern: 'passive', agent: m, from: p, to: m.to };
  }
  return null;
}
