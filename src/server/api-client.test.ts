/**
 * Integrators can generate a client from the API's document: its types, made by openapi-typescript, are kept in
 * test/api-client/schema.ts (`npm run api:client` makes them again; this test fails when they differ from what the
 * document makes now), and openapi-fetch with them drives a listening server here. A field with a default is optional
 * (`defaultNonNullable: false`): the server fills it in.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import createClient from 'openapi-fetch';
import openapiTS, { astToString } from 'openapi-typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import type { paths } from '../../test/api-client/schema.js';
import { serverPerFile, TEST_SOURCE } from '../../test/server-harness.js';
import { forEachEngine } from '../../test/store-engines.js';

const SCHEMA_FILE = new URL('../../test/api-client/schema.ts', import.meta.url);
const HEADER = '// Generated from /api/v1/openapi.json by openapi-typescript (npm run api:client). Do not edit.\n';

forEachEngine((engine) => {
  const server = serverPerFile(engine);
  let client: ReturnType<typeof createClient<paths>>;

  beforeAll(async () => {
    const { app, store } = server();
    await app.listen({ port: 0, host: '127.0.0.1' });
    const { token } = await store.createToken('editor@example.com', { name: 'generated client' }, TEST_SOURCE);
    client = createClient<paths>({ baseUrl: `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`, headers: { authorization: `Bearer ${token}` } });
  });

  describe('a client generated from the OpenAPI document', () => {
    it('is what the document makes now', async () => {
      const made = HEADER + astToString(await openapiTS(JSON.stringify(server().app.swagger()), { defaultNonNullable: false }));
      if (process.env.UPDATE_API_CLIENT === '1') writeFileSync(SCHEMA_FILE, made);
      expect(readFileSync(SCHEMA_FILE, 'utf8'), 'test/api-client/schema.ts is out of date: run npm run api:client').toBe(made);
    });

    it('creates, lists, reads and changes a postmortem, and gets the API\u2019s errors typed', async () => {
      const created = await client.POST('/api/v1/postmortems', { body: { title: 'Queue backlog from a generated client', severity: 'SEV2' } });
      expect(created.response.status).toBe(201);
      const id = created.data?.id ?? '';
      const listed = await client.GET('/api/v1/postmortems', { params: { query: { q: 'generated', limit: 10 } } });
      expect(listed.data?.items.map((p) => p.id)).toContain(id);
      const read = await client.GET('/api/v1/postmortems/{id}', { params: { path: { id } } });
      // JSON unless Markdown is asked for: the document offers both, the client narrows.
      expect(typeof read.data === 'object' ? read.data.title : read.data).toBe('Queue backlog from a generated client');
      const etag = read.response.headers.get('etag') ?? '';
      const patched = await client.PATCH('/api/v1/postmortems/{id}', { params: { path: { id }, header: { 'if-match': etag } }, body: { summary: 'Consumers stalled for 40 minutes.' }, bodySerializer: JSON.stringify, headers: { 'content-type': 'application/merge-patch+json' } });
      expect(patched.response.status, JSON.stringify(patched.error)).toBe(200);
      expect(typeof patched.data === 'object' ? patched.data.summary : patched.data).toBe('Consumers stalled for 40 minutes.');
      const missing = await client.GET('/api/v1/postmortems/{id}', { params: { path: { id: 'pm-none' } } });
      expect(missing.response.status).toBe(404);
      expect(missing.error?.error.code).toBe('not_found');
    });
  });
});
