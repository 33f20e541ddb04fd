/** How an action item is named in messages and hidden button text: `AI-3 “Add a canary”`, or its title alone. */
import type { ActionItemRow } from '../../api/types.js';

/** The item's id (when it has one) and title. */
export function itemLabel(row: ActionItemRow): string {
  return row.item.id === null ? `“${row.item.title}”` : `${row.item.id} “${row.item.title}”`;
}
