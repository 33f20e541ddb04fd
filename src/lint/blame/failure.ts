/**
 * Whether the clause after a person presents them as failing: a failure verb ("skipped", "ignored", "failed to"),
 * a neglected duty ("did not read", "never put"), a harmful act ("silenced", "deleted") that nothing presents as a
 * repair, or an ordinary act made faulty by its details ("the wrong image", "without asking", "instead of",
 * "…, which made the outage longer"). Acts stamped with a clock time, done "as planned" or explained by a system
 * ("because the pipeline …") are narrated, not faulted, unless a failure verb says otherwise.
 */
import {
  BAD_DETAILS, BAD_PHRASES, DUE_CARE, FAILURE_PARTICLES, FAILURE_VERBS, HARM_PARTICLES, HARM_VERBS, HARMFUL_PARTICLES,
  HARMFUL_VERBS, NEGATION_EXEMPT, NEUTRAL_VERBS, NOT_FAILURE_AFTER, REMEDY, SKIPPED_STEP_FILLERS, SKIPPED_STEPS,
} from './blame-words.js';
import { clauseEnd } from './clause.js';
import { AUXILIARIES, BE_FORMS, isAdverb, isClockTime, isVerbish, NEGATIONS } from './grammar.js';
import { DETERMINERS } from './people-words.js';
import { pairedWordFollows, particleOk } from './particles.js';
import { type Mention, mentionsIn, type PeopleContext } from './person.js';
import { phraseAt, phraseIndex } from './phrases.js';
import { NONE, type Token } from './tokens.js';
import { verbForms } from './verbs.js';

/** "mid-batch", "mid-deploy": an act that interrupts another. */
export const MID_ACT = /^mid-[a-z]/;

/** What was seen: tokens `at`..`at + length`, and how strong it is. */
export interface Evidence {
  at: number;
  length: number;
  /** A failure verb or a neglected duty stands on its own; a detail or a harmful act only where nothing excuses it. */
  strong: boolean;
}

const BAD_PHRASE_INDEX = phraseIndex(BAD_PHRASES);
const FAIL_TO = new Set([...verbForms('fail'), ...verbForms('refuse'), ...verbForms('forget'), ...verbForms('neglect'), ...verbForms('omit')]);
const LET = new Set(verbForms('let'));
const RUSH = new Set(verbForms('rush'));
const ALLOW = new Set(verbForms('allow'));
/** Acts of running or entering something: faulted when what they ran destroys ("ran the purge script against the live host"). */
const OPERATE = new Set(['type', 'enter', 'run', 'paste', 'pass', 'point', 'target', 'execute', 'apply', 'invoke', 'feed', 'aim', 'fire'].flatMap(verbForms));
/** Words of destruction in what a person ran or entered. */
const DESTRUCTIVE = new Set('wipe delete drop purge destroy rm truncate format decommission teardown erase nuke kill reset destructive'.split(' '));
/** Acts of removal: "stale" and "outdated" are what they clean up, not a fault. */
const REMOVAL = new Set(['delete', 'remove', 'drop', 'purge', 'clean', 'prune', 'retire', 'decommission', 'replace', 'update', 'refresh', 'rotate', 'expire', 'archive'].flatMap(verbForms));
const CLEANED_UP = new Set(['stale', 'outdated', 'obsolete', 'unused', 'old']);
/** Secrets, and the places where putting them exposes them ("pasted the token into chat"). */
const SECRETS = new Set('secret secrets credential credentials password passwords token tokens key keys api-key pii database databases dump dumps export exports'.split(' '));
const EXPOSED = new Set('public plaintext chat slack channel repo repository gist forum pastebin ticket tickets log logs email wiki screenshot laptop laptops personal usb home dropbox'.split(' '));

/** True when the detail at `j` belongs to us ("our outdated guide"): a gap of the organisation, not a person's fault. */
export function ours(tokens: readonly Token[], j: number): boolean {
  return [1, 2, 3].some((d) => (tokens[j - d] ?? NONE).word === 'our');
}

/** True when the verb at `j` is a passive or a state ("was paged", "were given access"). */
function passiveAt(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j] ?? NONE;
  let k = j + 1;
  while (isAdverb(tokens[k] ?? NONE)) k++;
  const after = tokens[k] ?? NONE;
  return BE_FORMS.has(t.word) && after.isWord && (after.lower.endsWith('ed') || after.lower.endsWith('en')) && !NEGATIONS.has(after.word);
}

/** Words that a negation may precede without negating an act ("not enough", "never once"). */
const NOT_ACTS = new Set('enough sure aware available possible clear yet always all every any anyone anything one much many more less quite only just in on at to for as a an the'.split(' '));

