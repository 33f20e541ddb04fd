/** The owed-postmortem policy over HTTP: the one in force, a new version (admins), and what a document would owe. */
import { sendJson } from './http.js';
import type { IncidentFacts, PolicyDecision, PolicyView } from './types.js';

const BASE = '/api/v1/policy';

/** The policy in force. */
export function getPolicy(): Promise<PolicyView> {
  return sendJson(BASE);
}

/** Sets a new version (admins); 422 whose details name each problem's field and line, the policy in force unchanged. */
export function setPolicy(document: string): Promise<PolicyView> {
  return sendJson(BASE, { method: 'PUT', body: { document } });
}

/** What `document` (not kept) would owe for a recorded incident or for facts, and why. */
export function tryPolicy(subject: { incidentId: string } | { incident: Partial<IncidentFacts> }, document: string): Promise<PolicyDecision> {
  return sendJson(`${BASE}/check`, { method: 'POST', body: { ...subject, document } });
}
