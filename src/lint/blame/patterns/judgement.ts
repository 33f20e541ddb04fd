/**
 * Judgements of people that need no structure: character words ("careless", "clueless", "too lazy"), idioms
 * ("dropped the ball", "asleep at the wheel"), sarcasm ("great job … took prod down") and "blame" aimed at a
 * person ("blame Bob", "Bob is to blame"; not "blamed the CDN", "git blame", "blameless").
 */
import {
  BLAME_IDIOMS, CHARACTER_WORDS, CHARACTER_WORDS_OF_PEOPLE_ONLY, FAILURE_VERBS, FAULT_NOUNS, HARM_VERBS, PRAISE_WORDS,
} from '../blame-words.js';
import type { SentenceFinding, SentenceView } from '../finding.js';
import { NEGATIONS } from '../grammar.js';
import { isPerson } from '../person.js';
import { phraseAt, phraseIndex } from '../phrases.js';
import { NONE, type Token } from '../tokens.js';

const IDIOMS = phraseIndex(BLAME_IDIOMS);
const BLAME = new Set(['blame', 'blamed', 'blames', 'blaming']);

/** True when a negation stands just before token `k` ("not careless", "was never negligent"). */
function negatedAt(tokens: readonly Token[], k: number): boolean {
  return [1, 2].some((d) => {
    const w = (tokens[k - d] ?? NONE).word;
    return NEGATIONS.has(w) || w === 'without';
  });
}

/** A character word or an idiom of blame; the people-only words need a person in the sentence. */
export function character(s: SentenceView): SentenceFinding | null {
  // The first person of the sentence, looked for only once a word of character or an idiom is found.
  const person = () => s.mentions.find((m) => m.kind !== 'nobody' && isPerson(m, s.tokens)) ?? null;
  for (let k = 0; k < s.tokens.length; k++) {
    const t = s.tokens[k] ?? NONE;
    const idiom = phraseAt(s.tokens, k, IDIOMS);
    if (idiom > 0) return { pattern: 'idiom', agent: person(), from: k, to: k + idiom };
    if (!CHARACTER_WORDS.has(t.word) || negatedAt(s.tokens, k)) continue;
    const agent = person();
    if (CHARACTER_WORDS_OF_PEOPLE_ONLY.has(t.word) && agent === null) continue;
    return { pattern: 'character', agent, from: k, to: k + 1 };
  }
  return null;
}

/** Words that end the reach of praise: what follows is not sarcasm ("did great work, but the bug …"). */
const TURNS = new Set(['but', 'yet', 'though', 'although', 'while', 'however', ';']);
const PRAISED = new Set(['job', 'work', 'move', 'idea', 'call', 'plan', 'one', 'stuff', 'thinking']);

/** Praise of an act of harm: "Great job, ops, taking every region down", "the team managed to wipe the cache". */
function sarcasm(s: SentenceView): SentenceFinding | null {
  const { tokens } = s;
  for (let k = 0; k < tokens.length; k++) {
    const w = (tokens[k] ?? NONE).word;
    const next = (tokens[k + 1] ?? NONE).word;
    if (!((PRAISE_WORDS.has(w) && PRAISED.has(next)) || (w === 'managed' && next === 'to'))) continue;
    for (let j = k + 1; j < tokens.length && j <= k + 10; j++) {
      const t = tokens[j] ?? NONE;
      if (TURNS.has(t.word)) break;
      if (!HARM_VERBS.has(t.lower) && !FAILURE_VERBS.has(t.lower)) continue;
      const person = s.mentions.find((m) => m.kind !== 'nobody' && isPerson(m, tokens));
      if (person) return { pattern: 'sarcasm', agent: person, from: k, to: j + 1 };
    }
  }
  return null;
}

/** "blame" with a person as its object or subject. */
function blameWord(s: SentenceView): SentenceFinding | null {
  for (let k = 0; k < s.tokens.length; k++) {
    if (!BLAME.has((s.tokens[k] ?? NONE).word) || (s.tokens[k - 1] ?? NONE).word === 'git' || negatedAt(s.tokens, k) || s.tokens.slice(Math.max(0, k - 4), k).some((t) => NEGATIONS.has(t.word))) continue;
    const target = s.mentions.find((m) => m.kind !== 'nobody' && ((m.from > k && m.from <= k + 3) || (m.to <= k && m.to >= k - 3)) && isPerson(m, s.tokens));
    if (target) return { pattern: 'blame-word', agent: target, from: Math.min(k, target.from), to: Math.max(k + 1, target.to) };
  }
  return null;
}

const MADE = new Set(['made', 'makes', 'make', 'making']);

/** A person who "made a mistake", "made an error", "made a careless slip": a fault named as theirs, in any section. */
function madeMistake(s: SentenceView): SentenceFinding | null {
  for (let k = 1; k < s.tokens.length; k++) {
    if (!MADE.has((s.tokens[k] ?? NONE).word)) continue;
    const noun = s.tokens.slice(k + 1, k + 4).findIndex((t) => FAULT_NOUNS.has(t.word));
    if (noun < 0) continue;
    const person = s.mentions.find((m) => m.to === k && m.kind !== 'nobody' && m.kind !== 'someone' && isPerson(m, s.tokens, true));
    if (person) return { pattern: 'failure', agent: person, from: person.from, to: k + noun + 2 };
  }
  return null;
}

/** What follows the person when keeping them out: "keep Kofi away from", "off the cluster", "out of prod". */
const KEPT_OUT = new Set(['away', 'off', 'out']);
/** What follows the person when they are not to be let near something: "near", "anywhere near", "touch", "back on". */
const LET_NEAR = new Set(['near', 'anywhere', 'touch', 'back']);
const BANNED = new Set(['ban', 'bar', 'banned', 'barred', 'forbid', 'forbidden']);

/**
 * A person kept away from the system as the lesson: "Keep Kofi away from the billing database", "don't let interns
 * near prod again", "ban the contractor from deploying" — the fix named as a person, not as a safeguard.
 */
function exclusion(s: SentenceView): SentenceFinding | null {
  const { tokens } = s;
  for (const m of s.mentions) {
    // A role or team in the plural is a rule for everyone in it ("keep responders out of the war room"), not a person singled out.
    if (m.kind === 'nobody' || m.kind === 'someone' || ((m.kind === 'role' || m.kind === 'team') && /s$/.test((tokens[m.to - 1] ?? NONE).word))) continue;
    const before = (tokens[m.from - 1] ?? NONE).word;
    const after = (tokens[m.to] ?? NONE).word;
    const kept = before === 'keep' && KEPT_OUT.has(after);
    const notLet = before === 'let' && LET_NEAR.has(after) && [2, 3].some((d) => NEGATIONS.has((tokens[m.from - d] ?? NONE).word) || (tokens[m.from - d] ?? NONE).lower === "don't");
    const banned = BANNED.has(before) && after === 'from';
    if ((kept || notLet || banned) && isPerson(m, tokens, true)) return { pattern: 'exhortation', agent: m, from: m.from - 1, to: m.to + 1 };
  }
  return null;
}

/** A character judgement, an idiom of blame, sarcasm, "blame" aimed at a person, a mistake made theirs, or a person kept away. */
export function judgement(s: SentenceView): SentenceFinding | null {
  return character(s) ?? sarcasm(s) ?? blameWord(s) ?? madeMistake(s) ?? exclusion(s);
}
