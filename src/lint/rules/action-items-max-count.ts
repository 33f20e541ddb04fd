/** action-items/max-count: a handful of action items that ship beats fifteen that rot (default limit 7). */
import { CLOSED_ACTION_STATUSES } from '../../core/vocabulary.js';
import { locate } from '../locate.js';
import type { Rule, RuleContext } from '../types.js';
import { actionTable, exampleDoc } from './example-doc.js';

const ID = 'action-items/max-count';

function check(ctx: RuleContext): void {
  // Only open items compete for attention: done, verified and won't-do items are history, not load.
  const open = ctx.doc.postmortem.actionItems.filter((item) => !CLOSED_ACTION_STATUSES.has(item.status));
  const max = ctx.options.maxActionItems;
  if (open.length <= max) return;
  ctx.report({
    message: `${open.length} action items (the limit is ${max}): a handful that ship beat many that rot. Keep the ones that prevent recurrence or speed up detection; move the rest to the team's backlog.`,
    span: locate(ctx.doc, ['actionItemsSection'], ['actionItems']),
    suggestion: `Keep at most ${max}, each with an owner, a date and a ticket.`,
  });
}

const row = (n: number) => `Add alert ${n} for checkout latency over 2s | Ana Lima | 2099-01-15 | P2 | open | OPS-${n}`;

/** The rule object: not too many action items. */
export const maxCount: Rule = {
  id: ID,
  description: "More open action items than `maxActionItems` (default 7); done, verified and won't-do items are not counted. Long lists rot; a few items that ship prevent more incidents.",
  defaultSeverity: 'warn',
  check,
  examples: {
    valid: [
      exampleDoc({ 'Action items': actionTable([1, 2, 3, 4, 5, 6, 7].map(row)) }),
      exampleDoc({ 'Action items': actionTable([...[1, 2, 3, 4, 5, 6, 7].map(row), ...[8, 9, 10].map((n) => row(n).replace('| open |', '| done |'))]) }),
    ],
    invalid: [{ source: exampleDoc({ 'Action items': actionTable([1, 2, 3, 4, 5, 6, 7, 8].map(row)) }), messages: 1 }],
  },
};
