import { describe, expect, it } from 'vitest';
import { serverPerFile } from '../../../test/server-harness.js';
import { forEachEngine } from '../../../test/store-engines.js';

forEachEngine((engine) => {
  describe('notification channels', () => {
    const server = serverPerFile(engine);

    it('lets admins add channels per team and instance, shows a generated secret once, and never a secret again', async () => {
      expect((await server().call('admin', 'PUT', '/api/v1/teams/Payments', { json: { lead: 'lead@example.com' } })).statusCode).toBe(200);
      const hook = { scope: 'team:Payments', name: 'Payments hook', kind: 'webhook', url: 'https://93.184.216.34/hooks/debrief?token=abc' };
      expect((await server().call('editor', 'POST', '/api/v1/channels', { json: hook })).statusCode).toBe(403);
      const created = await server().call('admin', 'POST', '/api/v1/channels', { json: hook });
      expect(created.statusCode, created.body).toBe(201);
      expect(created.json()).toMatchObject({ secret: expect.stringMatching(/^whsec_/), channel: { scope: 'team:payments', config: { kind: 'webhook', url: 'https://93.184.216.34/hooks/debrief?…', hasSecret: true } } });
      const listed = await server().call('admin', 'GET', '/api/v1/channels');
      expect(listed.body).not.toContain(created.json().secret);
      expect(listed.body).not.toContain('token=abc');
      const id = created.json().channel.id as string;
      const renamed = await server().call('admin', 'PUT', `/api/v1/channels/${id}`, { json: { name: 'Payments events', kind: 'webhook', url: 'https://93.184.216.34/hooks/debrief' } });
      expect(renamed.json()).toMatchObject({ secret: null, channel: { name: 'Payments events', config: { hasSecret: true } } });
      const mail = await server().call('admin', 'POST', '/api/v1/channels', { json: { scope: 'instance', name: 'Sheriff', kind: 'email', to: ['sheriff@example.com'] } });
      expect(mail.json()).toMatchObject({ secret: null, channel: { scope: 'instance', config: { kind: 'email', to: ['sheriff@example.com'] } } });
      expect((await server().call('admin', 'GET', '/api/v1/audit?action=channel.saved')).json().items).toHaveLength(3);
      expect((await server().call('admin', 'DELETE', `/api/v1/channels/${id}`)).statusCode).toBe(204);
      expect((await server().call('admin', 'GET', '/api/v1/channels?scope=instance')).json().items.map((c: { name: string }) => c.name)).toEqual(['Sheriff']);
    });

    it('moves a channel between a team and the whole instance (admins), only to a team that exists, never showing its secret', async () => {
      expect((await server().call('admin', 'PUT', '/api/v1/teams/Search', { json: {} })).statusCode).toBe(200);
      const created = await server().call('admin', 'POST', '/api/v1/channels', { json: { scope: 'instance', name: 'Search hook', kind: 'webhook', url: 'https://93.184.216.34/hooks/search?token=abc' } });
      expect(created.statusCode, created.body).toBe(201);
      const { id } = created.json().channel as { id: string };
      const secret = created.json().secret as string;
      const url = `/api/v1/channels/${id}`;
      const settings = { name: 'Search hook', kind: 'webhook', url: 'https://93.184.216.34/hooks/search' };
      expect((await server().call('editor', 'PUT', url, { json: { ...settings, scope: 'team:Search' } })).statusCode).toBe(403);
      const moved = await server().call('admin', 'PUT', url, { json: { ...settings, scope: 'team:Search' } });
      expect(moved.statusCode, moved.body).toBe(200);
      expect(moved.json()).toMatchObject({ secret: null, channel: { id, scope: 'team:search', name: 'Search hook', config: { hasSecret: true } } });
      expect(moved.body).not.toContain(secret);
      expect((await server().call('admin', 'GET', '/api/v1/channels?scope=team:search')).json().items.map((c: { id: string }) => c.id)).toEqual([id]);
      expect((await server().call('admin', 'GET', '/api/v1/audit?action=channel.saved')).json().items[0]).toMatchObject({ details: { id, scope: 'team:search', created: false } });
      // Left out, the scope stays.
      expect((await server().call('admin', 'PUT', url, { json: { ...settings, name: 'Search events' } })).json().channel).toMatchObject({ scope: 'team:search', name: 'Search events' });

      const unknown = await server().call('admin', 'PUT', url, { json: { ...settings, scope: 'team:nobody' } });
      expect(unknown.statusCode).toBe(404);
      expect(unknown.json().error.message).toBe('no team named "nobody"');
      const bad = await server().call('admin', 'PUT', url, { json: { ...settings, scope: 'everyone' } });
      expect(bad.statusCode).toBe(422);
      expect(bad.json().error.details).toEqual([expect.objectContaining({ path: 'scope' })]);
      expect((await server().call('admin', 'POST', '/api/v1/channels', { json: { scope: 'instance', name: 'Search hook', kind: 'email', to: ['s@example.com'] } })).statusCode).toBe(201);
      const taken = await server().call('admin', 'PUT', url, { json: { ...settings, scope: 'instance' } });
      expect(taken.statusCode).toBe(409);
      expect(taken.json().error.message).toMatch(/^instance already has a channel named "Search hook"/);
      const back = await server().call('admin', 'PUT', url, { json: { ...settings, name: 'Search', scope: 'instance' } });
      expect(back.json().channel).toMatchObject({ scope: 'instance', name: 'Search', config: { hasSecret: true } });
      expect((await server().call('admin', 'GET', '/api/v1/channels')).body).not.toContain(secret);
    });

    it('refuses receivers in private ranges, unknown teams and bad fields, saying which field', async () => {
      for (const url of ['http://127.0.0.1:8080/hook', 'http://10.0.0.5/hook', 'http://[::1]/hook', 'http://169.254.169.254/latest']) {
        const refused = await server().call('admin', 'POST', '/api/v1/channels', { json: { scope: 'instance', name: 'Internal', kind: 'webhook', url } });
        expect(refused.statusCode, url).toBe(422);
        expect(refused.json().error.details).toEqual([expect.objectContaining({ path: 'url' })]);
      }
      expect((await server().call('admin', 'POST', '/api/v1/channels', { json: { scope: 'team:nobody', name: 'X', kind: 'email', to: ['a@example.com'] } })).statusCode).toBe(404);
      const badMail = await server().call('admin', 'POST', '/api/v1/channels', { json: { scope: 'instance', name: 'X', kind: 'email', to: ['not mail'] } });
      expect(badMail.json().error.details).toEqual([expect.objectContaining({ path: 'to.0' })]);
      expect((await server().call('admin', 'GET', '/api/v1/deliveries')).json()).toEqual({ items: [], nextCursor: null });
      expect((await server().call('editor', 'GET', '/api/v1/deliveries')).statusCode).toBe(403);
    });
  });
});
