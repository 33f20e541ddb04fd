/**
 * Fetching a source's entries live with a token, page after page, each page read by the source's reader as an export
 * would be: Slack's `conversations.history` of a channel (cursor pagination: `response_metadata.next_cursor` while
 * `has_more`; `oldest`/`latest` from the incident window), the replies of each thread in it (`conversations.replies`
 * of a message with `reply_count`, by cursor too) and the names of the people who wrote (`users.info`, asked once per
 * person and fetch); and PagerDuty's log entries of an incident (`GET /incidents/{id}/log_entries`, offset
 * pagination while `more`). A rate limit (429) is waited out as its Retry-After asks, a few times and up to a minute
 * each; a longer one, or any other refusal (HTTP error, Slack's `{"ok": false}`), stops the fetch with what the
 * service said. Shapes: docs.slack.dev `conversations.history`, `conversations.replies`, `users.info`,
 * PagerDuty/api-schema `reference/REST/openapiv3.json` (see docs/integrations.md).
 */
import { InputError } from '../core/errors.js';
import { readPagerDuty } from './pagerduty.js';
import { readSlack, slackUsers } from './slack.js';
import { OmittedTally, type ReadOptions, type SourceReading } from './source-reading.js';

/** The sources that can be fetched live, with where their API is by default. */
export const FETCH_APIS = { slack: 'https://slack.com/api', pagerduty: 'https://api.pagerduty.com' } as const;

/** A source that can be fetched live. */
export type FetchSource = keyof typeof FETCH_APIS;

/** The variable that moves each source's API elsewhere (a proxy, a regional endpoint). */
const API_URL_VARIABLES: Readonly<Record<FetchSource, string>> = { slack: 'DEBRIEF_SLACK_API_URL', pagerduty: 'DEBRIEF_PAGERDUTY_API_URL' };

/** True when a source can be fetched live. */
export function isFetchSource(source: string): source is FetchSource {
  return source in FETCH_APIS;
}

/** Where each source's API is for the server, from DEBRIEF_SLACK_API_URL and DEBRIEF_PAGERDUTY_API_URL (else the vendor's). */
export function fetchApisFrom(env: NodeJS.ProcessEnv): Partial<Record<FetchSource, string>> {
  const apis: Partial<Record<FetchSource, string>> = {};
  for (const source of Object.keys(API_URL_VARIABLES) as FetchSource[]) {
    const url = env[API_URL_VARIABLES[source]]?.trim();
    if (url === undefined || url === '') continue;
    if (!URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol)) throw new InputError(`${API_URL_VARIABLES[source]}: not an http(s) URL (${url}); leave it unset for ${FETCH_APIS[source]}`);
    apis[source] = url.replace(/\/+$/, '');
  }
  return apis;
}

/** What to fetch: from which API, with which token, what (a Slack channel's id, a PagerDuty incident's id). */
export interface FetchRequest {
  source: FetchSource;
  id: string;
  token: string;
  apiUrl?: string | undefined;
  /** Waits out a rate limit (a test's clock answers at once); setTimeout by default. */
  sleep?: ((ms: number) => Promise<void>) | undefined;
}

/** The longest Retry-After waited out, and how many times a request is tried again after a 429. */
const MAX_RETRY_AFTER_S = 60;
const MAX_RETRIES = 3;

