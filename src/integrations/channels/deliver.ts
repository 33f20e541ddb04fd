/**
 * One round of the outbox: claim what is due, send each (at once, each within the send timeout), record each
 * attempt. A scheduler calls it every so often, on every instance if it likes: claims never overlap. A receiver that
 * fails, hangs or resets costs one attempt and a log row, never an exception; only a database failure throws (and
 * the claims it leaves behind are taken again once their lease expires).
 */
import type { DeliveryOutcome } from '../../core/channels.js';
import type { Clock } from '../../store/clock.js';
import type { AttemptResult, ClaimedNotification, OutboxState, Store } from '../../store/store.types.js';
import { DEFAULT_TIMEOUT_MS, sendNotification, type SendSettings } from './send.js';

/** How to deliver: how to send, and how much to claim at a time for how long. */
export interface DeliverySettings extends SendSettings {
  /** How many notifications one round claims (default 20). */
  batchSize?: number;
  /** How long a claim holds (default four times the timeout): longer than any attempt may take. */
  leaseMs?: number;
}

/** What one round did. */
export interface DeliveryCounts {
  claimed: number;
  sent: number;
  /** Failed and due again later. */
  retrying: number;
  /** Failed for good (refused, unsubscribed, or given up). */
  failed: number;
}

/** The default number of notifications one round claims. */
export const DEFAULT_BATCH = 20;

/** Sends one claimed notification; a fault of ours while sending counts as a failed attempt to retry, not a crash. */
async function attempt(item: ClaimedNotification, clock: Clock, settings: SendSettings): Promise<DeliveryOutcome> {
  try {
    return await sendNotification(item.config, item.message, { id: item.id, occurredAt: item.createdAt, attemptAtMs: clock() }, settings);
  } catch (error) {
    return { ok: false, retry: true, error: `could not send: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/** The outbox as a round needs it: a store's, or its functions over one connection. */
export type NotificationQueue = Pick<Store, 'claimDueNotifications' | 'recordNotificationAttempts'>;

/**
 * Claims the notifications that are due, sends them and records each attempt; answers what became of them. A
 * notification sent is recorded at once, alone, so that a crash can send it twice only in that instant; failed
 * attempts, which a crash would merely retry, are recorded together once the round's sends are over (one commit
 * instead of one each: a round of a channel that is down costs one disk flush, not twenty).
 */
export async function deliverDue(queue: NotificationQueue, clock: Clock, settings: DeliverySettings): Promise<DeliveryCounts> {
  const leaseMs = settings.leaseMs ?? 4 * (settings.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const claimed = await queue.claimDueNotifications({ limit: settings.batchSize ?? DEFAULT_BATCH, leaseMs });
  const failures: AttemptResult[] = [];
  const sent = await Promise.all(
    claimed.map(async (claim): Promise<OutboxState | null | undefined> => {
      const started = performance.now();
      const outcome = await attempt(claim, clock, settings);
      const result = { claim, outcome, durationMs: performance.now() - started };
      if (!outcome.ok) {
        failures.push(result);
        return undefined;
      }
      const [state] = await queue.recordNotificationAttempts([result]);
      return state;
    }),
  );
  const failed = await queue.recordNotificationAttempts(failures);
  const states = [...sent, ...failed];
  return {
    claimed: claimed.length,
    sent: states.filter((s) => s === 'sent').length,
    retrying: states.filter((s) => s === 'pending').length,
    failed: states.filter((s) => s === 'failed').length,
  };
}
