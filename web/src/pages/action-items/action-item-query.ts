/** The action-item list as the page asks for it: "mine" covers the user's name and e-mail, "not closed" is the default. */
import { dueCalendarDate } from '../../../../src/core/due-date.js';
import { CLOSED_ACTION_STATUSES } from '../../../../src/core/vocabulary.js';
import { listActionItems } from '../../api/action-items.js';
import type { ActionItemRow, User } from '../../api/types.js';

/** The filters of the page. */
export interface ActionItemQuery {
  mine: boolean;
  overdue: boolean;
  owner: string;
  /** A team of the postmortems (their `teams`), any case; empty for all. */
  team: string;
  priority: string;
  /** A status, 'not_closed' (default) or 'any'. */
  status: string;
}

/** The identity of a row across reloads: its postmortem and its key there. */
export function rowKey(row: ActionItemRow): string {
  return `${row.postmortemId}\u0000${row.key}`;
}

/** The server's order of the list: priority (none last), due date (none, or not a date, last), postmortem, position. */
function byServerOrder(a: ActionItemRow, b: ActionItemRow): number {
  const key = (row: ActionItemRow): [string, string] => [row.item.priority ?? 'P9', dueCalendarDate(row.item.due) ?? '9999-12-31'];
  const [pa, da] = key(a);
  const [pb, db] = key(b);
  return pa.localeCompare(pb) || da.localeCompare(db) || (a.postmortemId < b.postmortemId ? -1 : a.postmortemId > b.postmortemId ? 1 : 0) || a.index - b.index;
}

/** The rows matching `query` for `user` (owners are free text: "mine" is the user's name or e-mail). */
export async function queryActionItems(query: ActionItemQuery, user: User): Promise<ActionItemRow[]> {
  const status = query.status === 'not_closed' || query.status === 'any' ? undefined : query.status;
  const base = { status, priority: query.priority || undefined, team: query.team.trim() || undefined, overdue: query.overdue };
  const owners = query.mine ? [user.name, user.email].filter((o) => o !== '') : [query.owner.trim() || undefined];
  const pages = await Promise.all(owners.map((owner) => listActionItems({ ...base, owner })));
  const unique = new Map(pages.flat().map((row) => [rowKey(row), row]));
  // "Mine" merges two lists: put them back in the order the page promises.
  const rows = owners.length > 1 ? [...unique.values()].sort(byServerOrder) : [...unique.values()];
  return rows.filter((row) => matchesStatus(query, row.item.status));
}

/** True when an item of this status belongs in the list the query asks for (after a change of status, too). */
export function matchesStatus(query: Pick<ActionItemQuery, 'status'>, status: ActionItemRow['item']['status']): boolean {
  if (query.status === 'not_closed') return !CLOSED_ACTION_STATUSES.has(status);
  return query.status === 'any' || query.status === status;
}
