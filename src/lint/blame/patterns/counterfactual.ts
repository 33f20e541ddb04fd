/**
 * Hindsight aimed at people, and exhortations: "X should have checked", "had X read the alert", "if the
 * approver had opened the diff", "anybody awake would have…", "a seasoned admin would have…", "X was supposed to
 * check", "X needs to slow down", "ops must start owning their alerts". "The job should have finished by 06:00" and
 * "a timeout should not be able to wedge the worker" are about systems and pass.
 */
import type { SentenceFinding, SentenceView } from '../finding.js';
import { isSubject } from '../clause.js';
import { BE_FORMS, isAdverb, MODALS, NEGATIONS } from '../grammar.js';
import { isPerson, type Mention } from '../person.js';
import { NONE, type Token } from '../tokens.js';
import { isPastForm } from '../verbs.js';

/** "have" after a modal: "should have", "could not have", "ought to have". */
function perfectAfter(tokens: readonly Token[], k: number): number {
  for (let j = k + 1; j < tokens.length && j <= k + 4; j++) {
    const w = (tokens[j] ?? NONE).word;
    if (w === 'have' || w === "'ve") return j;
    if (!(NEGATIONS.has(w) || w === 'to' || isAdverb(tokens[j] ?? NONE))) return -1;
  }
  return -1;
}

/** The person just before token `k` (adverbs between allowed), as its subject; never "I" (an author owning their part). */
function subjectBefore(s: SentenceView, k: number): Mention | undefined {
  let j = k - 1;
  while (j >= 0 && isAdverb(s.tokens[j] ?? NONE)) j--;
  return s.mentions.find((m) => m.to === j + 1 && !m.possessive && m.kind !== 'nobody' && s.tokens[m.from]?.word !== 'i' && (isSubject(s.tokens, m) || m.kind === 'pronoun'));
}

/** The participle after "have" at `h` ("should have checked", "could have been more careful"), or -1. */
function participleAfter(tokens: readonly Token[], h: number): number {
  let k = h + 1;
  while (isAdverb(tokens[k] ?? NONE) || (tokens[k] ?? NONE).word === 'been') k++;
  const t = tokens[k] ?? NONE;
  return t.isWord && (isPastForm(t.lower) || (tokens[k - 1] ?? NONE).word === 'been') ? k : -1;
}

/** "so they could have tested", "so that the team could have …": what a change would have enabled, not hindsight. */
function purposeBefore(tokens: readonly Token[], m: Mention): boolean {
  const before = (tokens[m.from - 1] ?? NONE).word;
  return before === 'so' || (before === 'that' && (tokens[m.from - 2] ?? NONE).word === 'so');
}

/** Behaviour a person is told to change: "stop …ing", "slow down", "pay attention", "take X seriously". */
function exhortedAt(tokens: readonly Token[], j: number): boolean {
  const w = (tokens[j] ?? NONE).word;
  const next = (tokens[j + 1] ?? NONE).word;
  const rest = tokens.slice(j + 1, j + 6).map((t) => t.word);
  if (w === 'stop' || w === 'start') return next.endsWith('ing');
  if (w === 'be') return /^(?:more|careful|aware|accountable|responsible|disciplined|vigilant|attentive|less)$/.test(next);
  if (w === 'take') return rest.some((r) => r === 'seriously' || r === 'ownership' || r === 'responsibility' || r === 'care');
  if (w === 'get' || w === 'try' || w === 'do') return rest.includes('better') || rest.includes('harder');
  if (w === 'slow' || w === 'step' || w === 'grow' || w === 'shape' || w === 'wake' || w === 'own') return next === 'up' || next === 'down' || w === 'own';
  return /^(?:pay|learn|remember|think|care|listen|focus|double-check)$/.test(w);
}

/** Modal obligations: "needs to", "has to", "must", "should", "ought to", "had better". */
function obligationEnd(tokens: readonly Token[], k: number): number {
  const w = (tokens[k] ?? NONE).word;
  const next = (tokens[k + 1] ?? NONE).word;
  if ((w === 'needs' || w === 'need' || w === 'has' || w === 'have' || w === 'ought' || w === 'got') && next === 'to') return k + 2;
  if (w === 'must' || w === 'should') return k + 1;
  if (w === 'had' && next === 'better') return k + 2;
  return -1;
}

