/** action-items/ticket: every action item links a tracker ticket, so it is tracked to closure where work is planned. */
import { itemLabel, itemSpan } from '../action-item-refs.js';
import type { Rule, RuleContext } from '../types.js';
import { actionTable, exampleDoc } from './example-doc.js';

const ID = 'action-items/ticket';
const PLACEHOLDER = /^(?:tbd|tba|todo|n\/a|none|-+|\?+)$/i;

function check(ctx: RuleContext): void {
  ctx.doc.postmortem.actionItems.forEach((item, i) => {
    const ticket = (item.ticket ?? '').trim();
    if (item.status === 'wont_do' || (ticket !== '' && !PLACEHOLDER.test(ticket))) return;
    ctx.report({
      message: `${itemLabel(item, i)} has no tracker ticket: file one (Jira, Linear, GitHub) and link it, so the work is planned and tracked to closure.`,
      span: itemSpan(ctx.doc, i, 'ticket'),
      suggestion: 'Put the ticket key or URL in the Ticket column, e.g. "OPS-123".',
    });
  });
}

/** The rule object: a ticket for every action item. */
export const ticket: Rule = {
  id: ID,
  description: "An action item with no tracker ticket (or a placeholder such as `TBD`). Items that live only in the postmortem are forgotten; won't-do items are exempt.",
  defaultSeverity: 'warn',
  check,
  examples: {
    valid: [exampleDoc({ 'Action items': actionTable(['Alert when checkout p99 > 2s for 5 min | Ana Lima | 2099-01-15 | P1 | open | OPS-12', "Rewrite the cache layer | Bo Chen | 2099-01-20 | P3 | won't do | "]) })],
    invalid: [{ source: exampleDoc({ 'Action items': actionTable(['Alert when checkout p99 > 2s for 5 min | Ana Lima | 2099-01-15 | P1 | open | TBD', 'Add a canary stage to the deploy | Bo Chen | 2099-01-20 | P2 | open | ']) }), messages: 2 }],
  },
};
