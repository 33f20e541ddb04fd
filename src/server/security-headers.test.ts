import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify, { type LightMyRequestResponse } from 'fastify';
import { afterAll, describe, expect, it } from 'vitest';
import { serverPerFile } from '../../test/server-harness.js';
import { forEachEngine } from '../../test/store-engines.js';
import { buildApp } from './app.js';
import { installSecurityHeaders } from './security-headers.js';
import { registerWebApp } from './web-app.js';

/** What every answer of the API carries, whatever its status. */
function expectApiHeaders(response: LightMyRequestResponse, what: string): void {
  expect(response.headers['x-content-type-options'], what).toBe('nosniff');
  expect(response.headers['cache-control'], what).toBe('no-store');
  expect(response.headers['referrer-policy'], what).toBe('same-origin');
  expect(response.headers['strict-transport-security'], what).toBeUndefined();
}

forEachEngine((engine) => {
  const server = serverPerFile(engine);

  describe('security headers', () => {
    it('every API answer, error, not-found and health check is nosniff and no-store', async () => {
      const created = await server().call('editor', 'POST', '/api/v1/postmortems', { json: { title: 'Restricted', restricted: true } });
      expect(created.statusCode).toBe(201);
      const answers: [string, LightMyRequestResponse][] = [
        ['create', created],
        ['read', await server().call('editor', 'GET', `/api/v1/postmortems/${created.json().id}`)],
        ['who am I', await server().call('editor', 'GET', '/api/v1/auth/me')],
        ['not signed in', await server().call(null, 'GET', '/api/v1/postmortems')],
        ['no such route', await server().call('editor', 'GET', '/api/v1/nothing-here')],
        ['broken escape', await server().call('editor', 'GET', '/api/v1/postmortems/%ZZ')],
        ['bad JSON', await server().call('editor', 'POST', '/api/v1/postmortems', { payload: '{', headers: { 'content-type': 'application/json' } })],
        ['healthz', await server().call(null, 'GET', '/healthz')],
        ['readyz', await server().call(null, 'GET', '/readyz')],
      ];
      for (const [what, response] of answers) expectApiHeaders(response, `${what} (${response.statusCode})`);
      expect(answers.map(([, r]) => r.statusCode)).toEqual([201, 200, 200, 401, 404, 400, 400, 200, 200]);
    });

    it('the API reference has a content security policy and cannot be framed', async () => {
      const page = await server().call(null, 'GET', '/api/docs/');
      expect(page.statusCode).toBe(200);
      expect(page.headers['content-type']).toContain('text/html');
      expect(page.headers['content-security-policy']).toContain("script-src 'self'");
      expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(page.headers['x-frame-options']).toBe('DENY');
      expect(page.headers['x-content-type-options']).toBe('nosniff');
      const script = await server().call(null, 'GET', '/api/docs/static/swagger-initializer.js');
      expect(script.headers['content-security-policy']).toContain("default-src 'self'");
    });

    it('HSTS comes with secure cookies on every answer, and never over plain HTTP without them', async () => {
      const store = await engine.openStore();
      const app = await buildApp({ store, secureCookies: true });
      try {
        for (const url of ['/healthz', '/api/v1/postmortems', '/api/v1/nothing']) {
          expect((await app.inject({ url })).headers['strict-transport-security'], url).toBe('max-age=31536000; includeSubDomains');
        }
      } finally {
        await app.close();
      }
      expect((await server().call(null, 'GET', '/healthz')).headers['strict-transport-security']).toBeUndefined();
    });
  });
});

describe('installSecurityHeaders', () => {
  const root = mkdtempSync(join(tmpdir(), 'debrief-headers-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('sends HSTS when the request came over https (as a trusted proxy says)', async () => {
    const app = Fastify({ trustProxy: true });
    installSecurityHeaders(app, { https: false });
    app.get('/x', async () => ({}));
    const https = await app.inject({ url: '/x', headers: { 'x-forwarded-proto': 'https' } });
    expect(https.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    expect((await app.inject({ url: '/x' })).headers['strict-transport-security']).toBeUndefined();
  });

  it('keeps the web app from being framed and from loading remote images, and keeps its cache policy', async () => {
    mkdirSync(join(root, 'assets'));
    writeFileSync(join(root, 'index.html'), '<!doctype html><div id="root"></div>');
    writeFileSync(join(root, 'assets', 'index-abc.js'), 'console.log(1)');
    const app = Fastify();
    installSecurityHeaders(app, { https: false });
    await registerWebApp(app, root);
    const page = await app.inject({ url: '/postmortems/pm-1' });
    expect(page.headers['x-frame-options']).toBe('DENY');
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(page.headers['content-security-policy']).toContain("img-src 'self' data:;");
    expect(page.headers['content-security-policy']).not.toMatch(/img-src[^;]*https:/);
    const script = await app.inject({ url: '/assets/index-abc.js' });
    expect(script.headers['cache-control']).toContain('immutable');
    expect(script.headers['x-frame-options']).toBeUndefined();
  });
});
