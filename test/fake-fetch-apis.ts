/**
 * A loopback Slack and PagerDuty for the live timeline fetch (CLI and API tests): Slack's `conversations.history` of
 * channel C1 in two pages by cursor (docs.slack.dev conversations.history: newest first, `has_more`,
 * `response_metadata.next_cursor`, `{"ok": false, "error": …}` refusals, 429 with Retry-After for CBUSY) at
 * `/slack`, and PagerDuty's REST v2 `GET /incidents/P1/log_entries` in pages by offset (`more`, 401 for a wrong
 * `Token token=`) at `/pd`. Good tokens: `xoxb-good` and `pd-good`.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the fake was asked: its path and query, and its authorization and accept headers. */
export interface AskedRequest {
  path: string;
  query: Record<string, string>;
  authorization: string | undefined;
  accept: string | undefined;
}


/** Slack's history of C1 in two pages (newest first, as Slack answers), and PagerDuty's log of P1 in two. */
function answer(request: IncomingMessage, asked: AskedRequest[]): { status: number; body: unknown; headers?: Record<string, string> } {
  const url = new URL(request.url ?? '/', 'http://fake');
  const query = Object.fromEntries(url.searchParams);
  asked.push({ path: url.pathname, query, authorization: request.headers.authorization, accept: request.headers.accept });
  if (url.pathname === '/slack/conversations.history') {
    if (request.headers.authorization !== 'Bearer xoxb-good') return { status: 200, body: { ok: false, error: 'invalid_auth' } };
    if (query.channel === 'CBUSY') return { status: 429, body: { ok: false, error: 'ratelimited' }, headers: { 'retry-after': '30' } };
    if (query.channel !== 'C1') return { status: 200, body: { ok: false, error: 'channel_not_found' } };
    if (query.cursor === undefined) {
      return { status: 200, body: { ok: true, messages: [{ type: 'message', user: 'U2', text: 'rolled back', ts: '1709474460.000200' }, { type: 'message', subtype: 'channel_join', user: 'U3', text: '<@U3> has joined the channel', ts: '1709474450.000000' }], has_more: true, pin_count: 0, response_metadata: { next_cursor: 'bmV4dF90czoxNzA5NDc0NDAw' } } };
    }
    return { status: 200, body: { ok: true, messages: [{ type: 'message', user: 'U1', text: 'checkout is down', ts: '1709474400.000100' }, { type: 'message', user: 'U1', text: 'no time' }], has_more: false, pin_count: 0, response_metadata: { next_cursor: '' } } };
  }
  if (url.pathname === '/pd/incidents/P1/log_entries') {
    if (request.headers.authorization !== 'Token token=pd-good') return { status: 401, body: { error: { message: 'Unauthorized', code: 2006 } } };
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
