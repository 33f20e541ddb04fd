/** The store's clock: every timestamp it writes is an ISO 8601 UTC instant with milliseconds. */

let last = 0;

/**
 * Now, as the store writes timestamps (the fixed width makes text order time order). Strictly increasing
 * within a process, so two comments or revisions written in the same millisecond keep the order they were written in.
 */
export function nowIso(): string {
  last = Math.max(Date.now(), last + 1);
  return new Date(last).toISOString();
}
