/**
 * How well the action-item rules judge items: each item alone in an otherwise clean postmortem, linted on a fixed
 * day before every due date of the set (an overdue warning is not a wording defect), and the findings of the rule
 * for each defect counted.
 */
import { emptyPostmortem, newActionItem } from '../../core/postmortem.js';
import { lintDocument } from '../engine.js';
import { parseDocument } from '../../markdown/parse.js';
import { renderMarkdown } from '../../markdown/render.js';
import type { ActionItemCase } from './dev-set.js';
import { rate, type Rate } from './rates.js';

/** The rule that each defective group of the set must set off. */
export const DEFECT_RULES = { vague: 'action-items/specific', team_owner: 'action-items/owner', fuzzy_due: 'action-items/due-date' } as const;

/** The day the items are judged on: before every real due date of the development set. */
const JUDGED_ON = new Date('2026-12-01T12:00:00Z');

/** The action-item rule ids an item sets off. */
export function actionFindings(item: ActionItemCase): string[] {
  const pm = {
    ...emptyPostmortem(),
    id: 'EVAL-1',
    title: 'Checkout outage',
    actionItems: [{ ...newActionItem(item.title), owner: item.owner, due: item.due, priority: item.priority as 'P1', ticket: item.ticket }],
  };
  const filePath = 'EVAL-1.md';
  const result = lintDocument(parseDocument(renderMarkdown(pm), { filePath }), { now: JUDGED_ON }, filePath);
  return result.messages.map((m) => m.ruleId).filter((id) => Object.values(DEFECT_RULES).some((rule) => rule === id) || id === 'action-items/overdue');
}

/** For each group: the share of items that set off the group's rule; for good items, the share set off nothing. */
export interface ActionScores {
  caught: Record<keyof typeof DEFECT_RULES, Rate>;
  /** Items of any group flagged by a rule that is not their defect's (a good item flagged, a vague one called team-owned…). */
  wronglyFlagged: Record<'good' | keyof typeof DEFECT_RULES, Rate>;
  missed: (ActionItemCase & { group: string })[];
  wrong: (ActionItemCase & { group: string; rules: string[] })[];
}

/** Scores the action-item rules on a set. */
export function scoreActions(set: Record<'good' | keyof typeof DEFECT_RULES, readonly ActionItemCase[]>): ActionScores {
  const judged = Object.fromEntries(
    (Object.keys(set) as (keyof typeof set)[]).map((group) => [group, set[group].map((item) => ({ item, rules: actionFindings(item) }))]),
  ) as Record<keyof typeof set, { item: ActionItemCase; rules: string[] }[]>;
  const own = (group: keyof typeof set) => (group === 'good' ? undefined : DEFECT_RULES[group]);
  const groups = Object.keys(judged) as (keyof typeof set)[];
  return {
    caught: {
      vague: rate(judged.vague, (r) => r.rules.includes(DEFECT_RULES.vague)),
      team_owner: rate(judged.team_owner, (r) => r.rules.includes(DEFECT_RULES.team_owner)),
      fuzzy_due: rate(judged.fuzzy_due, (r) => r.rules.includes(DEFECT_RULES.fuzzy_due)),
    },
    wronglyFlagged: Object.fromEntries(groups.map((g) => [g, rate(judged[g], (r) => r.rules.some((id) => id !== own(g)))])) as ActionScores['wronglyFlagged'],
    missed: groups.flatMap((g) => judged[g].filter((r) => own(g) !== undefined && !r.rules.includes(own(g) as string)).map((r) => ({ ...r.item, group: g }))),
    wrong: groups.flatMap((g) => judged[g].filter((r) => r.rules.some((id) => id !== own(g))).map((r) => ({ ...r.item, group: g, rules: r.rules }))),
  };
}
