/**
 * Signing as Standard Webhooks 1.0 says (standard-webhooks/standard-webhooks, spec/standard-webhooks.md), so that a
 * receiver can verify our webhooks with any Standard Webhooks library: `webhook-id` (the same on every attempt: the
 * receiver's idempotency key), `webhook-timestamp` (the attempt's time, unix seconds: replay protection) and
 * `webhook-signature: v1,<base64 HMAC-SHA256 of "{id}.{timestamp}.{body}">`, keyed with the base64-decoded part of
 * the `whsec_` secret. The body is `{ type, timestamp, data }`.
 */
import { createHmac } from 'node:crypto';
import { webhookSecretKey, type NotificationMessage } from '../../core/channels.js';

/** The body and headers of one signed request. */
export interface SignedWebhook {
  body: string;
  headers: Record<string, string>;
}

/**
 * The body for a notification that occurred at `occurredAt` (ISO): its type, that instant, and its data, with the
 * words for people (`subject`, `text`, `link`) added to `data` under those names.
 */
export function webhookBody(message: NotificationMessage, occurredAt: string): string {
  const data = { ...message.data, subject: message.subject, text: message.text, ...(message.link === undefined ? {} : { link: message.link }) };
  return JSON.stringify({ type: message.type, timestamp: occurredAt, data });
}

/** The `v1,…` signature of a body sent with an id and a timestamp (unix seconds), under a `whsec_` secret. */
export function webhookSignature(secret: string, id: string, timestampSeconds: number, body: string): string {
  const key = webhookSecretKey(secret);
  if (key === undefined) throw new Error('webhook signature: the secret is not a whsec_ secret');
  // The spec: neither the id nor the timestamp may hold a full stop, or a signed content could be read two ways.
  if (id.includes('.')) throw new Error('webhook signature: the id must not contain "."');
  return `v1,${createHmac('sha256', key).update(`${id}.${timestampSeconds}.${body}`, 'utf8').digest('base64')}`;
}

/** The signed request of one attempt at `attemptAtMs` (epoch ms) to deliver notification `id`. */
export function signedWebhook({ id, secret, attemptAtMs, occurredAt, message }: { id: string; secret: string; attemptAtMs: number; occurredAt: string; message: NotificationMessage }): SignedWebhook {
  const body = webhookBody(message, occurredAt);
  const timestamp = Math.floor(attemptAtMs / 1000);
  return {
    body,
    headers: {
      'content-type': 'application/json',
      'webhook-id': id,
      'webhook-timestamp': String(timestamp),
      'webhook-signature': webhookSignature(secret, id, timestamp, body),
    },
  };
}
