import { describe, expect, it } from 'vitest';
import { serverPerFile } from '../../../test/server-harness.js';
import { forEachEngine } from '../../../test/store-engines.js';

forEachEngine((engine) => {
  const server = serverPerFile(engine);

  /** A postmortem with three versions: titles One, Two, Three. */
  async function threeVersions(): Promise<string> {
    const { id } = (await server().call('editor', 'POST', '/api/v1/postmortems', { json: { title: 'One', summary: 'First.' } })).json();
    await server().call('editor', 'PATCH', `/api/v1/postmortems/${id}`, { json: { title: 'Two' }, headers: { 'if-match': '"1"' } });
    await server().call('member', 'PATCH', `/api/v1/postmortems/${id}`, { json: { title: 'Three', summary: 'Third.' }, headers: { 'if-match': '"2"' } });
    return id;
  }

  describe('revisions', () => {
    it('lists every change: number, when, who, which fields, why', async () => {
      const id = await threeVersions();
      const response = await server().call('viewer', 'GET', `/api/v1/postmortems/${id}/revisions`);
      expect(response.statusCode).toBe(200);
      const items = response.json().items;
      expect(items.map((r: { number: number }) => r.number)).toEqual([1, 2, 3]);
      expect(items[0]).toMatchObject({ by: { email: 'editor@example.com' }, note: 'created', at: expect.any(String) });
      expect(items[1]).toMatchObject({ by: { email: 'editor@example.com' }, changed: ['title'] });
      expect(items[2]).toMatchObject({ by: { email: 'member@example.com' }, changed: expect.arrayContaining(['title', 'summary']) });
    });

    it('reads one revision back in full, with derived metrics', async () => {
      const id = await threeVersions();
      const response = await server().call('viewer', 'GET', `/api/v1/postmortems/${id}/revisions/2`);
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({ number: 2, postmortem: { id, title: 'Two', summary: 'First.', derived: { durationMinutes: null } } });
      expect((await server().call('viewer', 'GET', `/api/v1/postmortems/${id}/revisions/9`)).statusCode).toBe(404);
      expect((await server().call('viewer', 'GET', `/api/v1/postmortems/${id}/revisions/two`)).statusCode).toBe(422);
    });

    it('restores a revision as a new version, with If-Match (428 without, 412 stale)', async () => {
      const id = await threeVersions();
      const url = `/api/v1/postmortems/${id}/revisions/1/restore`;
      expect((await server().call('editor', 'POST', url)).statusCode).toBe(428);
      expect((await server().call('editor', 'POST', url, { headers: { 'if-match': '"2"' } })).statusCode).toBe(412);
      const restored = await server().call('editor', 'POST', url, { headers: { 'if-match': '"3"' } });
      expect(restored.statusCode).toBe(200);
      expect(restored.headers.etag).toBe('"4"');
      expect(restored.json()).toMatchObject({ title: 'One', summary: 'First.', version: 4 });
      const last = (await server().call('viewer', 'GET', `/api/v1/postmortems/${id}/revisions`)).json().items.at(-1);
      expect(last).toMatchObject({ number: 4, note: 'restored revision 1' });
      expect((await server().call('viewer', 'POST', url, { headers: { 'if-match': '"4"' } })).statusCode).toBe(403);
    });
  });

  describe('comments', () => {
    it('adds and lists comments, oldest first, with their author', async () => {
      const id = await threeVersions();
      const first = await server().call('editor', 'POST', `/api/v1/postmortems/${id}/comments`, { json: { body: 'Can we quantify the impact?' } });
      expect(first.statusCode).toBe(201);
      expect(first.json()).toMatchObject({ postmortemId: id, by: { email: 'editor@example.com' }, body: 'Can we quantify the impact?' });
      await server().call('member', 'POST', `/api/v1/postmortems/${id}/comments`, { json: { body: 'About 12% of checkouts.' } });
      const list = await server().call('viewer', 'GET', `/api/v1/postmortems/${id}/comments`);
      expect(list.json().items.map((c: { body: string }) => c.body)).toEqual(['Can we quantify the impact?', 'About 12% of checkouts.']);
    });

    it('takes comments from viewers, in threads about a section or an action item, resolved by whoever started them or an editor', async () => {
      const id = await threeVersions();
      const asked = await server().call('viewer', 'POST', `/api/v1/postmortems/${id}/comments`, { json: { body: 'Which pool? @editor can you say?', anchor: 'section:rootCause' } });
      expect(asked.statusCode, asked.body).toBe(201);
      expect(asked.json()).toMatchObject({ anchor: 'section:rootCause', parentId: null, resolved: null, mentions: ['editor@example.com'] });
      const answered = await server().call('editor', 'POST', `/api/v1/postmortems/${id}/comments`, { json: { body: 'The orders pool.', parentId: asked.json().id } });
      expect(answered.json()).toMatchObject({ anchor: 'section:rootCause', parentId: asked.json().id });
      const resolve = (who: 'viewer' | 'member', commentId: string, resolved: boolean) =>
        server().call(who, 'PATCH', `/api/v1/postmortems/${id}/comments/${commentId}`, { json: { resolved } });
      expect((await resolve('viewer', answered.json().id, true)).json().error.details).toEqual([{ path: 'resolved', message: expect.stringMatching(/is a reply: resolve its thread/) }]);
      const resolved = await resolve('viewer', asked.json().id, true);
      expect(resolved.statusCode).toBe(200);
      expect(resolved.json().resolved).toEqual({ at: expect.any(String), by: 'viewer@example.com' });
      expect((await resolve('member', asked.json().id, false)).json().resolved).toBeNull();
      const bad = await server().call('viewer', 'POST', `/api/v1/postmortems/${id}/comments`, { json: { body: 'Hi @nobody', anchor: 'section:elsewhere' } });
      expect(bad.statusCode).toBe(422);
      expect(bad.json().error.details).toEqual([{ path: 'anchor', message: expect.stringMatching(/"elsewhere" is not a section a comment can be about/) }]);
      expect((await server().call('viewer', 'POST', `/api/v1/postmortems/${id}/comments`, { json: { body: 'Hi @nobody' } })).json().error.details).toEqual([
        { path: 'body', message: expect.stringMatching(/^@nobody is no one who can sign in/) },
      ]);
      expect((await server().call('viewer', 'PATCH', `/api/v1/postmortems/${id}/comments/c-nope`, { json: { resolved: true } })).statusCode).toBe(404);
    });

    it('refuses empty comments (422) and unknown postmortems (404)', async () => {
      const id = await threeVersions();
      expect((await server().call('editor', 'POST', `/api/v1/postmortems/${id}/comments`, { json: { body: '   ' } })).statusCode).toBe(422);
      expect((await server().call('editor', 'POST', '/api/v1/postmortems/pm-nope/comments', { json: { body: 'Hi' } })).statusCode).toBe(404);
      expect((await server().call('viewer', 'GET', '/api/v1/postmortems/pm-nope/comments')).statusCode).toBe(404);
    });
  });
});
