/** Action items across postmortems, and the status of one. */
import type { ActionStatus } from '../../../src/core/postmortem.schema.js';
import { queryString, sendJson } from './http.js';
import type { ActionItemRow, PostmortemView } from './types.js';

/** The filters of the action-item list, as the API names them. */
export interface ActionItemFilter {
  owner?: string;
  status?: string;
  priority?: string;
  overdue?: boolean;
}

/** Action items the user may see, filtered. */
export async function listActionItems(filter: ActionItemFilter): Promise<ActionItemRow[]> {
  const query = queryString({ ...filter, overdue: filter.overdue === true ? 'true' : undefined });
  return (await sendJson<{ items: ActionItemRow[] }>(`/api/v1/action-items${query}`)).items;
}

/** Sets one item's status (recorded as a revision of its postmortem). */
export function setActionItemStatus(postmortemId: string, key: string, status: ActionStatus): Promise<PostmortemView> {
  const path = `/api/v1/postmortems/${encodeURIComponent(postmortemId)}/action-items/${encodeURIComponent(key)}`;
  return sendJson(path, { method: 'PATCH', body: { status } });
}
