/** The one way the app talks to the server: JSON over fetch, same-origin cookie session, CSRF header on writes. */

/** An error answer of the API: `{"error":{"code","message","details"}}` plus the HTTP status. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Thrown when the server could not be reached at all (offline, server down). */
export class OfflineError extends Error {
  constructor() {
    super('The server cannot be reached.');
    this.name = 'OfflineError';
  }
}

let csrfToken: string | null = null;

/** Remembers the CSRF token of the current session (sent as X-CSRF-Token with every write). */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

const SAFE_METHODS = new Set(['GET', 'HEAD']);

/** Listeners told when any request answers 401 (the session ended). */
const signedOutListeners = new Set<() => void>();

/** Calls `listener` whenever the server says the session is gone; returns the unsubscribe function. */
export function onSignedOut(listener: () => void): () => void {
  signedOutListeners.add(listener);
  return () => signedOutListeners.delete(listener);
}

export interface RequestOptions {
  method?: string;
  /** A JSON body (serialised here), or a string or a file (a Blob) sent as is with `contentType`. */
  body?: unknown;
  contentType?: string;
  accept?: string;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

async function errorOf(response: Response): Promise<ApiError> {
  const text = await response.text();
  try {
    const parsed = JSON.parse(text) as { error?: { code?: string; message?: string; details?: unknown } };
    const error = parsed.error ?? {};
    return new ApiError(response.status, error.code ?? 'error', error.message ?? response.statusText, error.details);
  } catch {
    return new ApiError(response.status, 'error', response.statusText || `HTTP ${response.status}`);
  }
}

/** Sends one request to the API and returns the raw response when it is 2xx; throws ApiError or OfflineError otherwise. */
export async function send(path: string, options: RequestOptions = {}): Promise<Response> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { Accept: options.accept ?? 'application/json', ...options.headers };
  let body: string | Blob | undefined;
  if (options.body !== undefined) {
    body = typeof options.body === 'string' || options.body instanceof Blob ? options.body : JSON.stringify(options.body);
    headers['Content-Type'] = options.contentType ?? 'application/json';
  }
  if (!SAFE_METHODS.has(method) && csrfToken !== null) headers['X-CSRF-Token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(path, { method, headers, body, credentials: 'same-origin', signal: options.signal });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new OfflineError();
  }
  if (response.ok) return response;
  const error = await errorOf(response);
  if (response.status === 401 && !path.endsWith('/auth/login')) signedOutListeners.forEach((listener) => listener());
  throw error;
}

/** Sends a request and reads the JSON answer. */
export async function sendJson<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const response = await send(path, options);
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

/** A query string from the set values of `params` (strings trimmed; empty ones and undefined are left out, as the server would refuse them). */
export function queryString(params: Record<string, string | number | boolean | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    const text = typeof value === 'string' ? value.trim() : value;
    if (text !== undefined && text !== '') search.set(key, String(text));
  }
  const text = search.toString();
  return text === '' ? '' : `?${text}`;
}
