import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../../test/cli-harness.js';
import { serverPerFile, type ServerHarness } from '../../../test/server-harness.js';
import { forEachEngine } from '../../../test/store-engines.js';

/** A postmortem that lints clean, as a draft without an id. */
const CLEAN = readFileSync(join(repoRoot, 'examples/checkout-latency.md'), 'utf8')
  .replace(/^id: .*\n/m, '')
  .replace(/^status: in_review$/m, 'status: draft');

type Who = Parameters<ServerHarness['call']>[0];

/** Calls for one server: import as the editor, move as the editor, approve, withdraw and read approvals as anyone. */
function calls(server: () => ServerHarness) {
  return {
    importClean: async (markdown = CLEAN) => {
      const response = await server().call('editor', 'POST', '/api/v1/postmortems', { payload: markdown, headers: { 'content-type': 'text/markdown' } });
      expect(response.statusCode, response.body).toBe(201);
      return (response.json() as { id: string }).id;
    },
    move: (id: string, to: string, who: Who = 'editor', reason?: string) =>
      server().call(who, 'POST', `/api/v1/postmortems/${id}/transitions`, { json: reason === undefined ? { to } : { to, reason } }),
    approve: (who: Who, id: string, headers: Record<string, string> = {}) => server().call(who, 'POST', `/api/v1/postmortems/${id}/approvals`, { headers }),
    withdraw: (who: Who, id: string) => server().call(who, 'DELETE', `/api/v1/postmortems/${id}/approvals`),
    approvals: async (id: string) => (await server().call('viewer', 'GET', `/api/v1/postmortems/${id}/approvals`)).json(),
    edit: (id: string, version: number, json: object) => server().call('editor', 'PATCH', `/api/v1/postmortems/${id}`, { json, headers: { 'if-match': `"${version}"` } }),
  };
}

