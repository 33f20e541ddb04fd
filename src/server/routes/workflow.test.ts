import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../../test/cli-harness.js';
import { serverPerFile } from '../../../test/server-harness.js';
import { forEachEngine } from '../../../test/store-engines.js';
import { lintDocument } from '../../lint/engine.js';
import { parseDocument } from '../../markdown/parse.js';
import { renderMarkdown } from '../../markdown/render.js';

/** A postmortem that lints clean with the default config, as a draft without an id (so it can be imported again and again). */
const CLEAN = readFileSync(join(repoRoot, 'examples/checkout-latency.md'), 'utf8')
  .replace(/^id: .*\n/m, '')
  .replace(/^status: in_review$/m, 'status: draft');

forEachEngine((engine) => {
  const server = serverPerFile(engine);
  const importClean = async () => {
    const response = await server().call('editor', 'POST', '/api/v1/postmortems', { payload: CLEAN, headers: { 'content-type': 'text/markdown' } });
    expect(response.statusCode).toBe(201);
    return response.json() as { id: string; version: number };
  };
  const move = (id: string, to: string, headers: Record<string, string> = {}) =>
    server().call('editor', 'POST', `/api/v1/postmortems/${id}/transitions`, { json: { to }, headers });
  /** Moves along `path`, the admin approving (the editor wrote it) just before each move to final. */
  const moveAlong = async (id: string, path: readonly string[]) => {
    const answers = [];
    for (const to of path) {
      if (to === 'final') expect((await server().call('admin', 'POST', `/api/v1/postmortems/${id}/approvals`)).statusCode).toBe(201);
      answers.push(await move(id, to));
    }
    return answers;
  };

  describe('lint', () => {
    it('answers the CLI\u2019s findings for the stored document rendered to Markdown, in the JSON message shape', async () => {
      const created = (await server().call('editor', 'POST', '/api/v1/postmortems', { json: { title: 'Thin', actionItems: [{ title: 'Improve monitoring', owner: 'SRE team', due: 'soon' }] } })).json();
      const response = await server().call('viewer', 'GET', `/api/v1/postmortems/${created.id}/lint`);
      expect(response.statusCode).toBe(200);
      const result = response.json();
      const { createdAt: _c, updatedAt: _u, version: _v, members: _m, derived: _d, ...pm } = created;
      const expected = lintDocument(parseDocument(renderMarkdown(pm), { filePath: `${created.id}.md` }), {}, `${created.id}.md`);
      expect(result).toEqual(JSON.parse(JSON.stringify(expected)));
      expect(result.errorCount).toBeGreaterThan(0);
      expect(result.messages[0]).toEqual({
        ruleId: expect.any(String),
        severity: expect.any(Number),
        message: expect.any(String),
        line: expect.any(Number),
        column: expect.any(Number),
        endLine: expect.any(Number),
        endColumn: expect.any(Number),
        suggestions: expect.any(Array),
      });
    });

    it('answers no errors for a clean postmortem', async () => {
      const { id } = await importClean();
      expect((await server().call('viewer', 'GET', `/api/v1/postmortems/${id}/lint`)).json()).toMatchObject({ errorCount: 0 });
    });
  });

  describe('transitions', () => {
    it('goes draft -> in_review -> draft -> in_review -> final -> published, each a new version and revision', async () => {
      const { id } = await importClean();
      const statuses = [];
      for (const response of await moveAlong(id, ['in_review', 'draft', 'in_review', 'final', 'published'])) {
        expect(response.statusCode, response.body).toBe(200);
        statuses.push([response.json().status, response.json().version, response.headers.etag]);
      }
      expect(statuses).toEqual([
        ['in_review', 2, '"2"'],
        ['draft', 3, '"3"'],
        ['in_review', 4, '"4"'],
        ['final', 5, '"5"'],
        ['published', 6, '"6"'],
      ]);
      const notes = (await server().call('viewer', 'GET', `/api/v1/postmortems/${id}/revisions`)).json().items.map((r: { note: string }) => r.note);
      expect(notes.at(-1)).toBe('status: final -> published');
    });

    it('refuses illegal moves with 409, naming the allowed ones', async () => {
      const { id } = await importClean();
      for (const to of ['final', 'published', 'draft']) {
        const response = await move(id, to);
        expect(response.statusCode).toBe(409);
        expect(response.json().error).toMatchObject({ code: 'conflict', message: expect.stringMatching(/in_review/) });
      }
      expect((await server().call('viewer', 'GET', `/api/v1/postmortems/${id}`)).json()).toMatchObject({ status: 'draft', version: 1 });
    });

    it('refuses to make final a postmortem with lint errors (409 lint_errors, the findings listed), and stays in review', async () => {
      const created = (await server().call('editor', 'POST', '/api/v1/postmortems', { json: { title: 'Blameful', actionItems: [{ title: 'Be more careful', owner: 'Platform team', due: 'next sprint' }] } })).json();
      expect((await move(created.id, 'in_review')).statusCode).toBe(200);
      const refused = await move(created.id, 'final');
      expect(refused.statusCode).toBe(409);
      const error = refused.json().error;
      expect(error.code).toBe('lint_errors');
      expect(error.details.length).toBeGreaterThan(0);
      for (const finding of error.details) expect(finding).toMatchObject({ ruleId: expect.any(String), severity: 2, line: expect.any(Number) });
      expect(error.details.map((f: { ruleId: string }) => f.ruleId)).toEqual(expect.arrayContaining(['action-items/owner']));
      expect((await server().call('viewer', 'GET', `/api/v1/postmortems/${created.id}`)).json().status).toBe('in_review');
    });

    it('takes an optional If-Match: a stale one is 412', async () => {
      const { id } = await importClean();
      expect((await move(id, 'in_review', { 'if-match': '"1"' })).statusCode).toBe(200);
      const stale = await move(id, 'final', { 'if-match': '"1"' });
      expect(stale.statusCode).toBe(412);
      expect(stale.json().error.details).toEqual({ currentVersion: 2 });
    });

    it('refuses an unknown status (422) and viewers (403)', async () => {
      const { id } = await importClean();
      expect((await move(id, 'shipped')).statusCode).toBe(422);
      expect((await server().call('viewer', 'POST', `/api/v1/postmortems/${id}/transitions`, { json: { to: 'in_review' } })).statusCode).toBe(403);
    });
  });

  describe('final and published are frozen', () => {
    const finalised = async () => {
      const { id } = await importClean();
      for (const response of await moveAlong(id, ['in_review', 'final'])) expect(response.statusCode).toBe(200);
      return id;
    };
    const reopen = (who: 'editor' | 'member' | 'admin', id: string, reason?: string) =>
      server().call(who, 'POST', `/api/v1/postmortems/${id}/transitions`, { json: reason === undefined ? { to: 'draft' } : { to: 'draft', reason } });

    it('refuses PUT, PATCH and restore with 409 naming the way out; an action item’s status can still change', async () => {
      const id = await finalised();
      for (const [method, url, json] of [
        ['PATCH', `/api/v1/postmortems/${id}`, { rootCause: 'A blameful sentence added after the review.' }],
        ['PUT', `/api/v1/postmortems/${id}`, { title: 'Retitled' }],
        ['POST', `/api/v1/postmortems/${id}/revisions/1/restore`, undefined],
      ] as const) {
        const refused = await server().call('editor', method, url, { ...(json === undefined ? {} : { json }), headers: { 'if-match': '"3"' } });
        expect(refused.statusCode, `${method} ${url}`).toBe(409);
        expect(refused.json().error.message).toBe(`This postmortem is final and cannot be edited: reopen it first: POST /api/v1/postmortems/${id}/transitions {"to":"draft","reason":"…"} (the author or an admin; the reason is recorded).`);
      }
      const closed = await server().call('editor', 'PATCH', `/api/v1/postmortems/${id}/action-items/AI-3`, { json: { status: 'done' } });
      expect(closed.statusCode, closed.body).toBe(200);
      expect(closed.json()).toMatchObject({ status: 'final', version: 4 });
      expect((await server().call('viewer', 'GET', `/api/v1/postmortems/${id}`)).json().rootCause).not.toMatch(/blameful/);
    });

    it('reopens to draft only with a reason (422 at reason), only by its creator, its author or an admin (403), and records why', async () => {
      const id = await finalised();
      expect((await move(id, 'published')).statusCode).toBe(200);
      const noReason = await reopen('editor', id);
      expect(noReason.statusCode).toBe(422);
      expect(noReason.json().error.details).toEqual([{ path: 'reason', message: expect.stringMatching(/say why/) }]);
      expect((await reopen('editor', id, '   ')).statusCode).toBe(422);
      const stranger = await reopen('member', id, 'I would like to change it');
      expect(stranger.statusCode).toBe(403);
      expect(stranger.json().error.message).toMatch(/Only the author of this postmortem or an admin can reopen it/);
      const reopened = await reopen('editor', id, 'The customer count was wrong');
      expect(reopened.statusCode, reopened.body).toBe(200);
      expect(reopened.json()).toMatchObject({ status: 'draft', version: 5 });
      const notes = (await server().call('viewer', 'GET', `/api/v1/postmortems/${id}/revisions`)).json().items.map((r: { note: string }) => r.note);
      expect(notes.at(-1)).toBe('status: published -> draft (reopened: The customer count was wrong)');
      // Editable again, and final needs the lint gate again.
      expect((await server().call('editor', 'PATCH', `/api/v1/postmortems/${id}`, { json: { rootCause: 'Bob made a mistake and pushed the config.' }, headers: { 'if-match': '"5"' } })).statusCode).toBe(200);
      expect((await move(id, 'in_review')).statusCode).toBe(200);
      expect((await move(id, 'final')).json().error.code).toBe('lint_errors');
    });

    it('keeps the published text what readers get while it is reopened and revised, until it is published again', async () => {
      const id = await finalised();
      expect((await server().call('viewer', 'GET', `/api/v1/postmortems/${id}/published`)).statusCode).toBe(404);
      expect((await move(id, 'published')).statusCode).toBe(200);
      const title = (await server().call('viewer', 'GET', `/api/v1/postmortems/${id}`)).json().title;
      expect((await reopen('editor', id, 'Add the second region')).statusCode).toBe(200);
      expect((await server().call('editor', 'PATCH', `/api/v1/postmortems/${id}`, { json: { title: 'Revised title' }, headers: { 'if-match': '"5"' } })).statusCode).toBe(200);
      const published = await server().call('viewer', 'GET', `/api/v1/postmortems/${id}/published`);
      expect(published.statusCode).toBe(200);
      expect(published.json()).toMatchObject({ number: 4, note: 'status: final -> published', postmortem: { title, status: 'published' } });
      for (const response of await moveAlong(id, ['in_review', 'final', 'published'])) expect(response.statusCode).toBe(200);
      expect((await server().call('viewer', 'GET', `/api/v1/postmortems/${id}/published`)).json()).toMatchObject({ number: 9, postmortem: { title: 'Revised title' } });
    });

    it('an admin may reopen what someone else wrote', async () => {
      const id = await finalised();
      expect((await reopen('admin', id, 'Legal asked for a correction')).json()).toMatchObject({ status: 'draft' });
    });
  });

  describe('no other write moves the status', () => {
    const read = async (id: string) => (await server().call('viewer', 'GET', `/api/v1/postmortems/${id}`)).json();

    it('creates every postmortem as a draft: JSON with another status is refused (422, at status), Markdown is imported as a draft and says so', async () => {
      const refused = await server().call('editor', 'POST', '/api/v1/postmortems', { json: { title: 'Final already', status: 'final' } });
      expect(refused.statusCode).toBe(422);
      expect(refused.json().error.details).toEqual([{ path: 'status', message: expect.stringMatching(/^must be draft or left out: .*transitions \{"to":"final"\}/) }]);
      const imported = await server().call('editor', 'POST', '/api/v1/postmortems', { payload: CLEAN.replace(/^status: draft$/m, 'status: published'), headers: { 'content-type': 'text/markdown' } });
      expect(imported.statusCode).toBe(201);
      expect(imported.json()).toMatchObject({ status: 'draft' });
      expect(imported.json().diagnostics[0]).toMatchObject({ ruleId: 'meta/status', message: expect.stringMatching(/says its status is published; it was imported as a draft/) });
    });

    it('refuses a PUT or PATCH that changes the status (409, pointing at the transitions), and keeps the status a PUT leaves out', async () => {
      const { id } = await importClean();
      expect((await move(id, 'in_review')).statusCode).toBe(200);
      const patched = await server().call('editor', 'PATCH', `/api/v1/postmortems/${id}`, { json: { status: 'published' }, headers: { 'if-match': '"2"' } });
      expect(patched.statusCode).toBe(409);
      expect(patched.json().error.message).toMatch(/only along the review workflow.*transitions \{"to":"published"\} \(it is in_review\)/);
      const put = await server().call('editor', 'PUT', `/api/v1/postmortems/${id}`, { json: { title: 'Retitled' }, headers: { 'if-match': '"2"' } });
      expect(put.statusCode, put.body).toBe(200);
      expect(await read(id)).toMatchObject({ title: 'Retitled', status: 'in_review', version: 3 });
    });

    it('restores an old revision with the status and the restriction of now', async () => {
      const { id } = await importClean();
      const title = (await read(id)).title;
      expect((await server().call('editor', 'PATCH', `/api/v1/postmortems/${id}`, { json: { title: 'Changed', restricted: true }, headers: { 'if-match': '"1"' } })).statusCode).toBe(200);
      expect((await move(id, 'in_review')).statusCode).toBe(200);
      const restored = await server().call('editor', 'POST', `/api/v1/postmortems/${id}/revisions/1/restore`, { headers: { 'if-match': '"3"' } });
      expect(restored.statusCode, restored.body).toBe(200);
      expect(restored.json()).toMatchObject({ title, status: 'in_review', restricted: true, version: 4 });
      expect((await server().call('viewer', 'GET', `/api/v1/postmortems/${id}`)).statusCode).toBe(404);
    });
  });
});
