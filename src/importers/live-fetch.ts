/**
 * Fetching a source's entries live with a token, page after page, each page read by the source's reader as an export
 * would be: Slack's `conversations.history` of a channel (cursor pagination: `response_metadata.next_cursor` while
 * `has_more`; `oldest`/`latest` from the incident window) and PagerDuty's log entries of an incident (`GET
 * /incidents/{id}/log_entries`, offset pagination while `more`). A refusal (HTTP error, Slack's `{"ok": false}`,
 * a rate limit) stops the fetch with what the service said. Shapes: docs.slack.dev `conversations.history`,
 * PagerDuty/api-schema `reference/REST/openapiv3.json` (see docs/integrations.md).
 */
import { InputError } from '../core/errors.js';
import { readPagerDuty } from './pagerduty.js';
import { readSlack } from './slack.js';
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
}

/** How many pages a fetch reads at most (a loop of cursors must end). */
const MAX_PAGES = 1000;

/** GETs a JSON page, or throws with what the service answered. */
async function getJson(url: URL, headers: Record<string, string>, what: string): Promise<Record<string, unknown>> {
  let response: Response;
  try {
    response = await fetch(url, { headers });
  } catch (error) {
    throw new InputError(`${what}: cannot reach ${url.origin}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (response.status === 429) throw new InputError(`${what}: rate limited${response.headers.get('retry-after') === null ? '' : ` (Retry-After ${response.headers.get('retry-after') ?? ''} s)`}; try again later`);
  if (!response.ok) throw new InputError(`${what}: HTTP ${response.status}${response.status === 401 || response.status === 403 ? ': check the token and its scopes' : ''}`);
  const body = (await response.json().catch(() => null)) as unknown;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new InputError(`${what}: the answer is not a JSON object`);
  return body as Record<string, unknown>;
}

/** Seconds since the epoch as Slack's `oldest`/`latest` take them. */
function slackTime(iso: string | null | undefined): string | null {
  return iso === null || iso === undefined ? null : (Date.parse(iso) / 1000).toFixed(6);
}

/** Each page of a channel's history, read as Slack. */
async function fetchSlack(request: FetchRequest, options: ReadOptions, onPage: (reading: SourceReading) => void): Promise<number> {
  let cursor = '';
  for (let page = 1; page <= MAX_PAGES; page++) {
    const url = new URL(`${request.apiUrl ?? FETCH_APIS.slack}/conversations.history`);
    url.searchParams.set('channel', request.id);
    url.searchParams.set('limit', '200');
    for (const [name, value] of [['oldest', slackTime(options.window?.since)], ['latest', slackTime(options.window?.until)], ['cursor', cursor || null]] as const) if (value !== null) url.searchParams.set(name, value);
    const body = await getJson(url, { authorization: `Bearer ${request.token}` }, `Slack conversations.history of ${request.id}, page ${page}`);
    if (body.ok !== true) throw new InputError(`Slack conversations.history of ${request.id}: ${typeof body.error === 'string' ? body.error : 'not ok'}`);
    onPage(readSlack(body, options));
    const next = (body.response_metadata as { next_cursor?: unknown } | undefined)?.next_cursor;
    if (body.has_more !== true || typeof next !== 'string' || next === '') return page;
    cursor = next;
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
    const body = await getJson(url, { authorization: `Token token=${request.token}`, accept: 'application/vnd.pagerduty+json;version=2' }, `PagerDuty log entries of ${request.id}, page ${page}`);
    const entries = Array.isArray(body.log_entries) ? body.log_entries.length : 0;
    onPage(readPagerDuty(body));
    if (body.more !== true || entries === 0) return page;
    offset += entries;
  }
  throw new InputError(`PagerDuty log entries of ${request.id}: more than ${MAX_PAGES} pages`);
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
