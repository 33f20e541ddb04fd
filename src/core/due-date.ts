/** An action item's due date, and whether it is overdue: one meaning for the linter, the store's lists and the web app. */
import { CLOSED_ACTION_STATUSES } from './vocabulary.js';
import type { ACTION_STATUSES } from './vocabulary.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The due date when it is written as a calendar day that exists ('2024-03-01'), else null ('next sprint', 'Q3', '2024-02-30', none). */
export function dueCalendarDate(due: string | null): string | null {
  const text = due?.trim() ?? '';
  if (!ISO_DATE.test(text)) return null;
  const parsed = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(text) ? text : null;
}

/**
 * True when an item is still open (not done, verified or won't do) and its calendar due date is before `today`
 * (`YYYY-MM-DD`, UTC). The store's `overdue` filter is the same test in SQL, on the column `dueCalendarDate` fills.
 */
export function isOverdue(item: { due: string | null; status: (typeof ACTION_STATUSES)[number] }, today: string): boolean {
  const date = dueCalendarDate(item.due);
  return date !== null && date < today && !CLOSED_ACTION_STATUSES.has(item.status);
}
