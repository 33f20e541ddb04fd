/** The JavaScript a first visit loads (the entry and what it preloads) stays under 250 KB gzipped. */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ensureWebBuilt } from './harness.js';

const web = resolve(import.meta.dirname, '../../dist/web');
const BUDGET_BYTES = 250 * 1024;

/** The scripts index.html loads at once: its module entry and modulepreload links. */
function initialScripts(): string[] {
  const html = readFileSync(join(web, 'index.html'), 'utf8');
  return [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="\/([^"]+\.js)"/g)].map((m) => m[1] as string);
}

describe('the web bundle', () => {
  it('loads under 250 KB of gzipped JavaScript up front', () => {
    ensureWebBuilt();
    const scripts = initialScripts();
    expect(scripts.length).toBeGreaterThan(0);
    const gzipped = scripts.reduce((sum, file) => sum + gzipSync(readFileSync(join(web, file))).length, 0);
    expect(gzipped).toBeLessThan(BUDGET_BYTES);
  });
});
