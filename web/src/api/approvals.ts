/** Approvals of a postmortem over HTTP: read, approve the version in review, withdraw. */
import { sendJson } from './http.js';
import type { Approvals } from './types.js';

function pathOf(id: string): string {
  return `/api/v1/postmortems/${encodeURIComponent(id)}/approvals`;
}

/** Who approved which version, whether each holds, how many final needs. */
export function getApprovals(id: string, signal?: AbortSignal): Promise<Approvals> {
  return sendJson(pathOf(id), { signal });
}

/** Approves `version` as the signed-in user (412 when it is no longer current, 403 for its author). */
export function approve(id: string, version: number): Promise<Approvals> {
  return sendJson(pathOf(id), { method: 'POST', headers: { 'If-Match': `"${version}"` } });
}

/** Withdraws the signed-in user's approval. */
export function withdrawApproval(id: string): Promise<Approvals> {
  return sendJson(pathOf(id), { method: 'DELETE' });
}
