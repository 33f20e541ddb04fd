/**
 * A loopback Slack and PagerDuty for the live timeline fetch (CLI and API tests): Slack's `conversations.history` of
 * channel C1 in two pages by cursor (docs.slack.dev conversations.history: newest first, `has_more`,
 * `response_metadata.next_cursor`, `{"ok": false, "error": …}` refusals, 429 with Retry-After for CBUSY, and once
 * for CSLOW), CTHREAD's history with a thread and the replies of that thread (docs.slack.dev conversations.replies: the parent first, then the replies,
 * by cursor), its people (docs.slack.dev users.info: `{ok, user: {id, name, real_name, profile}}`, `user_not_found`)
 * and `auth.test`, at `/slack`; PagerDuty's REST v2 `GET /incidents/P1/log_entries` in pages by offset (`more`, 401
 * for a wrong `Token token=`) and `GET /abilities`, at `/pd`. Good tokens: `xoxb-good`, `xoxb-stored-token-0001`,
 * `pd-good` and `pd-stored-token-00001`; `xoxb-without-users-read` lacks the users:read scope.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { afterAll, beforeAll } from 'vitest';
import type { AddressInfo } from 'node:net';

/** One request the fake was asked: its path and query, and its authorization and accept headers. */
export interface AskedRequest {
  path: string;
  query: Record<string, string>;
  authorization: string | undefined;
  accept: string | undefined;
}


const SLACK_TOKENS = new Set(['Bearer xoxb-good', 'Bearer xoxb-stored-token-0001', 'Bearer xoxb-without-users-read']);
const PAGERDUTY_TOKENS = new Set(['Token token=pd-good', 'Token token=pd-stored-token-00001']);

/** The people of the workspace, as users.info answers them. */
const PEOPLE: Record<string, unknown> = {
  U1: { id: 'U1', name: 'ana', real_name: 'Ana Lima', profile: { display_name: 'Ana', real_name: 'Ana Lima' } },
  U2: { id: 'U2', name: 'bo', real_name: 'Bo Chen', profile: { display_name: '', real_name: 'Bo Chen' } },
};

/** The thread started in CTHREAD at 14:00:30, its parent first (as conversations.replies answers), in two pages. */
const THREAD = '1709474430.000300';
const REPLIES = [
  [{ type: 'message', user: 'U2', text: 'is it the deploy? cc <@U1>', ts: THREAD, thread_ts: THREAD, reply_count: 2, reply_users: ['U1'], latest_reply: '1709474450.000500' }, { type: 'message', user: 'U1', text: 'yes, 4.2 went out at 13:58', ts: '1709474440.000400', thread_ts: THREAD, parent_user_id: 'U2' }],
  [{ type: 'message', user: 'U3', text: 'reverting now', ts: '1709474450.000500', thread_ts: THREAD, parent_user_id: 'U2' }],
];

/** How many times CSLOW was asked (it is rate limited the first time). */
let slowAsked = 0;

