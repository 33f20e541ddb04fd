/** action-items/priority: every action item has a priority (P1–P3), so the most important work is done first. */
import { itemLabel, itemSpan } from '../action-item-refs.js';
import type { Rule, RuleContext } from '../types.js';
import { actionTable, exampleDoc } from './example-doc.js';

const ID = 'action-items/priority';

function check(ctx: RuleContext): void {
  ctx.doc.postmortem.actionItems.forEach((item, i) => {
    if (item.priority !== null || item.status === 'wont_do') return;
    ctx.report({
      message: `${itemLabel(item, i)} has no priority: set P1 (prevents recurrence, do now), P2 (this quarter) or P3 (nice to have).`,
      span: itemSpan(ctx.doc, i, 'priority'),
      suggestion: 'Put P1, P2 or P3 in the Priority column.',
    });
  });
}

/** The rule object: a priority for every action item. */
export const priority: Rule = {
  id: ID,
  description: "An action item with no priority (P1–P3). Without one, the easy items get done and the important ones wait; won't-do items are exempt.",
  defaultSeverity: 'warn',
  check,
  examples: {
    valid: [exampleDoc({ 'Action items': actionTable(['Alert when checkout p99 > 2s for 5 min | Ana Lima | 2099-01-15 | P1 | open | OPS-12']) })],
    invalid: [{ source: exampleDoc({ 'Action items': actionTable(['Alert when checkout p99 > 2s for 5 min | Ana Lima | 2099-01-15 |  | open | OPS-12']) }), messages: 1 }],
  },
};
