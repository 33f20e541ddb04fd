/** Lint of large postmortems off the main thread: the server keeps answering, the findings are the same, a full queue is 503. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { healthWaitsDuring } from '../../test/health-waits.js';
import { serverOver } from '../../test/server-harness.js';
import { startServe } from '../../test/serve-process.js';
import { forEachEngine } from '../../test/store-engines.js';
import type { Postmortem } from '../core/postmortem.schema.js';
import { lintPostmortem } from '../lint/lint-postmortem.js';

const ADMIN = { email: 'admin@example.com', password: 'correct horse battery staple' };

const WORDS = 'the deploy raised latency on checkout while the pool drained and the on-call engineer rolled back after alerts fired'.split(' ');

/** A Markdown postmortem of about `kilobytes` KB: a long summary and a timeline of many events. */
function largeMarkdown(kilobytes: number): string {
  const sentence = (i: number) => `${Array.from({ length: 14 }, (_, w) => WORDS[(i * 7 + w) % WORDS.length]).join(' ')}.`;
  const rows: string[] = [];
  let size = 0;
  for (let i = 0; size < kilobytes * 1024 * 0.7; i++) {
    const minute = String(i % 60).padStart(2, '0');
    const row = `| 2026-11-10 ${String(10 + Math.floor(i / 60) % 12).padStart(2, '0')}:${minute} | ${sentence(i)} ${sentence(i + 1)} |`;
    rows.push(row);
    size += row.length;
  }
  const summary = Array.from({ length: Math.ceil((kilobytes * 1024 * 0.3) / 100) }, (_, i) => sentence(i)).join(' ');
  return [
    '# Checkout latency after a connection pool change',
    '',
    '## Summary',
    '',
    summary,
    '',
    '## Timeline',
    '',
    '| Time (UTC) | Event |',
    '| --- | --- |',
    ...rows,
    '',
  ].join('\n');
}

describe('lint of a 1.4 MB postmortem on the built server', () => {
  it('10 at once leave /healthz answering promptly, and find what the main thread finds', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'debrief-lint-pool-'));
    const server = await startServe(['--data-dir', dataDir], { DEBRIEF_ADMIN_EMAIL: ADMIN.email, DEBRIEF_ADMIN_PASSWORD: ADMIN.password });
    try {
      const api = `${server.url}/api/v1`;
      const login = await fetch(`${api}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(ADMIN) });
      expect(login.status).toBe(200);
      const session = { cookie: (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '', 'x-csrf-token': ((await login.json()) as { csrfToken: string }).csrfToken };
      const created = await fetch(`${api}/postmortems`, { method: 'POST', headers: { ...session, 'content-type': 'text/markdown' }, body: largeMarkdown(1_100) });
      expect(created.status).toBe(201);
      const stored = (await created.json()) as Postmortem & { id: string };
      expect(JSON.stringify(stored).length).toBeGreaterThan(1_400_000);

      const lints = Promise.all(
        Array.from({ length: 10 }, () => fetch(`${api}/postmortems/${stored.id}/lint`, { headers: session }).then(async (r) => ({ status: r.status, body: (await r.json()) as unknown }))),
      );
      const { outcome, waits } = await healthWaitsDuring(server.url, lints, 20);

      const expected = JSON.parse(JSON.stringify(lintPostmortem(stored.id, stored))) as unknown;
      expect((expected as { messages: unknown[] }).messages.length).toBeGreaterThan(0);
      for (const lint of outcome) {
        expect(lint.status).toBe(200);
        expect(lint.body).toEqual(expected);
      }
      // On the main thread the ten lints held /healthz for all of their 1.5 s (one answer in all); on workers it
      // waits 20-60 ms, up to 250 ms while other test files load both cores.
      expect(waits.length).toBeGreaterThan(3);
      expect(Math.max(...waits)).toBeLessThan(1_000);
    } finally {
      server.child.kill('SIGTERM');
      await server.exited;
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 60_000);
});

forEachEngine((engine) => {
  describe('lint when the queue of large documents is full', () => {
    it('is refused with 503 busy and Retry-After; small documents are still linted', async () => {
      // No worker thread and no room to wait: every large document finds the queue full.
      const harness = await serverOver(await engine.openStore(), { lint: { workers: 0, maxQueued: 0, offloadAboveChars: 4_000 } });
      try {
        const small = await harness.call('editor', 'POST', '/api/v1/postmortems', { json: { title: 'Small' } });
        const large = await harness.call('editor', 'POST', '/api/v1/postmortems', { json: { title: 'Large', summary: 'The pool drained. '.repeat(500) } });
        const busy = await harness.call('viewer', 'GET', `/api/v1/postmortems/${large.json().id}/lint`);
        expect(busy.statusCode).toBe(503);
        expect(busy.headers['retry-after']).toBe('2');
        expect(busy.json().error).toMatchObject({ code: 'busy', message: expect.stringMatching(/try again/) });
        const final = await harness.call('editor', 'POST', `/api/v1/postmortems/${large.json().id}/transitions`, { json: { to: 'in_review' } });
        expect(final.statusCode).toBe(200);
        expect((await harness.call('editor', 'POST', `/api/v1/postmortems/${large.json().id}/transitions`, { json: { to: 'final' } })).statusCode).toBe(503);
        expect((await harness.call('viewer', 'GET', `/api/v1/postmortems/${small.json().id}/lint`)).statusCode).toBe(200);
      } finally {
        await harness.app.close();
        await harness.store.close();
      }
    });
  });
});
