/**
 * blameless/no-blame-language: judgement of people ("made a mistake", "careless", "should have known",
 * "who deployed this?", "X forgot to") anywhere in the prose, with a systemic rewrite.
 * Timeline rows are scanned too, except for "failed to": in a factual row it usually records an
 * attempt that did not work ("@ana failed to reach the bastion"), while "forgot to" is blame wherever it is.
 */
import type { SectionRole } from '../../core/document.js';
import { phraseSpan } from '../locate.js';
import { peopleNames } from '../people.js';
import { forEachProseLine } from '../prose.js';
import type { Rule, RuleContext } from '../types.js';
import { actionTable, exampleDoc } from './example-doc.js';

const ID = 'blameless/no-blame-language';

const SYSTEM_ALLOWED = 'Describe what the system allowed: "the deploy pipeline let an unreviewed config change reach production".';
const SIGNAL = 'Ask what was missing: "was there a signal that would have made this visible?"';
const PROCESS = 'Ask about the process, not the person: "what in our review process let this change through?"';
const GAP = 'Make the gap systemic: "nothing in the runbook prompted the on-call to …" or "the checklist had no step for …".';

/** Accented Latin letters (the patterns avoid the slow `u` flag). */
const LATIN = '\\u00C0-\\u024F';

/** The phrases, each with the keywords (regex sources) one of which a line must hold before its pattern runs there. */
const PHRASE_SOURCES: readonly { keywords: readonly string[]; pattern: string; what: string; suggestion: string }[] = [
  { keywords: ['mistake'], pattern: String.raw`\b(?:made|makes|make|making) (?:a |an |the |some |several |two |multiple )?(?:[a-z]+ )?mistakes?\b`, what: 'judges a person', suggestion: SYSTEM_ALLOWED },
  { keywords: ['careless', 'negligen', 'slopp', 'incompeten', 'reckless'], pattern: String.raw`\b(?:careless(?:ly|ness)?|negligen(?:t|tly|ce)|sloppy|sloppily|sloppiness|incompeten(?:t|tly|ce)|reckless(?:ly|ness)?)\b`, what: 'judges a person', suggestion: SYSTEM_ALLOWED },
  { keywords: ["should(?:n't|n’t)? have", 'could have'], pattern: String.raw`\b(?:should(?:n't|n’t)? have (?:known|caught|noticed|realized|realised|spotted)|(?:should|could) have been more careful)\b`, what: 'is hindsight about a person', suggestion: SIGNAL },
  { keywords: ['who '], pattern: String.raw`\bwho (?:approved|deployed|merged|pushed|shipped|wrote|reviewed|broke|signed off on) (?:this|that|it)\b\??`, what: 'looks for a culprit', suggestion: PROCESS },
  { keywords: ['fault'], pattern: String.raw`(?:@[\w.-]*\w|\b[A-Za-z${LATIN}][\w${LATIN}.-]*)(?:'s|’s) fault\b`, what: 'assigns blame', suggestion: SYSTEM_ALLOWED },
  { keywords: ['fault', 'dropped the ball', 'blam'], pattern: String.raw`\b(?:my|his|her|their|your) fault\b|\bdropped the ball\b|\bblam(?:e|ed|es|ing)\b`, what: 'assigns blame', suggestion: SYSTEM_ALLOWED },
  { keywords: ['(?:failed|forgot|neglected|omitted) to'], pattern: String.raw`\b(?:failed|forgot|neglected|omitted) to\b`, what: 'puts the failure on a person', suggestion: GAP },
];
const PHRASES = PHRASE_SOURCES.map((p) => ({ ...p, regex: new RegExp(p.pattern, 'gi') }));
type Phrase = (typeof PHRASES)[number];
const NAMED_FAULT = PHRASES[4];
const FAILED_TO = PHRASES[6];
/** Every keyword once, in its own group; KEYWORD_PHRASES[k] are the phrases that group k + 1 calls for. */
const KEYWORDS = [...new Set(PHRASE_SOURCES.flatMap((p) => p.keywords))];
const KEYWORD_PHRASES = KEYWORDS.map((keyword) => PHRASES.filter((p) => p.keywords.includes(keyword)));
/** The first pass over every line, and the only one over most: every phrase contains one of its keywords. */
const TRIGGER = new RegExp(KEYWORDS.map((keyword) => `(${keyword})`).join('|'), 'gi');

const NO_PHRASES: readonly Phrase[] = [];

