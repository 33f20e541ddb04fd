import { createConfig, lintFromString } from '@redocly/openapi-core';
import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { serverPerFile } from '../../test/server-harness.js';
import { forEachEngine } from '../../test/store-engines.js';
import { namedOperations } from './operation-ids.js';

/** Every route of the API, as the OpenAPI document should list it. */
const ROUTES = [
  'post /api/v1/auth/login',
  'post /api/v1/auth/logout',
  'get /api/v1/auth/me',
  'get /api/v1/auth/methods',
  'post /api/v1/auth/oidc/start',
  'get /api/v1/settings/sign-in',
  'put /api/v1/settings/sign-in',
  'post /api/v1/postmortems',
  'get /api/v1/postmortems',
  'get /api/v1/postmortems/{id}',
  'put /api/v1/postmortems/{id}',
  'patch /api/v1/postmortems/{id}',
  'delete /api/v1/postmortems/{id}',
  'get /api/v1/deleted-postmortems',
  'post /api/v1/deleted-postmortems/{id}/restore',
  'get /api/v1/postmortems/{id}/lint',
  'get /api/v1/postmortems/{id}/similar',
  'get /api/v1/reports/patterns',
  'get /api/v1/postmortems/{id}/export',
  'post /api/v1/postmortems/{id}/transitions',
  'get /api/v1/postmortems/{id}/revisions',
  'get /api/v1/postmortems/{id}/revisions/{n}',
  'get /api/v1/postmortems/{id}/published',
  'get /api/v1/postmortems/{id}/public/proposal',
  'get /api/v1/postmortems/{id}/public',
  'put /api/v1/postmortems/{id}/public',
  'post /api/v1/postmortems/{id}/public/publish',
  'post /api/v1/postmortems/{id}/public/unpublish',
  'get /api/v1/postmortems/{id}/public/revisions',
  'post /api/v1/postmortems/{id}/revisions/{n}/restore',
  'post /api/v1/postmortems/{id}/timeline/import',
  'get /api/v1/postmortems/{id}/comments',
  'post /api/v1/postmortems/{id}/comments',
  'patch /api/v1/postmortems/{id}/comments/{commentId}',
  'get /api/v1/postmortems/{id}/approvals',
  'post /api/v1/postmortems/{id}/approvals',
  'delete /api/v1/postmortems/{id}/approvals',
  'get /api/v1/settings',
  'get /api/v1/action-items',
  'patch /api/v1/postmortems/{id}/action-items/{key}',
  'post /api/v1/postmortems/{id}/action-items/{key}/verify',
  'post /api/v1/postmortems/{id}/action-items/{key}/ticket',
  'get /api/v1/postmortems/{id}/tickets',
  'get /api/v1/metrics/action-items',
  'get /api/v1/postmortems/{id}/meeting-kit',
  'get /api/v1/postmortems/{id}/meeting.ics',
  'get /api/v1/dashboard',
  'get /api/v1/digest',
  'get /api/v1/channels',
  'post /api/v1/channels',
  'put /api/v1/channels/{id}',
  'delete /api/v1/channels/{id}',
  'get /api/v1/deliveries',
  'get /api/v1/integrations',
  'post /api/v1/integrations',
  'get /api/v1/integrations/{id}',
  'put /api/v1/integrations/{id}',
  'delete /api/v1/integrations/{id}',
  'post /api/v1/integrations/{id}/test',
  'post /api/v1/hooks/{kind}',
  'post /api/v1/hooks/{kind}/{integrationId}',
  'get /api/v1/users',
  'post /api/v1/users',
  'patch /api/v1/users/{email}',
  'put /api/v1/users/{email}/password',
  'post /api/v1/auth/password',
  'get /api/v1/tokens',
  'post /api/v1/tokens',
  'delete /api/v1/tokens/{id}',
  'get /api/v1/audit',
  'get /api/v1/incidents',
  'post /api/v1/incidents',
  'get /api/v1/incidents/{id}',
  'patch /api/v1/incidents/{id}',
  'get /api/v1/incidents/{id}/revisions',
  'post /api/v1/incidents/{id}/waiver',
  'delete /api/v1/incidents/{id}/waiver',
  'get /api/v1/policy',
  'put /api/v1/policy',
  'get /api/v1/policy/versions',
  'get /api/v1/policy/schema',
  'post /api/v1/policy/check',
  'get /api/v1/teams',
  'get /api/v1/teams/{name}',
  'put /api/v1/teams/{name}',
  'delete /api/v1/teams/{name}',
  'get /api/v1/slos',
  'put /api/v1/slos/{service}',
  'delete /api/v1/slos/{service}',
];

