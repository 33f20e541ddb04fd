/** Action items across postmortems, and the status of one. */
import type { ActionStatus } from '../../../src/core/postmortem.schema.js';
import { queryString, sendJson } from './http.js';
import type { ActionItemRow, PostmortemView } from './types.js';

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

/** Sets one item's status (recorded as a revision of its postmortem). */
export function setActionItemStatus(postmortemId: string, key: string, status: ActionStatus): Promise<PostmortemView> {
  const path = `/api/v1/postmortems/${encodeURIComponent(postmortemId)}/action-items/${encodeURIComponent(key)}`;
  return sendJson(path, { method: 'PATCH', body: { status } });
}
