/** Which part of a postmortem a heading introduces, across the names teams give their sections. */
import type { SectionRole } from '../core/document.js';
import { memoize } from '../core/memoize.js';
import { misspeltName } from './misspelling.js';

/** Tried in order; the first pattern that matches the normalised heading wins. */
const ROLE_PATTERNS: readonly (readonly [SectionRole, RegExp])[] = [
  ['wentWell', /^(what|things that) went (well|right)\b/],
  ['wentPoorly', /^(what|things that) went (poorly|wrong|badly)\b|^what could have gone better\b/],
  ['luckyBreaks', /^where (did )?we (got|get) lucky\b/],
  ['surprises', /^what surprised us\b|^surprises\b/],
  ['whys', /\b(five|5) whys\b|^whys\b/],
  ['timeline', /^(incident )?timeline\b|^timeline of events\b|^establishing the timeline\b|^chronology\b/],
  ['actionItems', /^action items?\b|^corrective (and preventa?tive )?(measures?|actions?)\b|^remediation\b|^planned actions\b|^prevention\b|^next steps\b|^follow[- ]?ups?\b|^moving forward\b|^improving recovery procedures\b|^what is being done about (this|it)\b|^how are we preventing\b|^preventive (measures|actions)\b|^todo\b/],
  ['contributingFactors', /^contributing factors?\b|^why it wasn'?t caught\b/],
  ['rootCause', /^root[- ]causes?\b|^root cause\(s\)|^trigger\b|^fault\b|^leadup\b|^what caused\b|^how did (this|it) happen\b|^why did (this|it) happen\b|^why it failed\b|^identified cause\b|^cause\b|^causes\b/],
  ['lessonsGroup', /^lessons? learn(ed|t)\b|^(key )?takeaways\b|^reflections?\b|^learnings\b/],
  ['impact', /^(the |customer |user |end user |business )?impact\b|^data loss impact\b|^severity (&|and) impact\b|^scope\b|^impact on\b/],
  ['detection', /^detection\b|^how (was it|we) detected\b/],
  ['review', /^attendees\b|^involved parties\b|^review(ers)?\b|^participants\b/],
  ['whatHappened', /^what happened\b|^description\b|^technical description\b|^incident description\b|^background\b/],
  ['summary', /^(issue |incident |executive )?summary\b|^summary of impact\b|^overview\b|^tl;?dr\b/],
];

/** The usual names of each section, normalised: a heading that misspells one of them (`Atendees`, `Timline`) has its role. */
const SECTION_NAMES: readonly (readonly [string, SectionRole])[] = [
  ['what went well', 'wentWell'], ['what went right', 'wentWell'],
  ['what went wrong', 'wentPoorly'], ['what went poorly', 'wentPoorly'], ['what went badly', 'wentPoorly'],
  ['where we got lucky', 'luckyBreaks'], ['where did we get lucky', 'luckyBreaks'],
  ['what surprised us', 'surprises'], ['surprises', 'surprises'],
  ['five whys', 'whys'],
  ['timeline', 'timeline'], ['incident timeline', 'timeline'], ['timeline of events', 'timeline'], ['chronology', 'timeline'],
  ['action items', 'actionItems'], ['corrective actions', 'actionItems'], ['corrective and preventative measures', 'actionItems'],
  ['corrective and preventive measures', 'actionItems'], ['remediation', 'actionItems'], ['prevention', 'actionItems'], ['next steps', 'actionItems'],
  ['contributing factors', 'contributingFactors'],
  ['root cause', 'rootCause'], ['root causes', 'rootCause'], ['trigger', 'rootCause'],
  ['lessons learned', 'lessonsGroup'], ['lessons learnt', 'lessonsGroup'], ['takeaways', 'lessonsGroup'], ['learnings', 'lessonsGroup'],
  ['customer impact', 'impact'],
  ['detection', 'detection'],
  ['attendees', 'review'], ['participants', 'review'], ['reviewers', 'review'],
  ['what happened', 'whatHappened'], ['description', 'whatHappened'], ['background', 'whatHappened'],
  ['summary', 'summary'], ['issue summary', 'summary'], ['incident summary', 'summary'], ['executive summary', 'summary'], ['overview', 'summary'],
];
const NAMES_BY_WORD_COUNT = new Map<number, (readonly [string, SectionRole])[]>();
for (const entry of SECTION_NAMES) {
  const count = entry[0].split(' ').length;
  NAMES_BY_WORD_COUNT.set(count, [...(NAMES_BY_WORD_COUNT.get(count) ?? []), entry]);
}
const MOST_WORDS = Math.max(...NAMES_BY_WORD_COUNT.keys());

/** The role of a section name misspelt in the first words of a heading ('atendees', 'timline (all times utc)'), if any. */
function misspeltRole(normalised: string): SectionRole | null {
  const words = normalised.split(' ');
  for (let count = Math.min(MOST_WORDS, words.length); count >= 1; count--) {
    const role = misspeltName(words.slice(0, count).join(' '), NAMES_BY_WORD_COUNT.get(count) ?? []);
    if (role !== null) return role;
  }
  return null;
}

/** The heading text normalised for matching: lower case, no Markdown, numbering or punctuation at the ends. */
export function normaliseHeading(text: string): string {
  return text
    .toLowerCase()
    .replace(/[*_`#]/g, '')
    .replace(/^\s*(\d+(\.\d+)*\.?|[ivx]+\.)\s+/, '')
    .replace(/[:.\s]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function roleOf(text: string): SectionRole {
  const normalised = normaliseHeading(text);
  for (const [role, pattern] of ROLE_PATTERNS) if (pattern.test(normalised)) return role;
  return misspeltRole(normalised) ?? 'other';
}

/** The role a heading gives its section; `other` when it is none we know (headings repeat: remembered). */
export const classifyHeading: (text: string) => SectionRole = memoize(roleOf, 2_000);
