/** Integrations over HTTP (admins): list, add, read (with the latest deliveries), change, remove and test them. */
import { send, sendJson } from './http.js';
import type { HookDelivery, Integration, IntegrationInput, IntegrationTest, SavedIntegration } from './types.js';

const BASE = '/api/v1/integrations';

/** Every integration. */
export async function listIntegrations(): Promise<Integration[]> {
  return (await sendJson<{ items: Integration[] }>(BASE)).items;
}

/** Adds an integration; one without a secret gets one, answered this once. */
export function createIntegration(input: IntegrationInput): Promise<SavedIntegration> {
  return sendJson(BASE, { method: 'POST', body: input });
}

/** Changes an integration (a secret left out keeps the one in force). */
export function updateIntegration(id: string, input: IntegrationInput): Promise<SavedIntegration> {
  return sendJson(`${BASE}/${encodeURIComponent(id)}`, { method: 'PUT', body: input });
}

/** Removes an integration (the incidents it made stay). */
export async function deleteIntegration(id: string): Promise<void> {
  await send(`${BASE}/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

/** An integration's latest deliveries, newest first. */
export async function listIntegrationDeliveries(id: string): Promise<HookDelivery[]> {
  return (await sendJson<{ deliveries: HookDelivery[] }>(`${BASE}/${encodeURIComponent(id)}`)).deliveries;
}

/** Tests an integration: changes nothing. */
export function testIntegration(id: string): Promise<IntegrationTest> {
  return sendJson(`${BASE}/${encodeURIComponent(id)}/test`, { method: 'POST' });
}
