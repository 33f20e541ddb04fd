/**
 * The cheap test that lets the blame patterns skip a line outside the analysis sections: only a question, a word
 * that judges whoever it concerns ("careless", "dropped the ball", "forgot to", "should have"), or a fault noun
 * beside a possessive or "made" ("her mistake", "made an error") can hold blame the prose patterns see.
 *
 * Speed: these lines are most of a document, so it is one regex pass (a trie behind one word boundary), which
 * runs faster than a scan of the words in JavaScript with a table of their first letters (measured: 83 ms against
 * 149 ms on the lines of the lint benchmark).
 */
import { trieSource } from '../../core/regex-trie.js';
import { BLAME_IDIOMS, CHARACTER_WORDS, FAULT_NOUNS } from './blame-words.js';

/** A regex source that matches any of the phrases, as a trie, an apostrophe matching either quote and a space any run of spaces. */
function phrasesSource(phrases: Iterable<string>): string {
  return trieSource([...new Set([...phrases].map((p) => p.toLowerCase().replace(/’/g, "'")))]).replace(/'/g, "['’]").replace(/ /g, '\\s+');
}

/** Words that judge, or (group 1) a fault noun, which blames only beside a possessive or "made". */
const JUDGING_OR_FAULT = new RegExp(
  `\\b(?:${[
    phrasesSource(['blame', 'blamed', 'blames', 'blaming', ...CHARACTER_WORDS, ...BLAME_IDIOMS]),
    // "forgot to", "neglected to", "failed to"
    "(?:forg[eo]t(?:s|ten)?|neglect(?:s|ed)?|omit(?:s|ted)?|fail(?:s|ed)?)\\s+to",
    // hindsight: "should have", "could not have", "would've"
    "(?:should|could|would|must|might|ought)(?:n['’]t|\\s+not|\\s+never)?(?:\\s+to)?\\s+have|(?:should|could|would|must|might)['’]ve",
    `(${phrasesSource(FAULT_NOUNS)})`,
  ].join('|')})\\b`,
  'gi',
);
const POSSESSIVE_OR_MADE = /['’]s\b|s['’](?!\w)|\b(?:his|her|their|my|ma(?:de|kes?|king))\b/i;

/**
 * How far before and after a fault noun a possessive or "made" is looked for: the patterns fault a possessive
 * only a few words before the noun ("Ali's rushed config mistake"), "made" just before it, "on their part" after.
 */
const BEFORE = 80;
const AFTER = 30;

/** True when a line outside the analysis may hold blame that the prose patterns see. */
export function mayJudge(text: string): boolean {
  if (text.includes('?')) return true;
  JUDGING_OR_FAULT.lastIndex = 0;
  for (let m = JUDGING_OR_FAULT.exec(text); m !== null; m = JUDGING_OR_FAULT.exec(text)) {
    if (m[1] === undefined) return true;
    if (POSSESSIVE_OR_MADE.test(text.slice(Math.max(0, m.index - BEFORE), m.index + m[0].length + AFTER))) return true;
  }
  return false;
}
