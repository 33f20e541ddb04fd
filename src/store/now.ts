/** The store's clock: every timestamp it writes is an ISO 8601 UTC instant with milliseconds. */

/** Now, as the store writes timestamps (the fixed width makes text order time order). */
export function nowIso(): string {
  return new Date().toISOString();
}
