/** Teams over HTTP: everyone lists them; admins add, replace and remove them. */
import { send, sendJson } from './http.js';
import type { Team } from './types.js';

const BASE = '/api/v1/teams';

/** Every team, by name. */
export async function listTeams(): Promise<Team[]> {
  return (await sendJson<{ items: Team[] }>(BASE)).items;
}

/** Adds a team, or replaces the one of that name in any case (admins). */
export function putTeam(name: string, team: { lead: string | null; members: string[]; services: string[] }): Promise<Team> {
  return sendJson(`${BASE}/${encodeURIComponent(name)}`, { method: 'PUT', body: team });
}

/** Removes a team (admins). */
export async function deleteTeam(name: string): Promise<void> {
  await send(`${BASE}/${encodeURIComponent(name)}`, { method: 'DELETE' });
}