/** Waits `ms` milliseconds. */
function sleepFor(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** How many pages a fetch reads at most (a loop of cursors must end). */
const MAX_PAGES = 1000;

/** GETs a JSON page, waiting out a short rate limit (`sleep`), or throws with what the service answered. */
async function getJson(url: URL, headers: Record<string, string>, what: string, sleep: (ms: number) => Promise<void> = sleepFor): Promise<Record<string, unknown>> {
  let response: Response;
  for (let attempt = 0; ; attempt++) {
    try {
      response = await fetch(url, { headers });
    } catch (error) {
      throw new InputError(`${what}: cannot reach ${url.origin}: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (response.status !== 429) break;
    const retryAfter = response.headers.get('retry-after');
    const seconds = retryAfter === null ? NaN : Number(retryAfter);
    if (attempt >= MAX_RETRIES || !(seconds >= 0 && seconds <= MAX_RETRY_AFTER_S)) throw new InputError(`${what}: rate limited${retryAfter === null ? '' : ` (Retry-After ${retryAfter} s)`}; try again later`);
    await response.body?.cancel();
    await sleep(seconds * 1000);
  }
  if (!response.ok) throw new InputError(`${what}: HTTP ${response.status}${response.status === 401 || response.status === 403 ? ': check the token and its scopes' : ''}`);
  const body = (await response.json().catch(() => null)) as unknown;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new InputError(`${what}: the answer is not a JSON object`);
  return body as Record<string, unknown>;
}

/** Seconds since the epoch as Slack's `oldest`/`latest` take them. */
function slackTime(iso: string | null | undefined): string | null {
  return iso === null || iso === undefined ? null : (Date.parse(iso) / 1000).toFixed(6);
}

/** A Slack Web API method's answer (GET with the token), or throws with the error Slack named. */
async function slackCall(request: FetchRequest, method: string, query: Record<string, string | null>, what: string): Promise<Record<string, unknown>> {
  const url = new URL(`${request.apiUrl ?? FETCH_APIS.slack}/${method}`);
  for (const [name, value] of Object.entries(query)) if (value !== null) url.searchParams.set(name, value);
  const body = await getJson(url, { authorization: `Bearer ${request.token}` }, what, request.sleep);
  if (body.ok !== true) throw new InputError(`${what.replace(/, page \d+$/, '')}: ${typeof body.error === 'string' ? body.error : 'not ok'}`);
  return body;
}

/** The cursor of Slack's next page, or null on the last one. */
function nextCursor(body: Record<string, unknown>): string | null {
  const next = (body.response_metadata as { next_cursor?: unknown } | undefined)?.next_cursor;
  return body.has_more === true && typeof next === 'string' && next !== '' ? next : null;
}

/** A Slack answer's messages. */
function messagesOf(body: Record<string, unknown>): unknown[] {
  return Array.isArray(body.messages) ? body.messages : [];
}

/** The names of people a fetch has met, by user id: asked of `users.info` once each; without the scope, people stay ids. */
class SlackPeople {
  readonly names = new Map<string, string>();
  private readonly asked = new Set<string>();
  private refused: string | null = null;

  constructor(private readonly request: FetchRequest) {}

  /** Learns the names of the authors and mentioned people of `messages` not met before. */
  async meet(messages: readonly unknown[]): Promise<void> {
    for (const id of authorIds(messages)) {
      if (this.asked.has(id) || this.refused !== null) continue;
      this.asked.add(id);
      const url = new URL(`${this.request.apiUrl ?? FETCH_APIS.slack}/users.info`);
      url.searchParams.set('user', id);
      const body = await getJson(url, { authorization: `Bearer ${this.request.token}` }, `Slack users.info of ${id}`, this.request.sleep);
      if (body.ok === true) for (const [user, name] of slackUsers([body.user])) this.names.set(user, name);
      else if (body.error !== 'user_not_found') this.refused = typeof body.error === 'string' ? body.error : 'not ok';
    }
  }

  /** Why people are named by their ids, when users.info refused (a token without users:read). */
  problem(): string | null {
    return this.refused === null ? null : `Slack users.info: ${this.refused}: people are named by their Slack id (give the token the users:read scope)`;
  }
}

/** The user ids that write or are mentioned in messages, each once. */
function authorIds(messages: readonly unknown[]): Set<string> {
  const ids = new Set<string>();
  for (const message of messages) {
    if (typeof message !== 'object' || message === null) continue;
    const { user, text } = message as { user?: unknown; text?: unknown };
    if (typeof user === 'string' && user !== '') ids.add(user);
    if (typeof text === 'string') for (const [, id] of text.matchAll(/<@([A-Z0-9]+)(?:\|[^>]*)?>/g)) ids.add(id as string);
  }
  return ids;
}

/** The replies of the thread started at `ts` (without its first message, which the history gave), page after page. */
async function fetchReplies(request: FetchRequest, ts: string, read: (messages: unknown[]) => Promise<void>): Promise<void> {
  let cursor: string | null = null;
  for (let page = 1; page <= MAX_PAGES; page++) {
    const body = await slackCall(request, 'conversations.replies', { channel: request.id, ts, limit: '200', cursor }, `Slack conversations.replies of ${request.id} ${ts}, page ${page}`);
    await read(messagesOf(body).filter((message) => (message as { ts?: unknown }).ts !== ts));
    cursor = nextCursor(body);
    if (cursor === null) return;
  }
  throw new InputError(`Slack conversations.replies of ${request.id} ${ts}: more than ${MAX_PAGES} pages`);
}

/** True when a message starts a thread with replies. */
function hasReplies(message: unknown): message is { ts: string } {
  const { reply_count: count, ts } = (message ?? {}) as { reply_count?: unknown; ts?: unknown };
  return typeof count === 'number' && count > 0 && typeof ts === 'string';
}

/** Each page of a channel's history and of its threads' replies, read as Slack with the names of the people in them. */
async function fetchSlack(request: FetchRequest, options: ReadOptions, onPage: (reading: SourceReading) => void): Promise<number> {
  const people = new SlackPeople(request);
  let pages = 0;
  const read = async (messages: unknown[]) => {
    await people.meet(messages);
    pages++;
    onPage(readSlack(messages, { ...options, users: people.names, channel: request.id }));
  };
  let cursor: string | null = null;
  for (let page = 1; page <= MAX_PAGES; page++) {
    const window = { oldest: slackTime(options.window?.since), latest: slackTime(options.window?.until) };
    const body = await slackCall(request, 'conversations.history', { channel: request.id, limit: '200', ...window, cursor }, `Slack conversations.history of ${request.id}, page ${page}`);
    const messages = messagesOf(body);
    await read(messages);
    for (const message of messages) if (hasReplies(message)) await fetchReplies(request, message.ts, read);
    cursor = nextCursor(body);
    if (cursor === null) {
      const problem = people.problem();
      if (problem !== null) onPage({ events: [], leftOut: [{ entry: 'users', reason: problem }] });
      return pages;
    }
  }
  throw new InputError(`Slack conversations.history of ${request.id}: more than ${MAX_PAGES} pages; narrow the window (--since, --until)`);
}

/** Each page of an incident's log entries, read as PagerDuty. */
async function fetchPagerDuty(request: FetchRequest, onPage: (reading: SourceReading) => void): Promise<number> {
  let offset = 0;
  for (let page = 1; page <= MAX_PAGES; page++) {
    const url = new URL(`${request.apiUrl ?? FETCH_APIS.pagerduty}/incidents/${encodeURIComponent(request.id)}/log_entries`);
    url.searchParams.set('limit', '100');
    url.searchParams.set('offset', String(offset));
    const body = await getJson(url, { authorization: `Token token=${request.token}`, accept: 'application/vnd.pagerduty+json;version=2' }, `PagerDuty log entries of ${request.id}, page ${page}`, request.sleep);
    const entries = Array.isArray(body.log_entries) ? body.log_entries.length : 0;
    onPage(readPagerDuty(body));
    if (body.more !== true || entries === 0) return page;
    offset += entries;
  }
  throw new InputError(`PagerDuty log entries of ${request.id}: more than ${MAX_PAGES} pages`);
}

/** Asks the tool whether it takes the token (Slack `auth.test`, PagerDuty `GET /abilities`); answers what it said, or throws why not. */
export async function checkFetchToken(request: Omit<FetchRequest, 'id'>): Promise<string> {
  if (request.source === 'slack') {
    const body = await slackCall({ ...request, id: '' }, 'auth.test', {}, 'Slack auth.test');
    return `Slack takes the token: workspace ${typeof body.team === 'string' ? body.team : '?'} as ${typeof body.user === 'string' ? body.user : '?'}`;
  }
  const url = new URL(`${request.apiUrl ?? FETCH_APIS.pagerduty}/abilities`);
  const body = await getJson(url, { authorization: `Token token=${request.token}`, accept: 'application/vnd.pagerduty+json;version=2' }, 'PagerDuty GET /abilities', request.sleep);
  return `PagerDuty takes the key (the account has ${Array.isArray(body.abilities) ? body.abilities.length : 0} abilities)`;
}

/** Fetches every page of what `request` names, handing each page's reading to `onPage`; answers how many pages. */
export function fetchLive(request: FetchRequest, options: ReadOptions, onPage: (reading: SourceReading) => void): Promise<number> {
  return request.source === 'slack' ? fetchSlack(request, options, onPage) : fetchPagerDuty(request, onPage);
}

/** Every page of what `request` names as one reading; what a page could not read is named after the source, id and page. */
export async function fetchReading(request: FetchRequest, options: ReadOptions): Promise<Required<SourceReading>> {
  const reading = { events: [] as SourceReading['events'], leftOut: [] as SourceReading['leftOut'] };
  const omitted = new OmittedTally();
  let page = 0;
  await fetchLive(request, options, (pageReading) => {
    page++;
    for (const event of pageReading.events) reading.events.push(event);
    for (const { entry, reason } of pageReading.leftOut) reading.leftOut.push({ entry: `${request.source} ${request.id} page ${page} ${entry}`, reason });
    omitted.addAll(pageReading.omitted);
  });
  return { ...reading, omitted: omitted.list() };
}
