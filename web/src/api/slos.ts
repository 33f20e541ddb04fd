/** Service level objectives over HTTP: everyone lists them; admins set and remove them. */
import { send, sendJson } from './http.js';
import type { StoredSlo } from './types.js';

const BASE = '/api/v1/slos';

/** Every SLO, by service. */
export async function listSlos(): Promise<StoredSlo[]> {
  return (await sendJson<{ items: StoredSlo[] }>(BASE)).items;
}

/** Sets the SLO of a service, replacing its old one (admins). */
export function putSlo(service: string, slo: { targetPercent: number; windowDays: number }): Promise<StoredSlo> {
  return sendJson(`${BASE}/${encodeURIComponent(service)}`, { method: 'PUT', body: slo });
}

/** Removes the SLO of a service (admins). */
export async function deleteSlo(service: string): Promise<void> {
  await send(`${BASE}/${encodeURIComponent(service)}`, { method: 'DELETE' });
}
