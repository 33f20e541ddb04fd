import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerWebApp } from './web-app.js';

let root: string;
let app: FastifyInstance;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'debrief-web-'));
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><div id="root"></div>');
  writeFileSync(join(root, 'assets', 'index-abc123.js'), 'console.log(1)');
  app = Fastify();
  app.setNotFoundHandler((_request, reply) => reply.code(404).send({ error: { code: 'not_found' } }));
  app.get('/healthz', async () => ({ status: 'ok' }));
  app.get('/api/v1/things', async () => ({ items: [] }));
  await registerWebApp(app, root);
});

afterAll(async () => {
  await app.close();
  rmSync(root, { recursive: true, force: true });
});

describe('registerWebApp', () => {
  it('serves the page at / with a strict content security policy and no caching', async () => {
    const response = await app.inject('/');
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('id="root"');
    expect(response.headers['content-security-policy']).toContain("script-src 'self'");
    expect(response.headers['cache-control']).toBe('no-cache');
  });

  it('serves hashed assets as immutable', async () => {
    const response = await app.inject('/assets/index-abc123.js');
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toContain('immutable');
  });

  it('answers client-side routes with the page', async () => {
    for (const path of ['/postmortems/pm-1/edit', '/action-items?mine=1']) {
      const response = await app.inject(path);
      expect(response.statusCode, path).toBe(200);
      expect(response.headers['content-type']).toContain('text/html');
    }
  });

  it('leaves API, health and unknown API paths to the server', async () => {
    expect((await app.inject('/healthz')).json()).toEqual({ status: 'ok' });
    expect((await app.inject('/api/v1/things')).json()).toEqual({ items: [] });
    for (const path of ['/api/v1/nothing-here', '/api', '/readyz', '/healthz/extra']) {
      const response = await app.inject(path);
      expect(response.statusCode, path).toBe(404);
      expect(response.json(), path).toEqual({ error: { code: 'not_found' } });
    }
  });

  it('serves nothing (and does not fail) when the app has not been built', async () => {
    const bare = Fastify();
    await registerWebApp(bare, join(root, 'missing'));
    expect((await bare.inject('/')).statusCode).toBe(404);
    await bare.close();
  });
});
