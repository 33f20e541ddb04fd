/**
 * What each part of a new postmortem asks for. Prompts are hints, never content: the editor shows them as
 * placeholders, `debrief new` writes them as `<!-- prompt: … -->` comments that the importer drops, and the rule
 * `structure/template-prompt` finds one left in a section or an action item (so such a postmortem cannot become
 * final).
 */
import { trieSource } from './regex-trie.js';

/** The prompt of each prose or list section, and of each field of an action item. */
export const PROMPTS = {
  summary: 'In two or three sentences: what broke, who was affected and for how long, and how it was resolved.',
  whatHappened: 'What happened, in order, with times in UTC.',
  impact: 'Numbers, not adjectives: users affected (count or %), error rate, failed transactions, support tickets, SLA target vs achieved, data loss.',
  rootCause: 'What broke, why it broke, and why the safeguards we had did not stop it.',
  whys: 'Why did the service fail?',
  /** Every why after the first (earlier templates stored it as content). */
  followUpWhys: 'Why did that happen?',
  contributingFactors: 'A condition that made the incident possible or worse',
  nearMissFactors: 'What would have made this an outage',
  wentWell: 'What helped detection, response or recovery',
  wentPoorly: 'Where the system, tooling or process made the response harder',
  surprises: 'What we did not expect',
  luckyBreaks: 'Where luck, not design, kept it from being worse',
  lessons: 'What we now know that we did not before',
  actionItems: 'A specific change that stops this class of failure from recurring',
  actionRationale: 'Which contributing factor it removes',
  actionVerification: 'How we will know it works (a test, a game day, an alert that fires)',
} as const;

/** Lower case, one space between words, no Markdown emphasis or comment marks, no closing punctuation. */
function normalise(text: string): string {
  return text
    .replace(/<!--\s*(?:prompt:)?|-->/gi, ' ')
    .replace(/[*_`]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.?!:;,]+$/, '');
}

const NORMALISED_PROMPTS = Object.values(PROMPTS).map(normalise);
/** Below this length a prompt is only recognised as the whole text: short ones are words real content uses ("Why did the service fail? Because …"). */
const SHORT = 40;

/** The longest word of a normalised prompt. */
function longestWord(prompt: string): string {
  return prompt.split(/[^a-z]+/).reduce((a, b) => (b.length > a.length ? b : a), '');
}

/** The longest two words side by side with only a space between them in a normalised prompt ("three sentences"). */
function longestPair(prompt: string): string {
  const words = prompt.split(' ');
  let best = '';
  for (let i = 0; i + 1 < words.length; i++) {
    const pair = `${words[i]} ${words[i + 1]}`;
    if (/^[a-z]+ [a-z]+$/.test(pair) && pair.length > best.length) best = pair;
  }
  return best === '' ? longestWord(prompt) : best;
}

/**
 * A text holds a prompt only if it holds the prompt's longest word (a short text), or its longest pair of words (a
 * long text, which can only hold a long prompt: a short one must be the whole text). One case-insensitive pass
 * spares most texts the normalising passes; a pair ("three sentences", "not stop") is rare in real writing, where a
 * single word ("detection", "response") is not.
 */
const ANY_PROMPT_WORD = new RegExp(trieSource(NORMALISED_PROMPTS.map(longestWord)), 'i');
const LONG_PROMPT_PAIR = new RegExp(trieSource(NORMALISED_PROMPTS.filter((prompt) => prompt.length >= SHORT).map(longestPair)).replace(/ /g, '\\s+'), 'i');
/** A text this long is no short prompt, even with comment marks and emphasis around it. */
const SHORT_TEXT = SHORT * 2;

/** The prompt a text holds (as written in the template), or null: the whole text, or a long prompt left inside it. */
export function templatePromptIn(text: string): string | null {
  if (!(text.length > SHORT_TEXT ? LONG_PROMPT_PAIR : ANY_PROMPT_WORD).test(text)) return null;
  const written = normalise(text);
  if (written === '') return null;
  const at = NORMALISED_PROMPTS.findIndex((prompt) => (prompt.length < SHORT ? written === prompt : written.includes(prompt)));
  return at < 0 ? null : (Object.values(PROMPTS)[at] ?? null);
}