/** The phrases whose keywords `text` holds, in PHRASES order; empty (and nothing allocated) for most lines. */
function phrasesIn(text: string): readonly Phrase[] {
  TRIGGER.lastIndex = 0;
  let m = TRIGGER.exec(text);
  if (m === null) return NO_PHRASES;
  const found = new Set<Phrase>();
  for (; m !== null; m = TRIGGER.exec(text)) {
    const group = m.findIndex((captured, i) => i > 0 && captured !== undefined);
    for (const phrase of KEYWORD_PHRASES[group - 1] ?? NO_PHRASES) found.add(phrase);
  }
  return PHRASES.filter((p) => found.has(p));
}
const IT_WAS = /\bit(?: was|'s|’s) $/i;

const PRONOUNS = new Set(['he', 'she', 'they', 'someone', 'somebody', 'i', 'you']);
const ROLES = new Set([
  'engineer', 'developer', 'dev', 'operator', 'on-call', 'oncall', 'on-caller', 'reviewer', 'author', 'deployer', 'admin',
  'administrator', 'sre', 'responder', 'commander', 'ic', 'person', 'employee', 'contractor', 'intern', 'teammate', 'human',
]);
const FILLERS = new Set(['had', 'has', 'have', 'just', 'simply', 'also', 'then', 'again', 'apparently', 'unfortunately', 'initially', 'completely', 'repeatedly', 'clearly', 'obviously', 'both']);
const WORD = /@?[\p{L}\p{N}][\p{L}\p{N}'’._-]*/gu;
const DETERMINERS = new Set(['the', 'our', 'a', 'an', 'their', 'his', 'her', 'on-call', 'oncall']);
const NOT_PEOPLE = new Set(['it', 'this', 'that', 'we', 'the', 'which']);
const LOOKBEHIND = 60;

const extraCache = new Map<string, RegExp | null>();

/** A case-insensitive whole-word pattern for the configured extra blame words (compiled once per list). */
function extraPattern(words: readonly string[]): RegExp | null {
  const key = words.join('\u0000');
  let re = extraCache.get(key);
  if (re === undefined) {
    const parts = words.map((w) => w.trim()).filter((w) => w !== '').map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
    re = parts.length === 0 ? null : new RegExp(`(?<![\\w${LATIN}])(?:${parts.join('|')})(?![\\w${LATIN}])`, 'gi');
    extraCache.set(key, re);
  }
  return re;
}

/** The start index of the person who is the subject of "failed/forgot to" at `at`, or -1 when the subject is not a person. */
function personSubjectStart(text: string, at: number, verb: string, people: ReadonlySet<string>): number {
  const from = Math.max(0, at - LOOKBEHIND);
  const words = [...text.slice(from, at).matchAll(WORD)];
  let i = words.length - 1;
  while (i >= 0 && FILLERS.has((words[i]?.[0] ?? '').toLowerCase())) i--;
  const subject = words[i];
  if (!subject) return -1;
  const previous = words[i - 1];
  const word = subject[0];
  const lower = word.toLowerCase();
  const before = (previous?.[0] ?? '').toLowerCase();
  if (word.startsWith('@') || PRONOUNS.has(lower) || people.has(lower)) return from + subject.index;
  if (previous && (people.has(`${before} ${lower}`) || (ROLES.has(lower) && DETERMINERS.has(before)))) return from + previous.index;
  // Systems do not forget: a capitalised subject of "forgot/neglected/omitted to" is a person.
  const capitalised = word[0] !== undefined && word[0] !== word[0].toLowerCase();
  return verb !== 'failed' && capitalised && !NOT_PEOPLE.has(lower) ? from + subject.index : -1;
}

function report(ctx: RuleContext, what: string, suggestion: string, text: string, line: number, start: number, end: number): void {
  ctx.report({
    message: `Blame language: "${text.slice(start, end)}" ${what}. Describe the conditions and the system that allowed it, not the person.`,
    span: phraseSpan(line, start, end - start),
    suggestion,
  });
}

function check(ctx: RuleContext): void {
  const people = new Set(peopleNames(ctx.doc.postmortem).map((n) => n.toLowerCase()));
  const extra = extraPattern(ctx.options.blameWords);
  forEachProseLine(ctx.doc, ctx.lines, null, (text, line, role: SectionRole) => {
    for (const phrase of phrasesIn(text)) {
      for (const m of text.matchAll(phrase.regex)) {
        let start = m.index;
        if (phrase === NAMED_FAULT) {
          // "Alice's fault", "@bob's fault", not "the config's fault"; "it was" belongs to the phrase.
          const first = m[0].charAt(0);
          if (first !== '@' && first === first.toLowerCase()) continue;
          const before = IT_WAS.exec(text.slice(Math.max(0, start - 7), start));
          if (before) start -= before[0].length;
        } else if (phrase === FAILED_TO) {
          const verb = m[0].split(' ')[0]?.toLowerCase() ?? '';
          if (verb === 'failed' && role === 'timeline') continue;
          start = personSubjectStart(text, m.index, verb, people);
          if (start < 0) continue;
        } else if (m[0].toLowerCase().startsWith('blam') && text.slice(Math.max(0, start - 4), start).toLowerCase() === 'git ') {
          continue;
        }
        report(ctx, phrase.what, phrase.suggestion, text, line, start, m.index + m[0].length);
      }
    }
    if (extra) {
      for (const m of text.matchAll(extra)) report(ctx, "is on this team's list of blame words", SYSTEM_ALLOWED, text, line, m.index, m.index + m[0].length);
    }
  });
}

/** The rule object: blame and judgement of people, with a systemic rewrite. */
export const noBlameLanguage: Rule = {
  id: ID,
  description:
    'Blame and judgement of people: "made a mistake", "careless", "negligent", "should have known/caught", "failed to" or "forgot to" with a person as the subject, "who approved this?", "it was X\'s fault", "dropped the ball", "blame", and the extra `blameWords` of the config. Blame makes people hide what they know; describe what the system allowed instead. Timeline rows are scanned too, except for "failed to" (a factual row often records an attempt that did not work).',
  defaultSeverity: 'error',
  check,
  examples: {
    valid: [
      exampleDoc({ 'What went poorly': '- The deploy pipeline allowed an unreviewed config change to reach production.\n- The payment service failed to reconnect after the failover.' }),
      exampleDoc({ Timeline: '| Time (UTC) | Event | Who |\n| --- | --- | --- |\n| 2024-03-01 14:05 | Tried to open the bastion; failed to connect | @ana |' }),
    ],
    invalid: [
      { source: exampleDoc({ 'What went poorly': '- The on-call engineer was careless and made a mistake in the config.' }), messages: 2 },
      { source: exampleDoc({ 'Root cause': 'Bob forgot to run the migration. Who approved this? The reviewer should have caught it.' }), messages: 3 },
      { source: exampleDoc({ 'Action items': actionTable(['Retrain whoever dropped the ball on the deploy | Ana Lima | 2030-01-01 | P1 | open | OPS-1']) }), messages: 1 },
    ],
  },
};
