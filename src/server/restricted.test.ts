import { randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { serverPerFile, type Who } from '../../test/server-harness.js';
import { forEachEngine } from '../../test/store-engines.js';

/** Restricted postmortems through HTTP: for anyone but their members and admins they do not exist. */
forEachEngine((engine) => {
  const server = serverPerFile(engine);
  const word = `secretword${randomBytes(4).toString('hex')}`;
  const owner = `sec-owner-${randomBytes(4).toString('hex')}@example.com`;
  let id = '';

  beforeAll(async () => {
    const response = await server().call('admin', 'POST', '/api/v1/postmortems', {
      json: {
        title: `Leaked signing key ${word}`,
        restricted: true,
        summary: `A ${word} was exposed.`,
        actionItems: [{ title: 'Rotate the signing key', owner, due: '2024-01-01' }],
      },
    });
    expect(response.statusCode).toBe(201);
    id = response.json().id;
    await server().call('admin', 'PATCH', `/api/v1/postmortems/${id}`, { json: { members: ['member@example.com'] }, headers: { 'if-match': '"1"' } });
  });

  const reads = () => [
    `/api/v1/postmortems/${id}`,
    `/api/v1/postmortems/${id}/lint`,
    `/api/v1/postmortems/${id}/revisions`,
    `/api/v1/postmortems/${id}/revisions/1`,
    `/api/v1/postmortems/${id}/comments`,
  ];
  const listed = async (who: Who, query: string) =>
    (await server().call(who, 'GET', `/api/v1/postmortems?${query}`)).json().items.some((row: { id: string }) => row.id === id);
  const actionItems = async (who: Who) => (await server().call(who, 'GET', `/api/v1/action-items?owner=${owner}`)).json().items.length;

  describe.each(['viewer', 'editor'] as const)('a non-member %s', (who) => {
    it('gets 404 for it and everything under it', async () => {
      for (const url of reads()) {
        const response = await server().call(who, 'GET', url);
        expect(response.statusCode, url).toBe(404);
        expect(response.body).not.toContain(word);
      }
    });

    it('does not find it in lists, search or action items', async () => {
      expect(await listed(who, 'limit=200')).toBe(false);
      expect(await listed(who, `q=${word}`)).toBe(false);
      expect(await actionItems(who)).toBe(0);
    });

    it('cannot change it, comment on it or move it: 404, as if it did not exist', async () => {
      const attempts = [
        server().call(who, 'PATCH', `/api/v1/postmortems/${id}`, { json: { title: 'x' }, headers: { 'if-match': '"2"' } }),
        server().call(who, 'PUT', `/api/v1/postmortems/${id}`, { json: { title: 'x' }, headers: { 'if-match': '"2"' } }),
        server().call(who, 'POST', `/api/v1/postmortems/${id}/transitions`, { json: { to: 'in_review' } }),
        server().call(who, 'PATCH', `/api/v1/postmortems/${id}/action-items/0`, { json: { status: 'done' } }),
      ];
      // Viewers are refused for their role before the postmortem is looked up; either way nothing is revealed or written.
      for (const response of await Promise.all(attempts)) expect([who === 'viewer' ? 403 : 404]).toContain(response.statusCode);
      // Viewers may comment on what they can read, so a comment is refused as if the postmortem did not exist.
      expect((await server().call(who, 'POST', `/api/v1/postmortems/${id}/comments`, { json: { body: 'x' } })).statusCode).toBe(404);
      expect((await server().call('admin', 'GET', `/api/v1/postmortems/${id}`)).json().version).toBe(2);
    });
  });

  describe.each(['member', 'admin'] as const)('the %s', (who) => {
    it('reads it and everything under it, and finds it in lists, search and action items', async () => {
      for (const url of reads()) expect((await server().call(who, 'GET', url)).statusCode, url).toBe(200);
      expect(await listed(who, 'limit=200')).toBe(true);
      expect(await listed(who, `q=${word}`)).toBe(true);
      expect(await actionItems(who)).toBe(1);
    });

    it('may comment on it', async () => {
      expect((await server().call(who, 'POST', `/api/v1/postmortems/${id}/comments`, { json: { body: `seen by ${who}` } })).statusCode).toBe(201);
    });
  });
});