/** Hindsight about a person: a modal perfect with a person as subject, a conditional "had X …", a generic better person. */
export function hindsight(s: SentenceView): SentenceFinding | null {
  const { tokens } = s;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] ?? NONE;
    const w = t.word;
    // "X should have …", "X could simply have …", "X ought to have …", "X should've …"
    const have = w.endsWith("'ve") ? k : MODALS.has(w) ? perfectAfter(tokens, k) : -1;
    const done = have >= 0 ? participleAfter(tokens, have) : -1;
    if (done >= 0) {
      const m = subjectBefore(s, k);
      if (m && !purposeBefore(tokens, m) && isPerson(m, tokens, true)) return { pattern: 'counterfactual', agent: m, from: m.from, to: done + 1 };
      // "anybody awake would have …", "a seasoned admin would have …"
      const generic = s.mentions.find((g) => (g.kind === 'someone' || ((g.kind === 'role' || g.kind === 'team') && ['a', 'an', 'any'].includes(tokens[g.from]?.word ?? ''))) && g.to <= k && k - g.to <= 5);
      if (generic && w.startsWith('would')) return { pattern: 'counterfactual', agent: generic, from: generic.from, to: done + 1 };
    }
    // "X was supposed to check", "the reviewer was meant to read it": a duty named in hindsight.
    if (BE_FORMS.has(w) && (tokens[k + 1]?.word === 'supposed' || tokens[k + 1]?.word === 'meant') && tokens[k + 2]?.word === 'to') {
      const m = subjectBefore(s, k);
      if (m && isPerson(m, tokens, true)) return { pattern: 'counterfactual', agent: m, from: m.from, to: k + 3 };
    }
    // "Had Yara read the alert, …", "if the approver had really opened …", "if only X had …"
    const inverted = w === 'had' && t.capitalised && k === s.tokens.findIndex((x) => x.isWord);
    const conditional = inverted ? k + 1 : w === 'if' ? ((tokens[k + 1] ?? NONE).word === 'only' ? k + 2 : k + 1) : -1;
    if (conditional < 0) continue;
    const m = s.mentions.find((c) => c.from === conditional && c.kind !== 'nobody' && !c.possessive);
    if (!m || !isPerson(m, tokens, true)) continue;
    const after = (tokens[m.to] ?? NONE).word;
    const verb = inverted ? m.to : after === 'had' || after === "hadn't" || after === 'would' ? participleAfter(tokens, m.to) : -1;
    let v = verb;
    while (isAdverb(tokens[v] ?? NONE) || NEGATIONS.has((tokens[v] ?? NONE).word)) v++;
    if (verb >= 0 && isPastForm((tokens[v] ?? NONE).lower)) return { pattern: 'counterfactual', agent: m, from: k, to: v + 1 };
  }
  return null;
}

/** An exhortation of a person's behaviour: "X needs to slow down", "ops must start owning their alerts". */
function exhortation(s: SentenceView): SentenceFinding | null {
  const { tokens } = s;
  for (let k = 0; k < tokens.length; k++) {
    let j = obligationEnd(tokens, k);
    if (j < 0) continue;
    while (isAdverb(tokens[j] ?? NONE)) j++;
    if (!exhortedAt(tokens, j)) continue;
    let before = k - 1;
    while (before >= 0 && isAdverb(tokens[before] ?? NONE)) before--;
    const m = s.mentions.find((c) => c.to === before + 1 && c.kind !== 'nobody' && !c.possessive);
    if (m && isPerson(m, tokens, true)) return { pattern: 'exhortation', agent: m, from: m.from, to: j + 1 };
  }
  return null;
}

/** Hindsight or an exhortation aimed at a person. */
export function counterfactual(s: SentenceView): SentenceFinding | null {
  return hindsight(s) ?? exhortation(s);
}
