import { describe, expect, it } from 'vitest';
import { serverPerFile } from '../../../test/server-harness.js';
import { forEachEngine } from '../../../test/store-engines.js';

forEachEngine((engine) => {
  describe('GET /postmortems/{id}/export', () => {
    const server = serverPerFile(engine);

    it('downloads a postmortem as Markdown, a sanitised HTML page or JSON, named after its id, to those who may read it', async () => {
      const created = await server().call('editor', 'POST', '/api/v1/postmortems', { json: { title: 'Checkout <script>alert(1)</script> errors', summary: 'The pool ran dry.', restricted: true } });
      expect(created.statusCode, created.body).toBe(201);
      const { id } = created.json() as { id: string };
      const url = `/api/v1/postmortems/${id}/export`;

      const md = await server().call('editor', 'GET', url);
      expect([md.statusCode, md.headers['content-type'], md.headers['content-disposition'], md.headers.etag]).toEqual([200, 'text/markdown; charset=utf-8', `attachment; filename="${id}.md"`, '"1"']);
      expect(md.body).toMatch(/^---\n/);
      expect(md.body).toContain('The pool ran dry.');

      const html = await server().call('editor', 'GET', `${url}?format=html`);
      expect([html.headers['content-type'], html.headers['content-disposition']]).toEqual(['text/html; charset=utf-8', `attachment; filename="${id}.html"`]);
      expect(html.body).toMatch(/^<!doctype html>/i);
      expect(html.body).toContain('Checkout &lt;script&gt;alert(1)&lt;/script&gt; errors');
      expect(html.body).not.toContain('<script>');

      const json = await server().call('editor', 'GET', `${url}?format=json`);
      expect(json.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(JSON.parse(json.body)).toMatchObject({ title: 'Checkout <script>alert(1)</script> errors', summary: 'The pool ran dry.' });

      const pdf = await server().call('editor', 'GET', `${url}?format=pdf`);
      expect([pdf.statusCode, pdf.json().error.details[0].path]).toEqual([422, 'format']);
      // Restricted: a viewer who is no member neither reads nor exports it.
      expect((await server().call('viewer', 'GET', url)).statusCode).toBe(404);
      expect((await server().call('editor', 'GET', '/api/v1/postmortems/nope/export')).statusCode).toBe(404);
    });
  });
});
