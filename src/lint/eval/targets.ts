/** What the judgement must reach on the development set (issue 10), and the scores that fall short of it. */
import type { ActionScores } from './actions-eval.js';
import type { BlameScores } from './blame-eval.js';
import type { EventScores } from './events-eval.js';

/** The targets. */
export const TARGETS = {
  /** Blame sentences flagged, in all. */
  blameRecall: 0.95,
  /** Clean sentences flagged, in all. */
  blameFalsePositives: 0.03,
  /** Vague action items caught. */
  vagueCaught: 0.95,
  /** Events whose kind is read right. */
  eventsRight: 0.9,
} as const;

/** Every target a set of scores misses, in words (empty when all are met). */
export function shortfalls(scores: { blame: BlameScores; actions: ActionScores; events: EventScores }): string[] {
  const { blame, actions, events } = scores;
  const short: string[] = [];
  if (blame.recall.share < TARGETS.blameRecall) short.push(`blame recall ${blame.recall.share.toFixed(3)} < ${TARGETS.blameRecall}`);
  if (blame.falsePositives.share > TARGETS.blameFalsePositives) short.push(`blame false positives ${blame.falsePositives.share.toFixed(3)} > ${TARGETS.blameFalsePositives}`);
  if (actions.caught.vague.share < TARGETS.vagueCaught) short.push(`vague items caught ${actions.caught.vague.share.toFixed(3)} < ${TARGETS.vagueCaught}`);
  for (const group of ['team_owner', 'fuzzy_due'] as const) {
    if (actions.caught[group].share < 1) short.push(`${group} items caught ${actions.caught[group].share.toFixed(3)} < 1`);
  }
  for (const [group, r] of Object.entries(actions.wronglyFlagged)) {
    if (r.hits > 0) short.push(`${r.hits} ${group} item(s) flagged by another group's rule`);
  }
  if (events.right.share < TARGETS.eventsRight) short.push(`event kinds right ${events.right.share.toFixed(3)} < ${TARGETS.eventsRight}`);
  return short;
}