/** Slack's history of C1 in two pages (newest first, as Slack answers), and PagerDuty's log of P1 in two. */
function answer(request: IncomingMessage, asked: AskedRequest[]): { status: number; body: unknown; headers?: Record<string, string> } {
  const url = new URL(request.url ?? '/', 'http://fake');
  const query = Object.fromEntries(url.searchParams);
  asked.push({ path: url.pathname, query, authorization: request.headers.authorization, accept: request.headers.accept });
  if (url.pathname.startsWith('/slack/') && !SLACK_TOKENS.has(request.headers.authorization ?? '')) return { status: 200, body: { ok: false, error: 'invalid_auth' } };
  if (url.pathname === '/slack/auth.test') return { status: 200, body: { ok: true, url: 'https://acme.slack.com/', team: 'Acme', user: 'debrief', team_id: 'T1', user_id: 'U9', bot_id: 'B9' } };
  if (url.pathname === '/slack/users.info' && request.headers.authorization === 'Bearer xoxb-without-users-read') return { status: 200, body: { ok: false, error: 'missing_scope', needed: 'users:read', provided: 'channels:history' } };
  if (url.pathname === '/slack/users.info') {
    const user = PEOPLE[query.user ?? ''];
    return { status: 200, body: user === undefined ? { ok: false, error: 'user_not_found' } : { ok: true, user } };
  }
  if (url.pathname === '/slack/conversations.replies') {
    if (query.channel !== 'CTHREAD' || query.ts !== THREAD) return { status: 200, body: { ok: false, error: 'thread_not_found' } };
    const page = query.cursor === 'cmVwbGllcy0y' ? 1 : 0;
    return { status: 200, body: { ok: true, messages: REPLIES[page], has_more: page === 0, response_metadata: { next_cursor: page === 0 ? 'cmVwbGllcy0y' : '' } } };
  }
  if (url.pathname === '/slack/conversations.history') {
    if (query.channel === 'CBUSY') return { status: 429, body: { ok: false, error: 'ratelimited' }, headers: { 'retry-after': '120' } };
    if (query.channel === 'CSLOW' && slowAsked++ === 0) return { status: 429, body: { ok: false, error: 'ratelimited' }, headers: { 'retry-after': '2' } };
    if (query.channel === 'CSLOW') return { status: 200, body: { ok: true, messages: [{ type: 'message', user: 'U1', text: 'slow but there', ts: '1709474400.000100' }], has_more: false } };
    if (query.channel === 'CTHREAD') return { status: 200, body: { ok: true, messages: [{ type: 'message', user: 'U1', text: 'rolled back', ts: '1709474460.000200' }, REPLIES[0]?.[0]], has_more: false } };
    if (query.channel !== 'C1') return { status: 200, body: { ok: false, error: 'channel_not_found' } };
    if (query.cursor === undefined) {
      return { status: 200, body: { ok: true, messages: [{ type: 'message', user: 'U2', text: 'rolled back', ts: '1709474460.000200' }, { type: 'message', subtype: 'channel_join', user: 'U3', text: '<@U3> has joined the channel', ts: '1709474450.000000' }], has_more: true, pin_count: 0, response_metadata: { next_cursor: 'bmV4dF90czoxNzA5NDc0NDAw' } } };
    }
    return { status: 200, body: { ok: true, messages: [{ type: 'message', user: 'U1', text: 'checkout is down', ts: '1709474400.000100' }, { type: 'message', user: 'U1', text: 'no time' }], has_more: false, pin_count: 0, response_metadata: { next_cursor: '' } } };
  }
  if (url.pathname.startsWith('/pd/') && !PAGERDUTY_TOKENS.has(request.headers.authorization ?? '')) return { status: 401, body: { error: { message: 'Unauthorized', code: 2006 } } };
  if (url.pathname === '/pd/abilities') return { status: 200, body: { abilities: ['teams', 'read_only_users', 'sso'] } };
  if (url.pathname === '/pd/incidents/P1/log_entries') {
    const entries = [
      { id: 'L1', type: 'trigger_log_entry', summary: 'Triggered through the API', created_at: '2024-03-03T14:00:00Z', agent: { type: 'service_reference', summary: 'Checkout' } },
      { id: 'L2', type: 'notify_log_entry', summary: 'Notified Ana by SMS', created_at: '2024-03-03T14:00:05Z' },
      { id: 'L3', type: 'acknowledge_log_entry', summary: 'Acknowledged by Ana', created_at: '2024-03-03T14:02:00Z', agent: { type: 'user_reference', summary: 'Ana' } },
    ];
    const offset = Number(query.offset ?? 0);
    const page = entries.slice(offset, offset + 2);
    return { status: 200, body: { log_entries: page, limit: 2, offset, more: offset + page.length < entries.length, total: null } };
  }
  return { status: 404, body: { error: 'not found' } };
}

/** A running fake: its base URL (`${url}/slack`, `${url}/pd`), what it was asked, and how to stop it. */
export interface FakeFetchApis {
  url: string;
  asked: AskedRequest[];
  close(): Promise<void>;
}

/** Starts the fake on a loopback port. */
export async function startFakeFetchApis(): Promise<FakeFetchApis> {
  const asked: AskedRequest[] = [];
  const server: Server = createServer((request, response) => {
    const { status, body, headers } = answer(request, asked);
    response.writeHead(status, { 'content-type': 'application/json', ...headers });
    response.end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, asked, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/**
 * Starts the fake before the tests of the calling block and stops it after: what it was asked (read in tests), and
 * the API addresses to give the app (filled in when the fake starts, before the app does).
 */
export function fakeFetchApisPerFile(): { asked: AskedRequest[]; fetchApis: { slack?: string; pagerduty?: string } } {
  const handle = { asked: [] as AskedRequest[], fetchApis: {} as { slack?: string; pagerduty?: string } };
  let fake: FakeFetchApis | undefined;
  beforeAll(async () => {
    fake = await startFakeFetchApis();
    handle.asked = fake.asked;
    Object.assign(handle.fetchApis, { slack: `${fake.url}/slack`, pagerduty: `${fake.url}/pd` });
  });
  afterAll(() => fake?.close());
  return handle;
}
