/** A tracker's refusal or failure as Debrief reports it: the HTTP status (null when none came), and the wait it asked for. */

/** What went wrong talking to a tracker: retried by the tracker pass, shown on the item and in the integration's log. */
export class TrackerError extends Error {
  constructor(
    message: string,
    readonly status: number | null,
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = 'TrackerError';
  }
}

/** What each refusal usually means, in words an admin can act on. */
const MEANING: Record<number, string> = {
  401: 'the credential was refused: set a valid API token as the integration\u2019s secret',
  403: 'the credential may not do this: give its account access to the project or repository',
  404: 'not found: check the site, project, team or repository in the integration\u2019s settings',
  429: 'rate limited',
};

/** A Retry-After header (seconds, or an HTTP date) as milliseconds from `now`, or undefined. */
export function retryAfterMs(value: unknown, now: number): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return Math.max(0, value * 1000);
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** A header from a headers object of any shape the SDKs use (a plain object, axios' headers, fetch's Headers). */
function headerOf(headers: unknown, name: string): unknown {
  if (headers === null || typeof headers !== 'object') return undefined;
  if (typeof (headers as { get?: unknown }).get === 'function') return (headers as { get(n: string): unknown }).get(name) ?? undefined;
  return (headers as Record<string, unknown>)[name] ?? (headers as Record<string, unknown>)[name.toLowerCase()];
}

/** The field at a path of an unknown value, or undefined. */
function at(value: unknown, ...path: string[]): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** True when an error (or one of its causes) says the tracker could not be reached: refused, unknown host, timed out, reset. */
function unreachable(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 6 && current !== null && typeof current === 'object'; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && /^(ECONNREFUSED|ECONNRESET|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|UND_ERR_\w+)$/.test(code)) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

/**
 * A TrackerError from what an SDK threw: octokit's RequestError (status, response.headers), jira.js' HttpException
 * (status, cause: the axios error), Linear's LinearError (status, retryAfter, raw.response.headers), or a network error.
 */
export function trackerErrorOf(vendor: string, error: unknown, now: number): TrackerError {
  if (error instanceof TrackerError) return error;
  const status = typeof at(error, 'status') === 'number' ? (at(error, 'status') as number) : null;
  const retryAfter =
    at(error, 'retryAfter') ??
    headerOf(at(error, 'response', 'headers'), 'retry-after') ??
    headerOf(at(error, 'cause', 'response', 'headers'), 'retry-after') ??
    headerOf(at(error, 'raw', 'response', 'headers'), 'retry-after');
  const wait = retryAfterMs(retryAfter, now);
  const said = error instanceof Error ? error.message : String(error);
  if (status === null || status === 0 || unreachable(error)) return new TrackerError(`${vendor} could not be reached: ${said}`, null);
  const meaning = MEANING[status] ?? (status >= 500 ? 'the tracker failed' : 'the tracker refused the request');
  const waitText = wait === undefined ? '' : ` (it asked to wait ${Math.ceil(wait / 1000)} s)`;
  return new TrackerError(`${vendor} answered ${status}: ${meaning}${waitText}; ${said}`.slice(0, 1000), status, wait);
}
