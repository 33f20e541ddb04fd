/** action-items/due-date: every action item has a real due date (`YYYY-MM-DD`); past due and not done is a warning. */
import { itemLabel, itemSpan } from '../action-item-refs.js';
import { CLOSED_ACTION_STATUSES } from '../../core/vocabulary.js';
import type { Rule, RuleContext } from '../types.js';
import { actionTable, exampleDoc } from './example-doc.js';

const ID = 'action-items/due-date';
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** True when a YYYY-MM-DD text names a day that exists (no 2024-02-30). */
function isRealDay(date: string): boolean {
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(date);
}

function check(ctx: RuleContext): void {
  const today = ctx.options.now.toISOString().slice(0, 10);
  ctx.doc.postmortem.actionItems.forEach((item, i) => {
    const due = (item.due ?? '').trim();
    const isDate = ISO_DATE.test(due) && isRealDay(due);
    // Most items are fine: their label and span are only worked out for a finding.
    if (isDate && (due >= today || CLOSED_ACTION_STATUSES.has(item.status))) return;
    const label = itemLabel(item, i);
    const span = itemSpan(ctx.doc, i, 'due');
    if (due === '') {
      ctx.report({ message: `${label} has no due date: give it a real date (YYYY-MM-DD) so it can be chased.`, span, suggestion: 'Pick a date the owner agrees to, e.g. "2024-04-15"; a P1 item usually within two weeks.' });
      return;
    }
    if (!isDate) {
      ctx.report({ message: `${label} has the due date "${due}", which is not a date: write YYYY-MM-DD.`, span, suggestion: `Turn "${due}" into the day it should be done, e.g. "2024-04-15".` });
      return;
    }
    ctx.report({
      message: `${label} was due on ${due} and is still ${item.status.replace('_', ' ')}: finish it, or agree a new date and say why it moved.`,
      span,
      severity: 'warn',
    });
  });
}

/** The rule object: real due dates on action items. */
export const dueDate: Rule = {
  id: ID,
  description:
    'An action item with no due date or one that is not a date (`soon`, `next sprint`, `Q3`, `ongoing`, `ASAP`, `TBD`) is an error; a real `YYYY-MM-DD` date in the past on an item that is not done, verified or won\'t do is reported as a warning.',
  defaultSeverity: 'error',
  check,
  examples: {
    valid: [exampleDoc({ 'Action items': actionTable(['Alert when checkout p99 > 2s for 5 min | Ana Lima | 2099-01-15 | P1 | open | OPS-12', 'Add a canary stage to the deploy | Bo Chen | 2020-01-20 | P2 | done | OPS-13']) })],
    invalid: [
      {
        source: exampleDoc({
          'Action items': actionTable([
            'Alert when checkout p99 > 2s for 5 min | Ana Lima | next sprint | P1 | open | OPS-12',
            'Add a canary stage to the deploy | Bo Chen |  | P2 | open | OPS-13',
            'Page the database on-call on replica lag | Bo Chen | 2020-01-20 | P2 | in progress | OPS-14',
          ]),
        }),
        messages: 3,
      },
    ],
  },
};