interface Operation {
  requestBody?: { content: Record<string, unknown> };
  parameters?: { name: string; in: string }[];
  security?: unknown[];
}

forEachEngine((engine) => {
  const server = serverPerFile(engine);
  const document = async () => (await server().call(null, 'GET', '/api/v1/openapi.json')).json();

  describe('OpenAPI', () => {
    it('is a valid OpenAPI 3.1 document', async () => {
      const doc = await document();
      expect(doc.openapi).toMatch(/^3\.1\./);
      const validator = new Validator();
      const result = await validator.validate(doc);
      expect(result.errors ?? []).toEqual([]);
      expect(result.valid).toBe(true);
      expect(validator.version).toBe('3.1');
    });

    it('passes Redocly\u2019s recommended lint rules with no error and no warning', async () => {
      const problems = await lintFromString({ source: JSON.stringify(await document()), absoluteRef: '/api/v1/openapi.json', config: await createConfig({ extends: ['recommended'] }) });
      expect(problems.map((p) => `${p.severity} ${p.ruleId}: ${p.message} at ${p.location[0]?.pointer ?? ''}`)).toEqual([]);
    });

    it('names every operation once, for generated clients, and every name has its route', async () => {
      const paths = (await document()).paths as Record<string, Record<string, { operationId?: string }>>;
      const named = Object.entries(paths).flatMap(([path, operations]) => Object.entries(operations).map(([method, op]) => [`${method.toUpperCase()} ${path}`, op.operationId]));
      expect(named.filter(([, id]) => id === undefined)).toEqual([]);
      expect(new Set(named.map(([, id]) => id)).size).toBe(named.length);
      expect(named.map(([operation]) => operation).sort()).toEqual(namedOperations().sort());
    });

    it('lists every route, and only those', async () => {
      const paths = (await document()).paths as Record<string, Record<string, unknown>>;
      const listed = Object.entries(paths).flatMap(([path, operations]) => Object.keys(operations).map((method) => `${method} ${path}`));
      expect(listed.sort()).toEqual([...ROUTES].sort());
    });

    it('describes requests from the validating schemas: JSON or Markdown bodies, query filters, If-Match, public routes', async () => {
      const paths = (await document()).paths as Record<string, Record<string, Operation>>;
      const create = paths['/api/v1/postmortems']?.post;
      expect(Object.keys(create?.requestBody?.content ?? {})).toEqual(['application/json', 'text/markdown']);
      const list = paths['/api/v1/postmortems']?.get;
      expect(list?.parameters?.filter((p) => p.in === 'query').map((p) => p.name)).toEqual(
        expect.arrayContaining(['status', 'severity', 'service', 'tag', 'author', 'from', 'to', 'q', 'sort', 'limit', 'cursor']),
      );
      expect(paths['/api/v1/postmortems/{id}']?.patch?.parameters).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'if-match', in: 'header' })]));
      expect(paths['/api/v1/auth/login']?.post?.security).toEqual([]);
      // A channel's scope may change with the rest of its settings, or be left as it is.
      const channelBody = (paths['/api/v1/channels/{id}']?.put?.requestBody?.content['application/json'] as { schema: { properties: Record<string, unknown>; required: string[] } }).schema;
      expect(Object.keys(channelBody.properties)).toContain('scope');
      expect(channelBody.required).not.toContain('scope');
    });

    it('resolves every $ref to a component', async () => {
      const doc = await document();
      const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1] ?? '');
      expect(refs.length).toBeGreaterThan(10);
      for (const ref of refs) expect(doc.components.schemas, ref).toHaveProperty(ref);
    });

    it('serves the browsable reference at /api/docs', async () => {
      const page = await server().call(null, 'GET', '/api/docs/');
      expect(page.statusCode).toBe(200);
      expect(page.headers['content-type']).toMatch(/text\/html/);
      expect(page.body).toMatch(/swagger/i);
    });
  });
});
