/** Incidents over HTTP: list (by what they owe), record, read, change with If-Match, history, waive and withdraw a waiver. */
import type { Owed } from '../../../src/core/incident.js';
import { queryString, sendJson } from './http.js';
import type { Incident, IncidentFacts, IncidentRevision, Page } from './types.js';

const BASE = '/api/v1/incidents';

/** The address of one incident (or a path below it). */
function pathOf(id: string, rest = ''): string {
  return `${BASE}/${encodeURIComponent(id)}${rest}`;
}

/** One page of incidents, newest first, optionally only those that owe `owed`. */
export function listIncidents(owed: Owed | undefined, cursor: string | null, limit: number): Promise<Page<Incident>> {
  return sendJson(`${BASE}${queryString({ owed, limit, cursor: cursor ?? undefined })}`);
}

/** Records an incident (editors, admins); the policy decides what it owes, and an owed postmortem is drafted at once. */
export function recordIncident(facts: IncidentFacts): Promise<Incident> {
  return sendJson(BASE, { method: 'POST', body: facts });
}

/** Reads one incident. */
export function getIncident(id: string): Promise<Incident> {
  return sendJson(pathOf(id));
}

/** Changes facts of an incident if `version` is still current (412 otherwise); the policy in force decides it again. */
export function changeIncident(id: string, version: number, change: Partial<IncidentFacts>): Promise<Incident> {
  return sendJson(pathOf(id), { method: 'PATCH', body: change, headers: { 'If-Match': `"${version}"` } });
}

/** Every change of an incident, oldest first. */
export async function listIncidentRevisions(id: string): Promise<IncidentRevision[]> {
  return (await sendJson<{ items: IncidentRevision[] }>(pathOf(id, '/revisions'))).items;
}

/** Waives the postmortem an incident owes, saying why (admins). */
export function waiveIncident(id: string, reason: string): Promise<Incident> {
  return sendJson(pathOf(id, '/waiver'), { method: 'POST', body: { reason } });
}

/** Withdraws a waiver (admins): the postmortem is owed again, and drafted if there is none. */
export function withdrawWaiver(id: string): Promise<Incident> {
  return sendJson(pathOf(id, '/waiver'), { method: 'DELETE' });
}
