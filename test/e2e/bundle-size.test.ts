/** The JavaScript a first visit loads (the entry and what it preloads) stays under 250 KB gzipped. */
import { readdirSync, readFileSync } from 'node:fs';
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

/** How much gzipped JavaScript the Patterns page adds when it is opened (its chunk and the chunks only it imports). */
const PATTERNS_BUDGET_BYTES = 30 * 1024;

/** A lazily loaded chunk and the chunks it imports, less those loaded up front. */
function lazyChunks(prefix: string, initial: ReadonlySet<string>): string[] {
  const start = readdirSync(join(web, 'assets')).find((f) => f.startsWith(prefix) && f.endsWith('.js'));
  if (start === undefined) return [];
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || initial.has(file)) return;
    seen.add(file);
    for (const m of readFileSync(join(web, file), 'utf8').matchAll(/from\s*"\.\/([^"]+\.js)"/g)) visit(`assets/${m[1] as string}`);
  };
  visit(`assets/${start}`);
  return [...seen];
}

describe('the web bundle', () => {
  it('loads under 250 KB of gzipped JavaScript up front', () => {
    ensureWebBuilt();
    const scripts = initialScripts();
    expect(scripts.length).toBeGreaterThan(0);
    const gzipped = scripts.reduce((sum, file) => sum + gzipSync(readFileSync(join(web, file))).length, 0);
    expect(gzipped).toBeLessThan(BUDGET_BYTES);
  });

  it('loads the Patterns page (its charts included) lazily, under 30 KB of gzipped JavaScript more', () => {
    ensureWebBuilt();
    const initial = new Set(initialScripts());
    expect([...initial].some((f) => f.includes('patterns-page'))).toBe(false);
    const chunks = lazyChunks('patterns-page-', initial);
    expect(chunks.length).toBeGreaterThan(0);
    const gzipped = chunks.reduce((sum, file) => sum + gzipSync(readFileSync(join(web, file))).length, 0);
    expect(gzipped).toBeLessThan(PATTERNS_BUDGET_BYTES);
  });
});
