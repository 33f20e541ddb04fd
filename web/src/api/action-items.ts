/** Action items across postmortems, the status of one (won't do with a reason), verifying a done one, and filing one in a tracker. */
import type { ActionStatus } from '../../../src/core/postmortem.schema.js';
import { queryString, sendJson } from './http.js';
import type { ActionItemRow, PostmortemView, TicketFiling } from './types.js';

/** The filters of the action-item list, as the API names them. */
export interface ActionItemFilter {
  owner?: string;
  /** Items of postmortems that list this team. */
  team?: string;
  status?: string;
  priority?: string;
  overdue?: boolean;
}

/** The largest page the API answers. */
const PAGE_SIZE = 1000;

/** Action items the user may see, filtered (every page of them). */
export async function listActionItems(filter: ActionItemFilter): Promise<ActionItemRow[]> {
  const rows: ActionItemRow[] = [];
  let cursor: string | undefined;
  do {
    const query = queryString({ ...filter, overdue: filter.overdue === true ? 'true' : undefined, limit: PAGE_SIZE, cursor });
    const page = await sendJson<{ items: ActionItemRow[]; nextCursor: string | null }>(`/api/v1/action-items${query}`);
    rows.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor !== undefined);
  return rows;
}

/** The address of one item of a postmortem (or a path below it). */
function itemPath(postmortemId: string, key: string, rest = ''): string {
  return `/api/v1/postmortems/${encodeURIComponent(postmortemId)}/action-items/${encodeURIComponent(key)}${rest}`;
}

/** Sets one item's status (recorded as a revision of its postmortem); won't do needs `reason` (422 at `reason`), verified is refused (409). */
export function setActionItemStatus(postmortemId: string, key: string, status: ActionStatus, reason?: string): Promise<PostmortemView> {
  return sendJson(itemPath(postmortemId, key), { method: 'PATCH', body: reason === undefined ? { status } : { status, reason } });
}

/** Verifies a done item with evidence that it works: someone other than its owner (403), a done item only (409). */
export function verifyActionItem(postmortemId: string, key: string, evidence: string): Promise<PostmortemView> {
  return sendJson(itemPath(postmortemId, key, '/verify'), { method: 'POST', body: { evidence } });
}

/** Files an item in its team's tracker: filed (its ticket now), pending (owed to the tracker, with its last error), or linked (it had a ticket). */
export function fileActionItem(postmortemId: string, key: string): Promise<TicketFiling> {
  return sendJson(itemPath(postmortemId, key, '/ticket'), { method: 'POST', body: {} });
}
