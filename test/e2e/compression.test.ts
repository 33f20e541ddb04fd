/** The built app as `debrief serve` sends it: compressed per Accept-Encoding, hashed script names cached for good. */
import { request } from 'node:http';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureWebBuilt, startServer, type TestServer } from './harness.js';

const web = resolve(import.meta.dirname, '../../dist/web');

let server: TestServer;

beforeAll(async () => {
  ensureWebBuilt();
  server = await startServer();
}, 60_000);

afterAll(() => server?.stop());

/** A raw GET (no automatic decompression): status, headers and the bytes as sent. */
function get(path: string, acceptEncoding?: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((done, fail) => {
    const req = request(`${server.url}${path}`, { headers: acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', fail);
    req.end();
  });
}

/** The module entry script index.html loads. */
function entryScript(): string {
  const src = /<script[^>]*\ssrc="(\/assets\/[^"]+\.js)"/.exec(readFileSync(join(web, 'index.html'), 'utf8'))?.[1];
  if (src === undefined) throw new Error('index.html loads no script');
  return src;
}

describe('serving the built web app', () => {
  it('sends the page brotli-compressed to a browser that accepts br, with its security headers', async () => {
    const page = await get('/', 'gzip, deflate, br, zstd');
    expect(page.status).toBe(200);
    expect(page.headers['content-encoding']).toBe('br');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(brotliDecompressSync(page.body).toString()).toBe(readFileSync(join(web, 'index.html'), 'utf8'));
  });

  it('sends the entry script compressed (br, else gzip), under a content-hashed name cached as immutable', async () => {
    const script = entryScript();
    expect(script).toMatch(/^\/assets\/index-[A-Za-z0-9_-]{6,}\.js$/);
    const original = readFileSync(join(web, script));

    const br = await get(script, 'br');
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(br.body.length).toBeLessThan(original.length / 2);
    expect(brotliDecompressSync(br.body).equals(original)).toBe(true);

    const gz = await get(script, 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).equals(original)).toBe(true);

    const plain = await get(script);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.equals(original)).toBe(true);
  });

  it('compresses the stylesheet too', async () => {
    const css = /<link[^>]*rel="stylesheet"[^>]*href="(\/assets\/[^"]+\.css)"/.exec(readFileSync(join(web, 'index.html'), 'utf8'))?.[1];
    expect(css).toBeDefined();
    const sent = await get(css as string, 'br');
    expect(sent.headers['content-encoding']).toBe('br');
    expect(sent.headers['content-type']).toContain('text/css');
  });
});
