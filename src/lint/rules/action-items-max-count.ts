/** action-items/max-count: a handful of action items that ship beats fifteen that rot (default limit 7). */
import { locate } from '../locate.js';
import type { Rule, RuleContext } from '../types.js';
import { actionTable, exampleDoc } from './example-doc.js';

const ID = 'action-items/max-count';

function check(ctx: RuleContext): void {
  const open = ctx.doc.postmortem.actionItems.filter((item) => item.status !== 'wont_do');
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
  description: "More action items than `maxActionItems` (default 7), not counting won't-do items. Long lists rot; a few items that ship prevent more incidents.",
  defaultSeverity: 'warn',
  check,
  examples: {
    valid: [exampleDoc({ 'Action items': actionTable([1, 2, 3, 4, 5, 6, 7].map(row)) })],
    invalid: [{ source: exampleDoc({ 'Action items': actionTable([1, 2, 3, 4, 5, 6, 7, 8].map(row)) }), messages: 1 }],
  },
};