/** False when the word after a verb undoes its sense ("broke the problem down" is not a failure). */
function notUndone(tokens: readonly Token[], j: number): boolean {
  // "rushed to the bridge" is haste to help; "rushed the launch to hit a date" is not.
  if (RUSH.has((tokens[j] ?? NONE).lower) && (tokens[j + 1] ?? NONE).word === 'to') return false;
  return !pairedWordFollows(tokens, j, NOT_FAILURE_AFTER);
}

/** True when token `j` is used as a verb, not as an adjective of a noun ("the ignored alert", "a skipped step"). */
function usedAsVerb(tokens: readonly Token[], j: number): boolean {
  const previous = tokens[j - 1] ?? NONE;
  return !(DETERMINERS.has(previous.word) || previous.possessive || previous.word === 'of');
}

/** The verb after a negation at `j` (skipping adverbs, "to", "have"), or -1. */
function negatedVerb(tokens: readonly Token[], j: number, end: number): number {
  for (let k = j + 1; k < end && k <= j + 4; k++) {
    const t = tokens[k] ?? NONE;
    if (!t.isWord) return -1;
    if (isAdverb(t) || t.word === 'to' || t.word === 'have' || t.word === 'even' || t.word === 'once') continue;
    return k;
  }
  return -1;
}

/** Words of inability: "could not deploy" says what the person was prevented from doing, not what they neglected. */
const UNABLE = new Set(['could', 'can', "couldn't", 'cannot', "can't", 'unable', 'able', 'allowed', 'permitted']);

