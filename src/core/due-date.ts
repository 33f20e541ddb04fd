/** An action item's due date as the lists sort and filter by it. */

/** The due date when it is written as a calendar date ('2024-03-01'), else null ('next sprint', 'Q3', none). */
export function dueCalendarDate(due: string | null): string | null {
  const text = due?.trim() ?? '';
  return /^\d{4}-\d{2}-\d{2}$/.test(text) ? text : null;
}
