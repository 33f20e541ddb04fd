/**
 * Loopback stand-ins for the trackers, speaking the shapes their APIs document (sources in docs/integrations.md):
 * GitHub's REST API (issues, search/users, repos), Jira Cloud's REST API v3 (issue, transitions, user/search, myself,
 * project), Linear's GraphQL API (the operations @linear/sdk sends: createIssue, issue, workflowState(s), users,
 * updateIssue, viewer, team). Each keeps its tickets in memory, checks the credential, records the requests, and can
 * be told to answer the next requests with a failure (a status, headers such as Retry-After, or a delay).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request as the fake received it. */
export interface Seen {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: unknown;
}

/** A failure to answer with instead of the real answer. */
export interface Failure {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

/** A ticket as the fake tracker keeps it. */
export interface FakeTicket {
  id: string;
  number: number;
  key: string;
  title: string;
  body: unknown;
  open: boolean;
  status: string;
  updatedAt: string;
  assignee: string | null;
  due: string | null;
  priority: unknown;
  labels: string[];
}

/** A running fake tracker. */
export interface FakeTracker {
  url: string;
  seen: Seen[];
  tickets: FakeTicket[];
  /** Answers the next requests with these failures, one each, in order. */
  failNext(...failures: Failure[]): void;
  /** Closes or reopens a ticket as someone working in the tracker would, at `at`. */
  setOpen(key: string, open: boolean, at: string): void;
  /** The time the tracker stamps on changes (tests move it). */
  clock: { now: string };
  close(): Promise<void>;
}

type Handler = (request: { method: string; path: string; query: URLSearchParams; headers: IncomingMessage['headers']; body: unknown }) => { status: number; body?: unknown; headers?: Record<string, string> };

/** Starts a loopback server answering with `handler`, or with the queued failures first. */
async function serve(handler: (state: FakeTracker) => Handler, authorized: (headers: IncomingMessage['headers']) => boolean, refusal: Failure): Promise<FakeTracker> {
  const failures: Failure[] = [];
  const state: FakeTracker = {
    url: '',
    seen: [],
    tickets: [],
    clock: { now: '2026-03-01T10:00:00.000Z' },
    failNext: (...f) => failures.push(...f),
    setOpen: (key, open, at) => {
      const ticket = state.tickets.find((t) => t.key === key);
      if (ticket === undefined) throw new Error(`no ticket ${key}`);
      ticket.open = open;
      ticket.status = open ? 'To Do' : 'Done';
      ticket.updatedAt = at;
    },
    close: async () => undefined,
  };
  const answer = handler(state);
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      let body: unknown = null;
      try {
        body = text === '' ? null : JSON.parse(text);
      } catch {
        body = text;
      }
      const url = new URL(req.url ?? '/', 'http://fake');
      state.seen.push({ method: req.method ?? 'GET', path: url.pathname, headers: req.headers, body });
      const failure = failures.shift();
      const reply = failure ?? (authorized(req.headers) ? answer({ method: req.method ?? 'GET', path: url.pathname, query: url.searchParams, headers: req.headers, body }) : refusal);
      res.writeHead(reply.status, { 'content-type': 'application/json; charset=utf-8', ...reply.headers });
      res.end(reply.body === undefined ? '' : JSON.stringify(reply.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  state.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return state;
}

/** Accounts the fakes know, by e-mail. */
const PEOPLE: Record<string, { login: string; accountId: string; linearId: string; name: string }> = {
  'ana@example.com': { login: 'ana-gh', accountId: '5b10a2844c20165700ede21g', linearId: 'user-ana', name: 'Ana' },
};

/** GitHub's REST API for one repository `owner/repo`, with a token. */
export function fakeGitHub(token: string, owner = 'acme', repo = 'ops'): Promise<FakeTracker> {
  const issueOf = (t: FakeTicket, base: string) => ({
    id: Number(t.id),
    node_id: `I_${t.id}`,
    number: t.number,
    url: `${base}/repos/${owner}/${repo}/issues/${t.number}`,
    html_url: `https://github.com/${owner}/${repo}/issues/${t.number}`,
    title: t.title,
    body: t.body,
    state: t.open ? 'open' : 'closed',
    state_reason: t.open ? null : 'completed',
    labels: t.labels.map((name, i) => ({ id: i + 1, name, color: 'ededed' })),
    assignees: t.assignee === null ? [] : [{ login: t.assignee, id: 1 }],
    created_at: t.updatedAt,
    updated_at: t.updatedAt,
    closed_at: t.open ? null : t.updatedAt,
  });
  return serve(
    (state) =>
      ({ method, path, query, body }) => {
        const issuePath = new RegExp(`^/repos/${owner}/${repo}/issues/(\\d+)$`).exec(path);
        if (method === 'GET' && path === `/repos/${owner}/${repo}`) return { status: 200, body: { id: 1, name: repo, full_name: `${owner}/${repo}`, has_issues: true, private: true } };
        if (method === 'GET' && path === '/search/users') {
          const email = (query.get('q') ?? '').replace(/\s+in:email$/, '');
          const person = PEOPLE[email];
          return { status: 200, body: { total_count: person === undefined ? 0 : 1, incomplete_results: false, items: person === undefined ? [] : [{ login: person.login, id: 7, type: 'User', score: 1 }] } };
        }
        if (method === 'POST' && path === `/repos/${owner}/${repo}/issues`) {
          const b = body as { title: string; body?: string; assignees?: string[]; labels?: string[] };
          const number = state.tickets.length + 1;
          const ticket: FakeTicket = { id: String(1000 + number), number, key: `#${number}`, title: b.title, body: b.body ?? null, open: true, status: 'open', updatedAt: state.clock.now, assignee: b.assignees?.[0] ?? null, due: null, priority: null, labels: b.labels ?? [] };
          state.tickets.push(ticket);
          return { status: 201, body: issueOf(ticket, state.url) };
        }
        const ticket = issuePath === null ? undefined : state.tickets.find((t) => t.number === Number(issuePath[1]));
        if (issuePath !== null && ticket === undefined) return { status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest/issues/issues#get-an-issue' } };
        if (method === 'GET' && ticket !== undefined) return { status: 200, body: issueOf(ticket, state.url) };
        if (method === 'PATCH' && ticket !== undefined) {
          const b = body as { state?: 'open' | 'closed' };
          if (b.state !== undefined) {
            ticket.open = b.state === 'open';
            ticket.status = b.state;
            ticket.updatedAt = state.clock.now;
          }
          return { status: 200, body: issueOf(ticket, state.url) };
        }
        return { status: 404, body: { message: 'Not Found' } };
      },
    (headers) => headers.authorization === `token ${token}` || headers.authorization === `bearer ${token}` || headers.authorization === `Bearer ${token}`,
    { status: 401, body: { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest', status: '401' } },
  );
}

/** Jira's timestamp format (`2026-03-01T10:00:00.000+0000`). */
function jiraTime(iso: string): string {
  return iso.replace(/Z$/, '+0000');
}

/** Jira Cloud's REST API v3 for one project `OPS`, as `email` with an API token. */
export function fakeJira(email: string, apiToken: string, project = 'OPS'): Promise<FakeTracker> {
  const categoryOf = (t: FakeTicket) => (t.open ? (t.status === 'In Progress' ? 'indeterminate' : 'new') : 'done');
  const issueOf = (t: FakeTicket, base: string) => ({
    id: t.id,
    key: t.key,
    self: `${base}/rest/api/3/issue/${t.id}`,
    fields: { status: { name: t.status, id: t.open ? '10000' : '10002', statusCategory: { id: t.open ? 2 : 3, key: categoryOf(t), name: t.open ? 'To Do' : 'Done' } }, updated: jiraTime(t.updatedAt) },
  });
  return serve(
    (state) =>
      ({ method, path, query, body }) => {
        if (method === 'GET' && path === '/rest/api/3/myself') return { status: 200, body: { accountId: 'me-1', emailAddress: email, displayName: 'Debrief bot', active: true } };
        if (method === 'GET' && path === `/rest/api/3/project/${project}`) return { status: 200, body: { id: '10000', key: project, name: 'Operations' } };
        if (method === 'GET' && path.startsWith('/rest/api/3/project/')) return { status: 404, body: { errorMessages: [`No project could be found with key '${path.split('/').pop() ?? ''}'.`], errors: {} } };
        if (method === 'GET' && path === '/rest/api/3/user/search') {
          const person = PEOPLE[query.get('query') ?? ''];
          return { status: 200, body: person === undefined ? [] : [{ accountId: person.accountId, accountType: 'atlassian', emailAddress: query.get('query'), displayName: person.name, active: true }] };
        }
        if (method === 'POST' && path === '/rest/api/3/issue') {
          const f = (body as { fields: Record<string, unknown> }).fields;
          if ((f.project as { key?: string }).key !== project) return { status: 400, body: { errorMessages: [], errors: { project: 'valid project is required' } } };
          const n = state.tickets.length + 1;
          const ticket: FakeTicket = { id: String(10000 + n), number: n, key: `${project}-${n}`, title: String(f.summary), body: f.description, open: true, status: 'To Do', updatedAt: state.clock.now, assignee: (f.assignee as { accountId?: string } | undefined)?.accountId ?? null, due: (f.duedate as string | undefined) ?? null, priority: f.priority ?? null, labels: [] };
          state.tickets.push(ticket);
          return { status: 201, body: { id: ticket.id, key: ticket.key, self: `${state.url}/rest/api/3/issue/${ticket.id}` } };
        }
        const match = /^\/rest\/api\/3\/issue\/([^/]+)(\/transitions)?$/.exec(path);
        const ticket = match === null ? undefined : state.tickets.find((t) => t.key === match[1] || t.id === match[1]);
        if (match !== null && ticket === undefined) return { status: 404, body: { errorMessages: ['Issue does not exist or you do not have permission to see it.'], errors: {} } };
        if (ticket !== undefined && match?.[2] === undefined && method === 'GET') return { status: 200, body: issueOf(ticket, state.url) };
        if (ticket !== undefined && method === 'GET') {
          return {
            status: 200,
            body: {
              transitions: [
                { id: '11', name: 'To Do', to: { name: 'To Do', id: '10000', statusCategory: { id: 2, key: 'new', name: 'To Do' } }, hasScreen: false, isAvailable: true },
                { id: '21', name: 'In Progress', to: { name: 'In Progress', id: '3', statusCategory: { id: 4, key: 'indeterminate', name: 'In Progress' } }, hasScreen: false, isAvailable: true },
                { id: '31', name: 'Done', to: { name: 'Done', id: '10002', statusCategory: { id: 3, key: 'done', name: 'Done' } }, hasScreen: false, isAvailable: true },
              ],
            },
          };
        }
        if (ticket !== undefined && method === 'POST') {
          const id = (body as { transition?: { id?: string } }).transition?.id;
          const to = { '11': ['To Do', true], '21': ['In Progress', true], '31': ['Done', false] }[id ?? ''] as [string, boolean] | undefined;
          if (to === undefined) return { status: 400, body: { errorMessages: ['Transition id is not valid.'], errors: {} } };
          ticket.status = to[0];
          ticket.open = to[1];
          ticket.updatedAt = state.clock.now;
          return { status: 204 };
        }
        return { status: 404, body: { errorMessages: ['not found'], errors: {} } };
      },
    (headers) => headers.authorization === `Basic ${Buffer.from(`${email}:${apiToken}`).toString('base64')}`,
    { status: 401, body: { errorMessages: ['You are not authenticated. Authentication required to perform this operation.'], errors: {} } },
  );
}

/** Linear's GraphQL API at `/graphql` for one team, with a personal API key. */
export function fakeLinear(apiKey: string, teamId = 'team-ops'): Promise<FakeTracker> {
  const states = [
    { id: 'state-todo', name: 'Todo', type: 'unstarted', position: 1, color: '#e2e2e2' },
    { id: 'state-doing', name: 'In Progress', type: 'started', position: 2, color: '#f2c94c' },
    { id: 'state-done', name: 'Done', type: 'completed', position: 3, color: '#5e6ad2' },
  ];
  const pageInfo = { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null };
  const issueOf = (t: FakeTicket) => ({
    __typename: 'Issue',
    id: t.id,
    identifier: t.key,
    number: t.number,
    title: t.title,
    description: t.body,
    url: `https://linear.app/acme/issue/${t.key}`,
    priority: t.priority ?? 0,
    dueDate: t.due,
    createdAt: t.updatedAt,
    updatedAt: t.updatedAt,
    state: { id: t.open ? (t.status === 'In Progress' ? 'state-doing' : 'state-todo') : 'state-done' },
    team: { id: teamId },
    assignee: t.assignee === null ? null : { id: t.assignee },
    reactions: [],
    sharedAccess: { isShared: false, sharedWithCount: 0, viewerHasOnlySharedAccess: false, disallowedIssueFields: [], sharedWithUsers: [] },
  });
  return serve(
    (state) =>
      ({ body }) => {
        const { query = '', variables = {} } = (body ?? {}) as { query?: string; variables?: Record<string, unknown> };
        const operation = /^\s*(?:query|mutation)\s+(\w+)/.exec(query)?.[1];
        const data = (value: unknown) => ({ status: 200, body: { data: value } });
        switch (operation) {
          case 'viewer':
            return data({ viewer: { id: 'user-bot', name: 'Debrief bot', email: 'bot@example.com', active: true } });
          case 'team':
            return variables.id === teamId ? data({ team: { id: teamId, key: 'OPS', name: 'Operations' } }) : { status: 200, body: { data: null, errors: [{ message: 'Entity not found: Team', extensions: { type: 'invalid input', code: 'INPUT_ERROR', userPresentableMessage: 'Could not find referenced Team.' } }] } };
          case 'users': {
            const email = ((variables.filter as { email?: { eq?: string } } | undefined)?.email?.eq ?? '').toLowerCase();
            const person = PEOPLE[email];
            return data({ users: { nodes: person === undefined ? [] : [{ id: person.linearId, name: person.name, email, active: true }], pageInfo } });
          }
          case 'createIssue': {
            const input = variables.input as { teamId: string; title: string; description?: string; assigneeId?: string; dueDate?: string; priority?: number };
            if (input.teamId !== teamId) return { status: 200, body: { data: null, errors: [{ message: 'Argument Validation Error', extensions: { type: 'invalid input', code: 'INPUT_ERROR' } }] } };
            const n = state.tickets.length + 1;
            const ticket: FakeTicket = { id: `issue-${n}`, number: n, key: `OPS-${n}`, title: input.title, body: input.description ?? null, open: true, status: 'Todo', updatedAt: state.clock.now, assignee: input.assigneeId ?? null, due: input.dueDate ?? null, priority: input.priority ?? 0, labels: [] };
            state.tickets.push(ticket);
            return data({ issueCreate: { __typename: 'IssuePayload', lastSyncId: n, success: true, issue: { id: ticket.id } } });
          }
          case 'issue': {
            const ticket = state.tickets.find((t) => t.id === variables.id);
            return ticket === undefined ? { status: 200, body: { data: null, errors: [{ message: 'Entity not found: Issue', extensions: { type: 'invalid input', code: 'INPUT_ERROR' } }] } } : data({ issue: issueOf(ticket) });
          }
          case 'workflowState':
            return data({ workflowState: { ...states.find((s) => s.id === variables.id), createdAt: state.clock.now, updatedAt: state.clock.now, team: { id: teamId } } });
          case 'workflowStates':
            return data({ workflowStates: { nodes: states.map((s) => ({ ...s, createdAt: state.clock.now, updatedAt: state.clock.now, team: { id: teamId } })), pageInfo } });
          case 'updateIssue': {
            const ticket = state.tickets.find((t) => t.id === variables.id);
            const stateId = (variables.input as { stateId?: string }).stateId;
            const target = states.find((s) => s.id === stateId);
            if (ticket === undefined || target === undefined) return { status: 200, body: { data: null, errors: [{ message: 'Entity not found', extensions: { type: 'invalid input', code: 'INPUT_ERROR' } }] } };
            ticket.open = target.type !== 'completed';
            ticket.status = target.name;
            ticket.updatedAt = state.clock.now;
            return data({ issueUpdate: { __typename: 'IssuePayload', lastSyncId: 99, success: true, issue: { id: ticket.id } } });
          }
          default:
            return { status: 400, body: { errors: [{ message: `the fake does not know the operation ${operation ?? '(none)'}` }] } };
        }
      },
    (headers) => headers.authorization === apiKey,
    { status: 400, body: { errors: [{ message: 'Authentication required, not authenticated', extensions: { type: 'authentication error', code: 'AUTHENTICATION_ERROR', statusCode: 401, userPresentableMessage: 'You need to authenticate to access this operation.' } }] } },
  );
}