/** A neglected duty at `j`: "did not read", "never put", "does not look", "wasn't watching"; not "was not paged", "did not have". */
function neglectAt(tokens: readonly Token[], j: number, end: number): Evidence | null {
  const t = tokens[j] ?? NONE;
  if (!NEGATIONS.has(t.word) || t.word === 'no' || (tokens[j + 1] ?? NONE).word === 'only' || UNABLE.has(t.word) || UNABLE.has((tokens[j - 1] ?? NONE).word)) return null;
  const v = negatedVerb(tokens, j, end);
  if (v < 0) return null;
  const verb = tokens[v] ?? NONE;
  if (NEGATION_EXEMPT.has(verb.lower) || NOT_ACTS.has(verb.word) || !/^[a-z'-]+$/.test(verb.lower)) return null;
  // "was not paged": the person underwent the act; "wasn't watching" is their own.
  const be = BE_FORMS.has(t.word) || BE_FORMS.has((tokens[j - 1] ?? NONE).word);
  if (be && !verb.lower.endsWith('ing')) return null;
  return { at: j, length: v - j + 1, strong: true };
}

/** "without asking", "without any review": a step the person skipped. */
export function skippedStepAt(tokens: readonly Token[], at: number): Evidence | null {
  // "without a fix", or "with no release notes"
  const opener = (tokens[at] ?? NONE).word;
  const withNo = opener === 'with' && ((tokens[at + 1] ?? NONE).word === 'no' || (tokens[at + 1] ?? NONE).word === 'zero');
  if (opener !== 'without' && !withNo) return null;
  const j = withNo ? at + 1 : at;
  // "could not deploy without sign-off" states a rule the person was held to.
  if (tokens.slice(Math.max(0, j - 4), j).some((t, i, before) => UNABLE.has(t.word) && (NEGATIONS.has(t.word) || NEGATIONS.has((before[i + 1] ?? NONE).word)))) return null;
  // One modifier may stand before the step: "without any load test", "without so much as a runbook".
  let modifiers = 0;
  for (let k = j + 1; k <= j + 6; k++) {
    const t = tokens[k] ?? NONE;
    if (!t.isWord) return null;
    if (SKIPPED_STEPS.has(t.word) && !SKIPPED_STEP_FILLERS.has(t.word)) return { at, length: k - at + 1, strong: false };
    if (SKIPPED_STEP_FILLERS.has(t.word) || STEP_LEADS.has(t.word)) continue;
    if (++modifiers > 1) return null;
  }
  return null;
}

/** Words that lead up to a skipped step without being one: "without so much as", "without even". */
const STEP_LEADS = new Set(['any', 'of', 'so', 'much', 'as', 'even', 'ever', 'once']);

/** "too slow to", "too wrapped up in", "too busy to": a judgement of the person's effort. */
function tooAt(tokens: readonly Token[], j: number): Evidence | null {
  if ((tokens[j] ?? NONE).word !== 'too') return null;
  for (let k = j + 2; k <= j + 3; k++) {
    const w = (tokens[k] ?? NONE).word;
    if (w === 'to' || w === 'in') return { at: j, length: k - j, strong: true };
  }
  return null;
}

/** What a person lets happen when they are at fault: "let the queue grow", "let the pager ring for an hour". */
const LET_HAPPEN = /^(?:grow|pile|sit|rot|drift|expire|lapse|fill|push|merge|deploy|ship|run|go|stay|slip|continue|happen|through|slide|linger|fester|build|escalate|spread|fail|break|ring|fire|page|spin|loop|retry|burn|leak|overflow|hang|stall|queue|wait|decay|age|degrade|crash|spiral|climb|rise|balloon|snowball|accumulate|bleed|flap|churn|drain|die|lag|starve|pass|lapse|slide)$/;
/** What one allows a colleague to do without fault: "allowed the team to decide", "allowed us to test". */
const ALLOWED_FREELY = /^(?:know|decide|choose|pick|see|review|try|test|learn|help|lead|own|take|handle|focus|work|use|join|attend|rest|sleep|recover|finish|complete|verify|confirm|check|ask|speak|comment|approve|be)$/;

/** "let the queue grow", "allowed the certificate to expire": a person letting harm happen. */
function lettingAt(tokens: readonly Token[], j: number, end: number): Evidence | null {
  const t = tokens[j] ?? NONE;
  const letting = LET.has(t.lower);
  if (!letting && !ALLOW.has(t.lower)) return null;
  for (let k = j + 2; k < end && k <= j + 6; k++) {
    const w = tokens[k] ?? NONE;
    if (w.word === 'know' || w.word === 'us' || !w.isWord) return null;
    if (letting && LET_HAPPEN.test(w.word)) return { at: j, length: k - j + 1, strong: true };
    // "allowed the certificate to expire": any act but the ordinary freedoms of a colleague.
    const verb = (tokens[k + 1] ?? NONE).word;
    if (!letting && w.word === 'to') return /^[a-z]+$/.test(verb) && !ALLOWED_FREELY.test(verb) ? { at: j, length: k - j + 2, strong: true } : null;
  }
  return null;
}

/** True for a verb of repair used as one ("which stopped the errors", "to contain the damage"), not a noun ("pushed fixes"). */
function repairs(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j] ?? NONE;
  return REMEDY.has(t.lower) && (t.lower.endsWith('ed') || t.lower.endsWith('ing') || (tokens[j - 1] ?? NONE).word === 'to');
}

/** A harm that the next clause says the act led to ("…, which made the outage longer", "and it filled the disks", "so nobody got the page"). */
export function harmIn(tokens: readonly Token[], from: number): Evidence | null {
  const { end } = clauseEnd(tokens, from);
  const opener = tokens[from] ?? NONE;
  if (opener.word === 'nobody' || (opener.word === 'no' && (tokens[from + 1] ?? NONE).word === 'one')) return { at: from, length: 1, strong: false };
  for (let k = from; k < end; k++) {
    const t = tokens[k] ?? NONE;
    if (repairs(tokens, k)) return null;
    if (t.word === 'worse' || (HARM_VERBS.has(t.lower) && particleOk(tokens, k, HARM_PARTICLES))) return { at: k, length: 1, strong: false };
  }
  return null;
}

/** True when a clause explains the act by a system: "because the tooling never asks …" (no person as its subject). */
function systemCause(tokens: readonly Token[], from: number, ctx: PeopleContext): boolean {
  const { end } = clauseEnd(tokens, from);
  const clause = tokens.slice(from, end);
  return clause.length > 0 && mentionsIn(clause, ctx).every((m) => m.kind === 'nobody');
}

/** A neglect later in the sentence with the same subject: "muted the alert because it was noisy and never switched it back on". */
function coordinatedNeglect(tokens: readonly Token[], from: number, ctx: PeopleContext): Evidence | null {
  for (let j = from; j < tokens.length; j++) {
    const w = (tokens[j] ?? NONE).word;
    if (w !== 'and' && w !== 'but') continue;
    const start = (tokens[j + 1] ?? NONE).word === 'then' ? j + 2 : j + 1;
    const neglect = neglectAt(tokens, start, tokens.length);
    if (neglect === null) continue;
    // Another person between the subject and the neglect makes it theirs.
    return mentionsIn(tokens.slice(from, j), ctx).every((m) => m.kind === 'nobody') ? neglect : null;
  }
  return null;
}

/** The strongest sign, in the clause after `m`, that the person failed; null when the clause only narrates. */
export function failureAfter(tokens: readonly Token[], m: Mention, ctx: PeopleContext): Evidence | null {
  let from = m.to;
  // An aside after the subject: "Dana, who had just joined the rotation, …" — judged with the clause.
  const { end, next, nextFrom } = clauseEnd(tokens, from);
  // After an inverted auxiliary ("could the reviewer approve …") the verb is a bare base form.
  let firstVerb = AUXILIARIES.has((tokens[m.from - 1] ?? NONE).word) && (tokens[from] ?? NONE).isWord ? from : -1;
  for (let k = from; firstVerb < 0 && k < end && k < from + 6; k++) {
    const t = tokens[k] ?? NONE;
    if (isVerbish(t, FAILURE_VERBS) || HARMFUL_VERBS.has(t.lower) || NEUTRAL_VERBS.has(t.lower)) {
      firstVerb = k;
      break;
    }
  }
  if (firstVerb < 0) return null;
  from = firstVerb;
  // The main verb: "had asked" is an act of asking.
  let mainAt = firstVerb;
  while ((AUXILIARIES.has((tokens[mainAt] ?? NONE).word) || NEGATIONS.has((tokens[mainAt] ?? NONE).word) || isAdverb(tokens[mainAt] ?? NONE)) && mainAt + 1 < end && (tokens[mainAt + 1] ?? NONE).isWord) mainAt++;
  const main = tokens[mainAt] ?? NONE;
  // "was paged", "were notified": the person underwent the act — until "and" starts an act of their own.
  let undergoing = passiveAt(tokens, firstVerb);
  const removing = REMOVAL.has(main.lower);
  let strong: Evidence | null = null;
  let weak: Evidence | null = null;
  let skipped: Evidence | null = null;
  let excused = next === 'consequence' && tokens.slice(nextFrom, clauseEnd(tokens, nextFrom).end).some((_, k) => repairs(tokens, nextFrom + k));
  // "accidentally deployed", "blindly ran": an adverb of fault before the verb.
  for (let j = m.to; j < firstVerb; j++) if (BAD_DETAILS.has((tokens[j] ?? NONE).word) && isAdverb(tokens[j] ?? NONE)) weak ??= { at: j, length: firstVerb - j + 1, strong: false };
  for (let j = from; j < end; j++) {
    const t = tokens[j] ?? NONE;
    if (!t.isWord) continue;
    if (t.word === 'and') {
      // "was given access and promptly deleted …": an act of their own after the one they underwent.
      let v = j + 1;
      while (isAdverb(tokens[v] ?? NONE)) v++;
      if (isVerbish(tokens[v] ?? NONE) && !passiveAt(tokens, v)) undergoing = false;
    }
    if (DUE_CARE.has(t.word) || isClockTime(t, tokens[j + 1]) || repairs(tokens, j)) excused = true;
    if (FAIL_TO.has(t.lower) && (tokens[j + 1] ?? NONE).word === 'to') strong ??= { at: j, length: 2, strong: true };
    if (FAILURE_VERBS.has(t.lower) && usedAsVerb(tokens, j) && notUndone(tokens, j) && particleOk(tokens, j, FAILURE_PARTICLES)) {
      strong ??= { at: j, length: 1, strong: true };
    }
    strong ??= neglectAt(tokens, j, end) ?? tooAt(tokens, j) ?? lettingAt(tokens, j, end);
    if (undergoing) continue;
    const acts = usedAsVerb(tokens, j) && notUndone(tokens, j);
    if (acts && HARMFUL_VERBS.has(t.lower) && particleOk(tokens, j, HARMFUL_PARTICLES)) weak ??= { at: j, length: 1, strong: false };
    if (acts && HARM_PARTICLES.has(t.lower) && pairedWordFollows(tokens, j, HARM_PARTICLES)) weak ??= { at: j, length: 1, strong: false };
    const phrase = phraseAt(tokens, j, BAD_PHRASE_INDEX);
    if (phrase > 0) weak ??= { at: j, length: phrase, strong: false };
    // "copied rules from an outdated page" is at fault; "deleted the stale record" is a clean-up.
    const detail = (BAD_DETAILS.has(t.word) || MID_ACT.test(t.word)) && !(t.word === 'wrong' && BE_FORMS.has((tokens[j - 1] ?? NONE).word)) && !(removing && CLEANED_UP.has(t.word)) && !ours(tokens, j);
    if (detail) weak ??= { at: j, length: 1, strong: false };
    skipped ??= skippedStepAt(tokens, j);
    if (j > firstVerb && ((OPERATE.has(main.lower) && DESTRUCTIVE.has(t.word)) || (SECRETS.has(t.word) && tokens.slice(j + 1, end).some((w) => EXPOSED.has(w.word))))) weak ??= { at: j, length: 1, strong: false };
  }
  strong ??= coordinatedNeglect(tokens, end, ctx);
  if (strong) return strong;
  if (excused) return null;
  // "raised the limit without any soak test": a skipped step faults even an ordinary act.
  if (NEUTRAL_VERBS.has(main.lower)) return skipped;
  weak ??= skipped;
  if (next === 'consequence') weak ??= harmIn(tokens, nextFrom);
  if (weak && next === 'cause' && systemCause(tokens, nextFrom, ctx)) return null;
  return weak;
}