forEachEngine((engine) => {
  describe('approvals (one needed, the default)', () => {
    const server = serverPerFile(engine);
    const { importClean, move, approve, withdraw, approvals, edit } = calls(server);

    it('records a sign-off by a signed-in reviewer on the version in review, shown with who, which version and when', async () => {
      const id = await importClean();
      expect(await approvals(id)).toEqual({ required: 1, current: 0, items: [], cannotApprove: 'Only editors and admins approve postmortems.' });
      expect((await server().call('admin', 'GET', `/api/v1/postmortems/${id}/approvals`)).json().cannotApprove).toMatch(/^Only a postmortem in review can be approved; this one is a draft/);
      expect((await move(id, 'in_review')).statusCode).toBe(200);
      const approved = await approve('admin', id);
      expect(approved.statusCode, approved.body).toBe(201);
      expect(approved.json()).toEqual({
        required: 1,
        current: 1,
        items: [{ by: { userId: expect.any(String), email: 'admin@example.com' }, at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/), version: 2, stale: null }],
        cannotApprove: null,
      });
      // Approving again renews it: still one approval per reviewer.
      expect((await approve('admin', id)).json().items).toHaveLength(1);
      expect((await move(id, 'final')).json()).toMatchObject({ status: 'final' });
    });

    it('refuses the author, viewers and anything not in review, saying what to do instead', async () => {
      const id = await importClean();
      const draft = await approve('admin', id);
      expect(draft.statusCode).toBe(409);
      expect(draft.json().error.message).toBe(`Only a postmortem in review can be approved; this one is a draft: move it to review first: POST /api/v1/postmortems/${id}/transitions {"to":"in_review"}.`);
      expect((await move(id, 'in_review')).statusCode).toBe(200);
      const own = await approve('editor', id);
      expect(own.statusCode).toBe(403);
      expect(own.json().error.message).toMatch(/^You wrote this postmortem, so you cannot approve it: ask another editor or an admin/);
      expect((await server().call('editor', 'GET', `/api/v1/postmortems/${id}/approvals`)).json().cannotApprove).toBe(own.json().error.message);
      expect((await approve('viewer', id)).statusCode).toBe(403);
      expect((await approvals(id)).items).toEqual([]);
    });

    it('counts the author the document names as the author too', async () => {
      const id = await importClean(CLEAN.replace(/^author: .*$/m, 'author: member@example.com'));
      expect((await move(id, 'in_review')).statusCode).toBe(200);
      expect((await approve('member', id)).statusCode).toBe(403);
      expect((await approve('admin', id)).statusCode).toBe(201);
    });

    it('keeps a postmortem from becoming final without a current approval (409 approvals_needed); an edit after one makes it stale', async () => {
      const id = await importClean();
      expect((await move(id, 'in_review')).statusCode).toBe(200);
      const none = await move(id, 'final');
      expect(none.statusCode).toBe(409);
      expect(none.json().error).toMatchObject({ code: 'approvals_needed', message: expect.stringMatching(/^It cannot become final without 1 current approval: it has 0\. Ask an editor or admin other than the author/), details: { required: 1, current: 0 } });
      expect((await approve('admin', id)).statusCode).toBe(201);
      expect((await edit(id, 2, { summary: 'Checkout was slow for 40 minutes after a cache change; we rolled it back.' })).statusCode).toBe(200);
      expect(await approvals(id)).toMatchObject({ current: 0, items: [{ version: 2, stale: 'edited' }] });
      const stale = await move(id, 'final');
      expect(stale.json().error).toMatchObject({ code: 'approvals_needed', message: expect.stringMatching(/it has 0 \(stale: admin@example\.com's, edited since\)/) });
      expect((await server().call('viewer', 'GET', `/api/v1/postmortems/${id}`)).json().status).toBe('in_review');
      expect((await approve('admin', id)).json()).toMatchObject({ current: 1, items: [{ version: 3, stale: null }] });
      expect((await move(id, 'final')).statusCode).toBe(200);
    });

    it('holds across moves that change nothing, but not across a reopening: final needs a new approval', async () => {
      const id = await importClean();
      expect((await move(id, 'in_review')).statusCode).toBe(200);
      expect((await approve('admin', id)).statusCode).toBe(201);
      for (const to of ['draft', 'in_review']) expect((await move(id, to)).statusCode).toBe(200);
      expect((await approvals(id)).current).toBe(1);
      expect((await move(id, 'final')).statusCode).toBe(200);
      expect((await move(id, 'draft', 'editor', 'The region count was wrong')).statusCode).toBe(200);
      expect(await approvals(id)).toMatchObject({ current: 0, items: [{ stale: 'reopened' }] });
      expect((await move(id, 'in_review')).statusCode).toBe(200);
      expect((await move(id, 'final')).json().error.code).toBe('approvals_needed');
      expect((await approve('member', id)).statusCode).toBe(201);
      expect((await move(id, 'final')).statusCode).toBe(200);
    });

    it('withdraws the signed-in reviewer’s own approval, and takes an optional If-Match (412 when stale)', async () => {
      const id = await importClean();
      expect((await move(id, 'in_review')).statusCode).toBe(200);
      expect((await approve('admin', id, { 'if-match': '"1"' })).statusCode).toBe(412);
      expect((await approve('admin', id, { 'if-match': '"2"' })).statusCode).toBe(201);
      expect((await approve('member', id)).statusCode).toBe(201);
      const withdrawn = await withdraw('admin', id);
      expect(withdrawn.statusCode).toBe(200);
      expect(withdrawn.json()).toMatchObject({ current: 1, items: [{ by: { email: 'member@example.com' } }] });
      expect((await withdraw('viewer', id)).statusCode).toBe(403);
    });
  });

  describe('approvals (two needed)', () => {
    const server = serverPerFile(engine, { review: { requiredApprovals: 2 } });
    const { importClean, move, approve } = calls(server);

    it('needs two reviewers', async () => {
      const id = await importClean();
      expect((await move(id, 'in_review')).statusCode).toBe(200);
      expect((await approve('admin', id)).statusCode).toBe(201);
      expect((await move(id, 'final')).json().error).toMatchObject({ code: 'approvals_needed', message: expect.stringMatching(/without 2 current approvals: it has 1\./) });
      expect((await approve('member', id)).statusCode).toBe(201);
      expect((await move(id, 'final')).statusCode).toBe(200);
    });
  });

  describe('approvals (none needed), and the settings the app reads', () => {
    const server = serverPerFile(engine, { review: { requiredApprovals: 0 }, settings: { ticketUrl: 'https://acme.atlassian.net/browse/{key}' } });

    it('answers the settings to any signed-in user', async () => {
      const answered = await server().call('viewer', 'GET', '/api/v1/settings');
      expect(answered.json()).toEqual({ ticketUrl: 'https://acme.atlassian.net/browse/{key}', requiredApprovals: 0 });
      expect((await server().app.inject({ method: 'GET', url: '/api/v1/settings' })).statusCode).toBe(401);
    });

    const { importClean, move } = calls(server);

    it('lets a clean postmortem become final without one', async () => {
      const id = await importClean();
      expect((await move(id, 'in_review')).statusCode).toBe(200);
      expect((await move(id, 'final')).statusCode).toBe(200);
    });
  });
});
