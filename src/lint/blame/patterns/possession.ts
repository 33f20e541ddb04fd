/**
 * Fault assigned through ownership and responsibility: "Bram's faulty script", "the vendor team's failure to
 * call back", "her migration is what emptied the table", "a mistake on their part", "the outage is on Lucia",
 * "responsibility lies with Kofi", "put this down to Ines", "this one belongs to Piotr".
 */
import {
  BAD_ADJECTIVES, CHARACTER_WORDS, FAILURE_VERBS, FAULT_COMPOUNDS, FAULT_NOUNS, HARM_PARTICLES, HARM_VERBS,
} from '../blame-words.js';
import type { SentenceFinding, SentenceView } from '../finding.js';
import { BE_FORMS, isVerbish, PREPOSITIONS } from '../grammar.js';
import { DETERMINERS } from '../people-words.js';
import { particleOk } from '../particles.js';
import { isPerson, type Mention } from '../person.js';
import { NONE, type Token } from '../tokens.js';
import { isPastForm, verbForms } from '../verbs.js';

/** Harm that an owned thing did: "Lena's import is what corrupted the index", "her job emptied the table". */
const DID_HARM = new Set([...HARM_VERBS, ...FAILURE_VERBS]);
/** What "responsible for" must be about to assign blame (not "responsible for the billing service"). */
const HARM_NOUNS = new Set('outage outages incident incidents failure failures loss downtime breach mistake mistakes error errors deletion damage disruption this that it bug problem issue mess data-loss'.split(' '));
/** "on their part", "on Oksana's side", "on our end". */
const PART = new Set(['part', 'side', 'end']);
/** Nouns that make what they describe the culprit: "Omid's patch was the cause". */
const CULPRITS = new Set(['trigger', 'cause', 'culprit', 'reason', 'source', 'root']);
const LIES = new Set(['lie', 'lies', 'lay', 'lying', 'rest', 'rests', 'rested', 'sit', 'sits', 'sat', 'fall', 'falls', 'fell']);
const RESPONSIBILITY = new Set(['responsibility', 'blame', 'fault', 'accountability', 'culpability']);
const ATTRIBUTE = new Set([...verbForms('chalk'), ...verbForms('put'), ...verbForms('pin')]);
const TRACE = new Set([...verbForms('trace'), ...verbForms('come'), ...verbForms('go'), ...verbForms('lead'), ...verbForms('stem')]);

