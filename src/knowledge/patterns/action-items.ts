/** Action items in a period: how many were created, how many of those are closed, how many closed in it, and how many are overdue today. */
import { CLOSED_ACTION_STATUSES } from '../../core/vocabulary.js';
import { inPeriod, periodBounds, type Period } from './period.js';
import type { ActionItemRow } from './rows.js';
import { counted } from './words.js';

/** What the period did with its action items. */
export interface ActionItemFigures {
  /** Items created in the period. */
  created: number;
  /** Of those, the ones done, verified or declined by now. */
  closedOfCreated: number;
  /** Items closed in the period, whenever created; null when the source keeps no closing times (a directory). */
  closedInPeriod: number | null;
  /** Items created by the period's end, still open, due before `today`. */
  overdue: number;
  /** The day overdue is judged at (YYYY-MM-DD, UTC). */
  today: string;
  sentences: string[];
}

/** The action-item figures of the period, overdue judged at `today`; `closingTimesKnown` says whether `closedAt` is recorded. */
export function actionItemFigures(items: readonly ActionItemRow[], period: Period, today: string, closingTimesKnown: boolean): ActionItemFigures {
  const created = items.filter((i) => inPeriod(i.createdAt, period));
  const closedOfCreated = created.filter((i) => CLOSED_ACTION_STATUSES.has(i.status)).length;
  const closedInPeriod = closingTimesKnown ? items.filter((i) => inPeriod(i.closedAt, period)).length : null;
  const end = Date.parse(periodBounds(period).end);
  const overdue = items.filter((i) => (i.createdAt === null || Date.parse(i.createdAt) < end) && !CLOSED_ACTION_STATUSES.has(i.status) && i.due !== null && i.due < today).length;
  const sentences = [
    created.length === 0 ? 'No action items were created in this period.' : `${counted(created.length, 'action item')} ${created.length === 1 ? 'was' : 'were'} created in this period; ${closedOfCreated} of them ${closedOfCreated === 1 ? 'is' : 'are'} closed now.`,
    ...(closedInPeriod === null ? [] : [`${counted(closedInPeriod, 'action item')} ${closedInPeriod === 1 ? 'was' : 'were'} closed in this period.`]),
    `${counted(overdue, 'action item')} ${overdue === 1 ? 'is' : 'are'} overdue on ${today} (due before it and still open).`,
  ];
  return { created: created.length, closedOfCreated, closedInPeriod, overdue, today, sentences };
}
