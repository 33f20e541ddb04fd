/** action-items/overdue: an open action item whose due date has passed. Time, not wording: a rule of its own. */
import { isOverdue } from '../../core/due-date.js';
import { itemLabel, itemSpan } from '../action-item-refs.js';
import type { Rule, RuleContext } from '../types.js';
import { actionTable, exampleDoc } from './example-doc.js';

const ID = 'action-items/overdue';

function check(ctx: RuleContext): void {
  const today = ctx.options.now.toISOString().slice(0, 10);
  ctx.doc.postmortem.actionItems.forEach((item, i) => {
    if (!isOverdue(item, today)) return;
    ctx.report({
      message: `${itemLabel(item, i)} was due on ${(item.due ?? '').trim()} and is still ${item.status.replace('_', ' ')}: finish it, or agree a new date with its owner and say why it moved.`,
      span: itemSpan(ctx.doc, i, 'due'),
      suggestion: "Mark it done or verified if it is, won't do (with the reason) if it will not be, or write the new date the owner agrees to.",
    });
  });
}

/** The rule object: open action items past their due date. */
export const overdue: Rule = {
  id: ID,
  description:
    "An open action item (not done, verified or won't do) whose due date has passed, counted from today in UTC. It is a rule apart from `action-items/due-date` so that a CI gate on wording does not start failing as time passes: switch either off and keep the other.",
  defaultSeverity: 'warn',
  check,
  examples: {
    valid: [
      exampleDoc({
        'Action items': actionTable([
          'Alert when checkout p99 > 2s for 5 min | Ana Lima | 2099-01-15 | P1 | open | OPS-12',
          'Add a canary stage to the deploy | Bo Chen | 2020-01-20 | P2 | done | OPS-13',
          "Shard the orders table | Bo Chen | 2020-02-01 | P3 | won't do | OPS-15",
        ]),
      }),
    ],
    invalid: [
      {
        source: exampleDoc({
          'Action items': actionTable([
            'Alert when checkout p99 > 2s for 5 min | Ana Lima | 2020-01-15 | P1 | open | OPS-12',
            'Page the database on-call on replica lag | Bo Chen | 2020-01-20 | P2 | in progress | OPS-14',
          ]),
        }),
        messages: 2,
      },
    ],
  },
};
