import { createHmac, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serverPerFile } from '../../../test/server-harness.js';
import { forEachEngine } from '../../../test/store-engines.js';
import { fakeGitHub, type FakeTracker } from '../../../test/tracker-fakes.js';

const KEY = randomBytes(32);
const TOKEN = 'ghp_route_token_1234567890';
const HOOK_SECRET = 'github-webhook-secret-0123456789';
const sign = (body: string) => `sha256=${createHmac('sha256', HOOK_SECRET).update(body).digest('hex')}`;

forEachEngine((engine) => {
  describe('filing action items in a tracker (API)', () => {
    const now = Date.now();
    const server = serverPerFile(engine, { notifications: { allowPrivate: true } }, { clock: () => now, secretKey: KEY });
    let fake: FakeTracker;
    let integrationId: string;
    beforeAll(async () => {
      fake = await fakeGitHub(TOKEN);
      const created = await server().call('admin', 'POST', '/api/v1/integrations', { json: { kind: 'github', name: 'Ops repo', settings: { owner: 'acme', repo: 'ops', apiUrl: fake.url }, secret: TOKEN } });
      expect(created.statusCode, created.body).toBe(201);
      expect(created.json().secret).toBeNull();
      integrationId = created.json().integration.id as string;
    });
    afterAll(async () => {
      await fake.close();
    });

    /** A postmortem with two items; its id. */
    async function postmortem(): Promise<string> {
      const response = await server().call('editor', 'POST', '/api/v1/postmortems', {
        json: { title: 'Pool exhaustion', actionItems: [{ id: 'AI-1', title: 'Fail the deploy when the pool size is unset', owner: 'ana@example.com', due: '2026-04-01', priority: 'P2', verification: 'The deploy fails in staging' }, { title: 'Alert on pool saturation', priority: 'P1' }] },
      });
      expect(response.statusCode).toBe(201);
      return response.json().id as string;
    }

    it('keeps the tracker credential sealed: never listed, only hinted at, and a test connection that reaches the tracker', async () => {
      const listed = await server().call('admin', 'GET', '/api/v1/integrations?kind=github');
      expect(listed.body).not.toContain(TOKEN);
      expect(listed.json().items[0]).toMatchObject({ kind: 'github', hasSecret: true, secretHint: '…7890', hasWebhookSecret: false, hookUrl: expect.stringMatching(/\/api\/v1\/hooks\/github\/int-/), settings: { owner: 'acme', repo: 'ops', priorityLabels: { P1: 'priority: P1' } } });
      const test = await server().call('admin', 'POST', `/api/v1/integrations/${integrationId}/test`);
      expect(test.json()).toMatchObject({ ok: true, checks: [{ name: 'credential', ok: true }, { name: 'connection', ok: true, detail: 'acme/ops reachable with this token (issues on)' }, { name: 'last delivery', ok: true }] });
      const missing = await server().call('admin', 'POST', '/api/v1/integrations', { json: { kind: 'jira', name: 'Jira', settings: { site: 'https://acme.atlassian.net', project: 'ops', email: 'bot@example.com' } } });
      expect(missing.statusCode).toBe(422);
      expect(missing.json().error.details).toEqual(expect.arrayContaining([expect.objectContaining({ path: 'settings.project' })]));
      const noCredential = await server().call('admin', 'POST', '/api/v1/integrations', { json: { kind: 'linear', name: 'Linear', settings: { teamId: 't-1' } } });
      expect(noCredential.json().error.details).toEqual([expect.objectContaining({ path: 'secret', message: expect.stringContaining('API credential') })]);
    });

    it('files one ticket (201), links it when filed again (200), lists the tickets, and refuses viewers and unknown items', async () => {
      const id = await postmortem();
      const filed = await server().call('editor', 'POST', `/api/v1/postmortems/${id}/action-items/AI-1/ticket`);
      expect(filed.statusCode, filed.body).toBe(201);
      expect(filed.json()).toMatchObject({ outcome: 'filed', itemKey: 'AI-1', ticket: { key: expect.stringMatching(/^#\d+$/), url: expect.stringMatching(/^https:\/\/github\.com\/acme\/ops\/issues\/\d+$/), lastError: null } });
      const url = filed.json().ticket.url as string;
      const ticket = fake.tickets.find((t) => url.endsWith(`/${t.number}`));
      expect(String(ticket?.body)).toMatch(new RegExp(`Postmortem: http://[^/]+/postmortems/${id}`));
      const again = await server().call('editor', 'POST', `/api/v1/postmortems/${id}/action-items/AI-1/ticket`, { json: {} });
      expect(again.statusCode).toBe(200);
      expect(again.json()).toMatchObject({ outcome: 'linked', ticket: { url } });
      const pm = await server().call('viewer', 'GET', `/api/v1/postmortems/${id}`);
      expect(pm.json().actionItems[0].ticket).toBe(url);
      const tickets = await server().call('viewer', 'GET', `/api/v1/postmortems/${id}/tickets`);
      expect(tickets.json().items).toEqual([expect.objectContaining({ itemKey: 'AI-1', url, pending: null, remoteOpen: true })]);
      expect((await server().call('viewer', 'POST', `/api/v1/postmortems/${id}/action-items/1/ticket`)).statusCode).toBe(403);
      const unknown = await server().call('editor', 'POST', `/api/v1/postmortems/${id}/action-items/9/ticket`);
      expect(unknown.statusCode).toBe(404);
      expect(unknown.json().error.message).toContain('has no action item "9"');
      const wrongKind = await server().call('editor', 'POST', `/api/v1/postmortems/${id}/action-items/1/ticket`, { json: { integrationId: 'int_nope' } });
      expect(wrongKind.statusCode).toBe(422);
      expect(wrongKind.json().error.details).toEqual([expect.objectContaining({ path: 'integrationId' })]);
    });

    it('takes GitHub issues webhooks signed with X-Hub-Signature-256: closed makes the item done, reopened open; unsigned 401; replays change nothing', async () => {
      const id = await postmortem();
      const filed = await server().call('editor', 'POST', `/api/v1/postmortems/${id}/action-items/AI-1/ticket`);
      const number = Number((filed.json().ticket.key as string).slice(1));
      const saved = await server().call('admin', 'PUT', `/api/v1/integrations/${integrationId}`, { json: { kind: 'github', name: 'Ops repo', settings: { owner: 'acme', repo: 'ops', apiUrl: fake.url }, webhookSecret: HOOK_SECRET } });
      expect(saved.json().integration).toMatchObject({ hasWebhookSecret: true, hookUrl: expect.stringMatching(new RegExp(`/api/v1/hooks/github/${integrationId}$`)) });
      expect(saved.body).not.toContain(HOOK_SECRET);
      const event = (action: 'closed' | 'reopened', at: string) =>
        JSON.stringify({ action, issue: { number, state: action === 'closed' ? 'closed' : 'open', state_reason: action === 'closed' ? 'completed' : 'reopened', updated_at: at, html_url: `https://github.com/acme/ops/issues/${number}` }, repository: { full_name: 'acme/ops' }, sender: { login: 'ana-gh' } });
      const post = (body: string, headers: Record<string, string>) => server().call(null, 'POST', `/api/v1/hooks/github/${integrationId}`, { payload: body, headers: { 'content-type': 'application/json', 'x-github-event': 'issues', ...headers } });
      const status = async () => (await server().call('viewer', 'GET', `/api/v1/postmortems/${id}`)).json().actionItems[0].status as string;

      const closed = event('closed', new Date(now + 60_000).toISOString());
      expect((await post(closed, {})).statusCode).toBe(401);
      expect((await post(closed, { 'x-hub-signature-256': sign(`${closed} `) })).statusCode).toBe(401);
      expect(await status()).toBe('open');
      const taken = await post(closed, { 'x-hub-signature-256': sign(closed), 'x-github-delivery': `d-${number}-1` });
      expect(taken.statusCode, taken.body).toBe(202);
      expect(taken.json()).toMatchObject({ outcome: 'updated', detail: expect.stringContaining('the item becomes done') });
      expect(await status()).toBe('done');
      expect((await post(closed, { 'x-hub-signature-256': sign(closed), 'x-github-delivery': `d-${number}-1` })).json().outcome).toBe('replayed');
      const reopened = event('reopened', new Date(now + 120_000).toISOString());
      expect((await post(reopened, { 'x-hub-signature-256': sign(reopened), 'x-github-delivery': `d-${number}-2` })).json().outcome).toBe('updated');
      expect(await status()).toBe('open');
      const other = JSON.stringify({ action: 'closed', issue: { number: 9999, state: 'closed', updated_at: new Date(now).toISOString() }, repository: { full_name: 'acme/ops' } });
      expect((await post(other, { 'x-hub-signature-256': sign(other), 'x-github-delivery': 'd-other' })).json()).toMatchObject({ outcome: 'ignored', detail: 'no action item was filed as 9999' });
      const log = (await server().call('admin', 'GET', `/api/v1/integrations/${integrationId}`)).json().deliveries.map((d: { outcome: string }) => d.outcome);
      expect(log.slice(0, 6)).toEqual(['ignored', 'updated', 'replayed', 'updated', 'refused', 'refused']);
    });

    it('answers 202 with the error when the tracker refuses, keeps it owed, and shows the attempt in the admin log', async () => {
      const id = await postmortem();
      fake.failNext({ status: 429, headers: { 'retry-after': '300' }, body: { message: 'API rate limit exceeded' } });
      const owed = await server().call('editor', 'POST', `/api/v1/postmortems/${id}/action-items/1/ticket`);
      expect(owed.statusCode).toBe(202);
      expect(owed.json()).toMatchObject({ outcome: 'pending', itemKey: 'title:alert on pool saturation', ticket: { key: null, pending: 'create', lastError: expect.stringContaining('answered 429: rate limited (it asked to wait 300 s)') } });
      const again = await server().call('editor', 'POST', `/api/v1/postmortems/${id}/action-items/1/ticket`);
      expect(again.json()).toMatchObject({ outcome: 'pending', ticket: { pending: 'create' } });
      const log = await server().call('admin', 'GET', `/api/v1/integrations/${integrationId}`);
      expect(log.json().deliveries[0]).toMatchObject({ outcome: 'failed', status: 429, detail: expect.stringContaining(`create for ${id} action item title:alert on pool saturation`) });
    });
  });
});
