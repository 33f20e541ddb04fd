/** Guessing what kind of timeline event a line describes from its wording. */
import type { EventKind } from '../../core/postmortem.schema.js';

/**
 * Keyword patterns, tried in this order; the first that matches wins. Outcomes come first
 * ("rollback resolved the issue" is a resolution, "decision made to roll back" a decision).
 */
const PATTERNS: readonly (readonly [EventKind, RegExp])[] = [
  [
    'resolution',
    /\b(?:resolved|resolves|recovered|recovery|back to normal|all clear|outage ends|incident ends|incident closed|fully restored|service restored|verified operational|systems operational)\b/,
  ],
  ['decision', /\b(?:decided|decides|decide|decision)\b/],
  [
    'mitigation',
    /\b(?:roll(?:ed|s|ing)? ?back|rollback|revert(?:ed|s|ing)?|mitigat\w*|restart(?:ed|s|ing)?|fail(?:ed|s)? over|failover|scal(?:ed|es|ing) (?:up|down|out|in)|scaled|hot ?fix\w*|(?:fix|patch)(?:es)? (?:was |were |is |has been )?(?:applied|deployed|released|rolled out)|(?:applied|deployed|released|rolled out) (?:the |a )?(?:hot ?)?(?:fix|patch))\b/,
  ],
  ['acknowledgement', /\b(?:acknowledged|acknowledges|acknowledge|ack'?d|acked)\b/],
  ['escalation', /\b(?:escalat\w*|declares? (?:an? )?incident|loops? in|brings? in|brought in)\b/],
  ['alert', /\b(?:paged|pages|paging|pager|alert(?:s|ed)?|alarms?)\b/],
  [
    'detection',
    /\b(?:noticed?|notices|detected|detects|detection|discovered|discovers|reports?|reported|reporting|became aware|realis(?:e|es|ed)|realiz(?:e|es|ed))\b/,
  ],
  [
    'change',
    /\b(?:deployed|merged|merges|rolled out|rolls out|released|releases|config(?:uration)? change|upgrad(?:e|ed|es|ing))\b/,
  ],
  [
    'communication',
    /\b(?:status ?page|statuspage|announc(?:e|ed|es|ements?)|notif(?:y|ied|ies)|tweet(?:ed|s)?|informed|emailed|email sent)\b/,
  ],
  ['investigation', /\b(?:investigat\w*|looking into|looks into|looked into|debugging|trouble ?shoot\w*|diagnos\w*)\b/],
];

/**
 * ANY_UP_TO[k]: patterns 0..k in one, each its own capture group, in the same order. At any position the first
 * group that matches is the first of those patterns that matches there.
 */
const ANY_UP_TO = PATTERNS.map((_, k) => new RegExp(PATTERNS.slice(0, k + 1).map(([, pattern]) => `(${pattern.source})`).join('|'), 'g'));

/**
 * The event kind a timeline text suggests (paged → alert, rolled back → mitigation …), null when no keyword fits:
 * the first pattern that matches anywhere. After each match only the patterns before the one found are looked for,
 * after its position (nothing matched before it).
 */
export function inferEventKind(text: string): EventKind | null {
  const lower = text.slice(0, 2000).toLowerCase();
  let best = PATTERNS.length;
  let from = 0;
  while (best > 0) {
    const any = ANY_UP_TO[best - 1] as RegExp;
    any.lastIndex = from;
    const m = any.exec(lower);
    if (m === null) break;
    best = m.findIndex((captured, i) => i > 0 && captured !== undefined) - 1;
    from = m.index + 1;
  }
  return PATTERNS[best]?.[0] ?? null;
}
