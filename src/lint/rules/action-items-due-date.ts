/** action-items/due-date: every action item has a real due date (`YYYY-MM-DD`); whether it has passed is action-items/overdue's business. */
import { dueCalendarDate } from '../../core/due-date.js';
import { CLOSED_ACTION_STATUSES } from '../../core/vocabulary.js';
import { itemLabel, itemSpan } from '../action-item-refs.js';
import type { Rule, RuleContext } from '../types.js';
import { actionTable, exampleDoc } from './example-doc.js';

const ID = 'action-items/due-date';

function check(ctx: RuleContext): void {
  ctx.doc.postmortem.actionItems.forEach((item, i) => {
    // A closed item (done, verified, won't do) is not chased any more: its date, or the lack of one, no longer matters.
    if (CLOSED_ACTION_STATUSES.has(item.status) || dueCalendarDate(item.due) !== null) return;
    const due = (item.due ?? '').trim();
    const label = itemLabel(item, i);
    const span = itemSpan(ctx.doc, i, 'due');
    if (due === '') {
      ctx.report({ message: `${label} has no due date: give it a real date (YYYY-MM-DD) so it can be chased.`, span, suggestion: 'Pick a date the owner agrees to, e.g. "2024-04-15"; a P1 item usually within two weeks.' });
      return;
    }
    ctx.report({ message: `${label} has the due date "${due}", which is not a date: write YYYY-MM-DD.`, span, suggestion: `Turn "${due}" into the day it should be done, e.g. "2024-04-15".` });
  });
}

/** The rule object: real due dates on action items. */
export const dueDate: Rule = {
  id: ID,
  description:
    "An open action item with no due date, or one that is not a calendar date (`soon`, `next sprint`, `Q3`, `2027`, `ongoing`, `ASAP`, `TBD`, `2024-02-30`). Closed items (done, verified, won't do) need no date. A date that has passed is `action-items/overdue`, a rule of its own.",
  defaultSeverity: 'error',
  check,
  examples: {
    valid: [
      exampleDoc({
        'Action items': actionTable([
          'Alert when checkout p99 > 2s for 5 min | Ana Lima | 2099-01-15 | P1 | open | OPS-12',
          'Page the database on-call on replica lag | Bo Chen | 2020-01-20 | P2 | in progress | OPS-14',
          'Add a canary stage to the deploy | Bo Chen |  | P2 | done | OPS-16',
        ]),
      }),
    ],
    invalid: [
      {
        source: exampleDoc({
          'Action items': actionTable([
            'Alert when checkout p99 > 2s for 5 min | Ana Lima | next sprint | P1 | open | OPS-12',
            'Add a canary stage to the deploy | Bo Chen |  | P2 | open | OPS-13',
            'Page the database on-call on replica lag | Bo Chen | 2099-02-30 | P2 | open | OPS-14',
          ]),
        }),
        messages: 3,
      },
    ],
  },
};
