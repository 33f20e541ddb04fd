/** Notification channels and the delivery log over HTTP (admins): list, add, change and remove channels; read the log a page at a time. */
import { queryString, send, sendJson } from './http.js';
import type { Channel, ChannelInput, Delivery, DeliveryOutcome, Page, SavedChannel } from './types.js';

const BASE = '/api/v1/channels';

/** Every channel, of every scope. */
export async function listChannels(): Promise<Channel[]> {
  return (await sendJson<{ items: Channel[] }>(BASE)).items;
}

/** Adds a channel; a webhook without a secret gets one, answered this once. */
export function createChannel(input: ChannelInput): Promise<SavedChannel> {
  return sendJson(BASE, { method: 'POST', body: input });
}

/** Changes a channel's settings, and moves it when `scope` is given (a webhook sent without a secret keeps its own). */
export function updateChannel(id: string, input: Omit<ChannelInput, 'scope'> & Partial<Pick<ChannelInput, 'scope'>>): Promise<SavedChannel> {
  return sendJson(`${BASE}/${encodeURIComponent(id)}`, { method: 'PUT', body: input });
}

/** Removes a channel (its deliveries stay in the log). */
export async function deleteChannel(id: string): Promise<void> {
  await send(`${BASE}/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

/** Which attempts the delivery log lists. */
export interface DeliveryFilter {
  channelId?: string;
  outcome?: DeliveryOutcome;
}

/** One page of the delivery log, newest first. */
export function listDeliveries(filter: DeliveryFilter, cursor: string | null, limit: number): Promise<Page<Delivery>> {
  return sendJson(`/api/v1/deliveries${queryString({ ...filter, limit, cursor: cursor ?? undefined })}`);
}