/** "that's", "it's", "this one's": a pronoun and "is" in one token. */
const CONTRACTED_IS = /^(?:that|it|this|one|which|what|there|here)['’]s$/;
/** What a person's "call" is: "it was his call", "the decision was hers". */
const CALLS = new Set(['call', 'decision', 'doing', 'idea', 'choice', 'order', 'orders']);
/** Words that say the act was a fault, for "it was his call" to blame. */
const FAULTED = new Set(['avoidable', 'preventable', 'unnecessary', 'needless', 'reckless', 'wrong', 'mistake', 'bad']);

/** The token after a possessive that carries the fault: a fault noun or a faulting adjective, or -1. */
function faultAfter(tokens: readonly Token[], from: number): number {
  for (let k = from; k < tokens.length && k < from + 4; k++) {
    const t = tokens[k] ?? NONE;
    if (!t.isWord) return -1;
    if (BAD_ADJECTIVES.has(t.word) || CHARACTER_WORDS.has(t.word)) return k;
    if (FAULT_NOUNS.has(t.word)) return FAULT_COMPOUNDS.has((tokens[k + 1] ?? NONE).word) ? -1 : k;
  }
  return -1;
}

/** "…'s import is what corrupted the index", "her job emptied the table": the possessed thing as the agent of harm. */
function harmAfter(tokens: readonly Token[], from: number): number {
  for (let k = from; k < tokens.length && k < from + 7; k++) {
    const t = tokens[k] ?? NONE;
    if (!t.isWord || PREPOSITIONS.has(t.word) || DETERMINERS.has(t.word)) return -1;
    if (k > from && DID_HARM.has(t.lower) && isPastForm(t.lower) && particleOk(tokens, k, HARM_PARTICLES)) return k;
    // "is what", "was what": the harm follows; "was the trigger", "is the root cause": the thing is the culprit.
    if (BE_FORMS.has(t.word) && (tokens[k + 1] ?? NONE).word === 'what') k++;
    else if (BE_FORMS.has(t.word) && CULPRITS.has((tokens[k + ((tokens[k + 1] ?? NONE).word === 'the' ? 2 : 1)] ?? NONE).word)) return k;
    else if (k > from && isVerbish(t)) return -1;
  }
  return -1;
}

/** True when the words after `k` name a harm (or nothing, as in "was responsible."). */
function aboutHarm(tokens: readonly Token[], k: number): boolean {
  for (let j = k; j < tokens.length && j < k + 6; j++) {
    const t = tokens[j] ?? NONE;
    if (!t.isWord) return j === k;
    if (HARM_NOUNS.has(t.word)) return true;
  }
  return false;
}

/** The person the words from `k` point at ("with Ngozi", "to the DBA team"), among the mentions. */
function mentionAt(mentions: readonly Mention[], k: number): Mention | undefined {
  return mentions.find((m) => m.from === k && m.kind !== 'nobody');
}

/** A possessive of a person followed by a fault, or by a harm the possessed thing did. */
export function possessiveFault(s: SentenceView): SentenceFinding | null {
  for (const m of s.mentions) {
    if (!m.possessive || m.kind === 'nobody') continue;
    const fault = faultAfter(s.tokens, m.to);
    const end = fault >= 0 ? fault : harmAfter(s.tokens, m.to);
    if (end >= 0 && isPerson(m, s.tokens, true)) return { pattern: 'possessive', agent: m, from: m.from, to: end + 1 };
  }
  // "a blunder by a contractor", "a reckless call by Ilse"
  for (const m of s.mentions) {
    const by = m.from - 1;
    if (m.kind === 'nobody' || (s.tokens[by] ?? NONE).word !== 'by') continue;
    for (let k = by - 1; k >= 0 && k >= by - 3; k--) {
      const w = (s.tokens[k] ?? NONE).word;
      if ((FAULT_NOUNS.has(w) || BAD_ADJECTIVES.has(w)) && isPerson(m, s.tokens, true)) return { pattern: 'possessive', agent: m, from: k, to: m.to };
      // "the bug was merged by X" is an act on a fault, not a fault of X's.
      if (isVerbish(s.tokens[k] ?? NONE)) break;
    }
  }
  // "a mistake on their part", "the error on Oksana's side"
  for (let k = 0; k < s.tokens.length; k++) {
    if (!FAULT_NOUNS.has((s.tokens[k] ?? NONE).word) || (s.tokens[k + 1] ?? NONE).word !== 'on') continue;
    const m = mentionAt(s.mentions, k + 2);
    if (m && m.possessive && PART.has((s.tokens[m.to] ?? NONE).word)) return { pattern: 'possessive', agent: m, from: k, to: m.to + 1 };
  }
  return null;
}

/** "X was responsible for the outage", "responsibility lies with X", "the outage is on X", "chalk it up to X", "belongs to X". */
function responsibility(s: SentenceView): SentenceFinding | null {
  const { tokens, mentions } = s;
  const found = (m: Mention | undefined, from: number): SentenceFinding | null => (m && isPerson(m, tokens) ? { pattern: 'responsibility', agent: m, from: Math.min(from, m.from), to: Math.max(m.to, from + 1) } : null);
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] ?? NONE;
    const w = t.word;
    const next = tokens[k + 1] ?? NONE;
    // "<person> was responsible for <harm>", "<person> is to blame", "<person> was at fault"
    if ((w === 'responsible' && next.word === 'for' && aboutHarm(tokens, k + 2)) || (w === 'to' && next.word === 'blame') || (w === 'at' && next.word === 'fault') || w === 'culpable') {
      const subject = mentions.find((m) => m.to <= k && m.to >= k - 4 && BE_FORMS.has((tokens[m.to] ?? NONE).word));
      const hit = found(subject, k);
      if (hit) return hit;
    }
    // "responsibility … lies with <person>", "the blame falls on <person>"
    if (RESPONSIBILITY.has(w)) {
      for (let j = k + 1; j < tokens.length && j < k + 8; j++) {
        if (LIES.has((tokens[j] ?? NONE).word) && ['with', 'on', 'squarely'].includes((tokens[j + 1] ?? NONE).word)) {
          const at = (tokens[j + 1] ?? NONE).word === 'squarely' ? j + 3 : j + 2;
          const hit = found(mentionAt(mentions, at), k);
          if (hit) return hit;
        }
      }
    }
    // "the outage is on <person>.", "this one is all on the DBA team"
    if ((BE_FORMS.has(w) || CONTRACTED_IS.test(t.lower)) && (next.word === 'on' || ((next.word === 'all' || next.word === 'squarely' || next.word === 'entirely') && tokens[k + 2]?.word === 'on'))) {
      const at = next.word === 'on' ? k + 2 : k + 3;
      const m = mentionAt(mentions, at);
      if (m && !(tokens[m.to] ?? NONE).isWord) {
        const hit = found(m, k);
        if (hit) return hit;
      }
    }
    // "the drop was avoidable, and it was his call": a faulted act made one person's decision.
    if (t.possessive && CALLS.has(next.word) && tokens.some((x) => FAULTED.has(x.word))) {
      const owner = mentions.find((c) => c.from === k && c.possessive && c.kind !== 'nobody');
      const hit = found(owner, k);
      if (hit) return { ...hit, to: k + 2 };
    }
    // "chalk this one up to <person>", "put it down to <person>", "pin it on <person>", "belongs to <person>", "courtesy of <person>"
    if (ATTRIBUTE.has(t.lower) || w === 'belongs' || w === 'belonged' || (w === 'courtesy' && next.word === 'of')) {
      for (let j = k + 1; j < tokens.length && j < k + 9; j++) {
        const hit = ['to', 'on', 'of'].includes((tokens[j] ?? NONE).word) ? found(mentionAt(mentions, j + 1), k) : null;
        if (hit) return hit;
      }
    }
    // "the faulty build came from Femi", "the damage goes back to Hyun-woo"
    if (TRACE.has(t.lower) && tokens.slice(0, k).some((p) => BAD_ADJECTIVES.has(p.word) || FAULT_NOUNS.has(p.word) || p.word === 'damage')) {
      for (let j = k + 1; j < tokens.length && j < k + 4; j++) {
        const hit = ['to', 'from'].includes((tokens[j] ?? NONE).word) ? found(mentionAt(mentions, j + 1), k) : null;
        if (hit) return hit;
      }
    }
  }
  return null;
}

/** Fault through a possessive, or responsibility assigned to a person. */
export function possessionOrResponsibility(s: SentenceView): SentenceFinding | null {
  return possessiveFault(s) ?? responsibility(s);
}
