import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerWebApp } from './web-app.js';

const PAGE = '<!doctype html><div id="root"></div>';
const SCRIPT = 'console.log(1)';

let root: string;
let app: FastifyInstance;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'debrief-web-'));
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'index.html'), PAGE);
  writeFileSync(join(root, 'assets', 'index-abc123.js'), SCRIPT);
  // The copies the build writes beside each text file (web/precompress.ts); the script has only a gzip one.
  writeFileSync(join(root, 'index.html.br'), brotliCompressSync(PAGE));
  writeFileSync(join(root, 'index.html.gz'), gzipSync(PAGE));
  writeFileSync(join(root, 'assets', 'index-abc123.js.gz'), gzipSync(SCRIPT));
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

  it('sends the precompressed copy the request accepts, with the headers of the file it stands for', async () => {
    const br = await app.inject({ url: '/', headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toContain('text/html');
    expect(br.headers['content-security-policy']).toContain("script-src 'self'");
    expect(br.headers['cache-control']).toBe('no-cache');
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(PAGE);

    const route = await app.inject({ url: '/postmortems/pm-1', headers: { 'accept-encoding': 'gzip' } });
    expect(route.headers['content-encoding']).toBe('gzip');
    expect(route.headers['content-security-policy']).toContain("script-src 'self'");
    expect(gunzipSync(route.rawPayload).toString()).toBe(PAGE);

    const script = await app.inject({ url: '/assets/index-abc123.js', headers: { 'accept-encoding': 'br, gzip' } });
    expect(script.headers['content-encoding']).toBe('gzip');
    expect(script.headers['content-type']).toContain('javascript');
    expect(script.headers['cache-control']).toContain('immutable');
    expect(gunzipSync(script.rawPayload).toString()).toBe(SCRIPT);
  });

  it('sends the file as it is when the request accepts no compression', async () => {
    const plain = await app.inject('/assets/index-abc123.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(SCRIPT);
  });

  it('answers client-side routes with the page', async () => {
    for (const path of ['/postmortems/pm-1/edit', '/action-items?mine=1', '/postmortems/INC-1.2']) {
      const response = await app.inject(path);
      expect(response.statusCode, path).toBe(200);
      expect(response.headers['content-type']).toContain('text/html');
    }
  });

  it('answers 404, not the page, for a missing file: an old hashed asset after a deploy, a favicon', async () => {
    for (const path of ['/assets/index-OLD.js', '/favicon.ico', '/robots.txt']) {
      const response = await app.inject(path);
      expect(response.statusCode, path).toBe(404);
      expect(response.headers['content-type'], path).not.toContain('text/html');
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
