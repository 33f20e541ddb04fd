/**
 * The clock the store's security rules read (session and token expiry, idle timeouts, rate windows, the audit log):
 * milliseconds since the epoch. `Date.now` in production; tests pass one they move, so nothing in them sleeps.
 */

/** Now, in epoch milliseconds. */
export type Clock = () => number;

/** An instant as the store writes it: ISO 8601 UTC with milliseconds (text order is time order). */
export function isoAt(epochMs: number): string {
  return new Date(epochMs).toISOString();
}

/** A clock's readings made strictly increasing, so that events recorded in the same millisecond keep their order. */
export function increasing(clock: Clock): Clock {
  let last = 0;
  return () => {
    last = Math.max(clock(), last + 1);
    return last;
  };
}
