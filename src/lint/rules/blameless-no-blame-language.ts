/**
 * blameless/no-blame-language: judgement of people that does not name one — roles and teams as the ones who failed
 * ("the duty manager approved the change without reading it"), character words, hindsight, culprit questions,
 * idioms, sarcasm, softened blame, fault through possession or responsibility — and, in every section, words that
 * judge whoever they are about ("careless", "X forgot to", "who approved this?"), plus the config's `blameWords`.
 * A named person in the analysis sections is blameless/no-names-in-analysis; "human error", no-human-error-cause.
 */
import { escapeRegex } from '../../core/regex-trie.js';
import { ANALYSIS_ROLES, type BlameFinding, blameFindings } from '../blame/analyse.js';
import { blameMessage, blameRewrite } from '../blame/rewrites.js';
import { phraseSpan } from '../locate.js';
import { forEachProseLine } from '../prose.js';
import type { Rule, RuleContext } from '../types.js';
import { actionTable, exampleDoc } from './example-doc.js';

const ID = 'blameless/no-blame-language';
const SYSTEM_ALLOWED = 'Describe what the system allowed: "the deploy pipeline let an unreviewed config change reach production".';

/** Accented Latin letters (the patterns avoid the slow `u` flag). */
const LATIN = '\\u00C0-\\u024F';

const extraCache = new Map<string, RegExp | null>();

/** A case-insensitive whole-word pattern for the configured extra blame words (compiled once per list). */
function extraPattern(words: readonly string[]): RegExp | null {
  const key = words.join('\u0000');
  let re = extraCache.get(key);
  if (re === undefined) {
    const parts = words.map((w) => w.trim()).filter((w) => w !== '').map((w) => escapeRegex(w).replace(/\s+/g, '\\s+'));
    re = parts.length === 0 ? null : new RegExp(`(?<![\\w${LATIN}])(?:${parts.join('|')})(?![\\w${LATIN}])`, 'gi');
    extraCache.set(key, re);
  }
  return re;
}

/** True for the findings this rule reports: all but human error and named people in the analysis. */
export function isBlameLanguage(f: BlameFinding): boolean {
  if (f.pattern === 'human-error') return false;
  return !(ANALYSIS_ROLES.includes(f.role) && (f.agent === 'name' || f.agent === 'handle'));
}

function check(ctx: RuleContext): void {
  for (const f of blameFindings(ctx.doc, ctx.lines, ctx.options.teamNames)) {
    if (isBlameLanguage(f)) ctx.report({ message: blameMessage(f), span: phraseSpan(f.line, f.start, f.end - f.start), suggestion: blameRewrite(f) });
  }
  const extra = extraPattern(ctx.options.blameWords);
  if (!extra) return;
  forEachProseLine(ctx.doc, ctx.lines, null, (text, line) => {
    for (const m of text.matchAll(extra)) {
      ctx.report({ message: `Blame language: "${m[0]}" is on this team's list of blame words. Describe the conditions and the system that allowed it, not the person.`, span: phraseSpan(line, m.index, m[0].length), suggestion: SYSTEM_ALLOWED });
    }
  });
}

/** The rule object: blame and judgement of people, with a systemic rewrite fitted to the pattern. */
export const noBlameLanguage: Rule = {
  id: ID,
  description:
    'Blame and judgement of people, each finding naming the pattern it saw and offering a systemic rewrite. In the analysis sections (root cause, the whys, contributing factors, what went poorly, lessons, surprises): a role or a team as the one who failed ("the duty manager approved the change without reading it", "QA ignored the red run"), a harmful act in the passive with a person as agent ("the pager was muted by the on-call"), fault through possession or responsibility ("the vendor team\'s failure to call back", "the outage is on the network team"), hindsight ("the approver should have spotted it", "any competent engineer would have…", "the operator was supposed to check"), exhortations ("ops must start owning their alerts"), character words ("careless", "clueless", "cavalier"), idioms ("dropped the ball", "asleep at the wheel"), sarcasm, culprit questions ("Who signed this off?", "How does a reviewer miss…?") and softened blame ("No offence to the DBA, but…"). In every other section: character words, idioms, hindsight, "X forgot to", fault through possession and culprit questions. Plus the extra `blameWords` of the config. Not blame: neutral acts of people ("rolled back at 14:05"), praise, failure words about systems ("the health check failed to detect…"), process gaps, rules a person was held to ("could not deploy without sign-off"), and whys about people answered systemically. A named person in the analysis is blameless/no-names-in-analysis.',
  defaultSeverity: 'error',
  check,
  examples: {
    valid: [
      exampleDoc({ 'What went poorly': '- The release tooling let an unreviewed flag change reach every tenant.\n- The billing worker failed to reconnect after the database failover.\n- The backup on-call got the page after 40 minutes: the escalation policy waits that long.' }),
      exampleDoc({ Timeline: '| Time (UTC) | Event | Who |\n| --- | --- | --- |\n| 2024-03-01 14:05 | Tried the VPN; failed to connect | @ana |', 'Five whys': '1. Why did the on-call drain the wrong node? Both node names differ only in their last digit.' }),
    ],
    invalid: [
      { source: exampleDoc({ 'What went poorly': '- The night operator was careless with the firewall rules.\n- The duty manager approved the change without reading it.' }), messages: 2 },
      { source: exampleDoc({ 'Root cause': 'The approver should have spotted it. The platform team dropped the ball. Who signed this off?' }), messages: 3 },
      { source: exampleDoc({ 'Contributing factors': '- The signing key was left to lapse by the identity team.\n- Most of the delay comes down to the vendor team\'s failure to call back.' }), messages: 2 },
      { source: exampleDoc({ 'Action items': actionTable(['Retrain whoever dropped the ball on the deploy | Ana Lima | 2030-01-01 | P1 | open | OPS-1']) }), messages: 1 },
    ],
  },
};
