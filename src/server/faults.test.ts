import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../test/cli-harness.js';
import { startServe, type ServeProcess } from '../../test/serve-process.js';
import { TEST_SOURCE } from '../../test/server-harness.js';
import { openStore } from '../store/open-store.js';

/** `debrief serve` on SQLite as a real process: killed mid-stream it loses no acknowledged write; SIGTERM drains. */
describe('serve on SQLite, as a process', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let token: string;
  let running: ServeProcess | undefined;

  beforeEach(async () => {
    ({ dir, cleanup } = await tempDir('debrief-faults-'));
    const store = await openStore({ dataDir: dir });
    await store.createUser({ email: 'writer@example.com', role: 'editor', password: 'long enough password' }, TEST_SOURCE);
    token = (await store.createToken('writer@example.com', { name: 'faults' }, TEST_SOURCE)).token;
    await store.close();
  });
  afterEach(async () => {
    if (running !== undefined && running.child.exitCode === null && running.child.signalCode === null) {
      running.child.kill('SIGKILL');
      await running.exited;
    }
    running = undefined;
    await cleanup();
  });

  const auth = () => ({ authorization: `Bearer ${token}` });

  it('after SIGKILL in the middle of a stream of writes, every write answered 2xx is there and the database is sound', async () => {
    running = await startServe(['--data-dir', dir]);
    const { url } = running;
    const acknowledged = new Map<string, { title: string; version: number }>();
    let stop = false;
    const writer = async (w: number) => {
      for (let n = 0; !stop; n++) {
        try {
          const created = await fetch(`${url}/api/v1/postmortems`, {
            method: 'POST',
            headers: { ...auth(), 'content-type': 'application/json' },
            body: JSON.stringify({ title: `writer ${w} write ${n}`, summary: 'x'.repeat(2000), actionItems: [{ title: 'Add a guard', owner: 'a@example.com' }] }),
          });
          if (created.status !== 201) continue;
          const { id } = (await created.json()) as { id: string };
          acknowledged.set(id, { title: `writer ${w} write ${n}`, version: 1 });
          const patched = await fetch(`${url}/api/v1/postmortems/${id}`, {
            method: 'PATCH',
            headers: { ...auth(), 'content-type': 'application/merge-patch+json', 'if-match': '"1"' },
            body: JSON.stringify({ title: `writer ${w} write ${n} patched` }),
          });
          if (patched.status === 200) acknowledged.set(id, { title: `writer ${w} write ${n} patched`, version: 2 });
        } catch {
          return; // the server is gone: this write was never answered
        }
      }
    };
    const writers = Promise.all(Array.from({ length: 4 }, (_, w) => writer(w)));
    while (acknowledged.size < 40) await new Promise((r) => setTimeout(r, 10));
    running.child.kill('SIGKILL');
    expect(await running.exited).toBeNull();
    stop = true;
    await writers;

    const file = new SqliteDatabase(join(dir, 'debrief.sqlite'));
    try {
      expect(file.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(file.pragma('foreign_key_check')).toEqual([]);
    } finally {
      file.close();
    }

    running = await startServe(['--data-dir', dir]);
    for (const [id, expected] of acknowledged) {
      const response = await fetch(`${running.url}/api/v1/postmortems/${id}`, { headers: auth() });
      expect(response.status, id).toBe(200);
      const stored = (await response.json()) as { title: string; version: number };
      expect(stored.version).toBeGreaterThanOrEqual(expected.version);
      if (stored.version === expected.version) expect(stored.title).toBe(expected.title);
    }
    const ready = await fetch(`${running.url}/readyz`);
    expect(ready.status).toBe(200);
  }, 60_000);

  it('on SIGTERM finishes the request in flight, answers it (closing its connection), then exits 0', async () => {
    running = await startServe(['--data-dir', dir]);
    const target = new URL('/api/v1/postmortems', running.url);
    const body = Buffer.from(JSON.stringify({ title: 'In flight when the server was told to stop', summary: 'y'.repeat(50_000) }));
    const answered = new Promise<{ status: number; text: string; connection: string | undefined }>((resolveAnswer, reject) => {
      const req = httpRequest(target, { method: 'POST', headers: { ...auth(), 'content-type': 'application/json', 'content-length': body.length } }, (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () => resolveAnswer({ status: res.statusCode ?? 0, text, connection: res.headers.connection }));
      });
      req.on('error', reject);
      // Half the body now; the signal while the request is being received; the rest once the server says it is stopping.
      req.write(body.subarray(0, body.length / 2));
      setTimeout(() => {
        running?.child.kill('SIGTERM');
        const waitForStopping = setInterval(() => {
          if (!/SIGTERM received/.test(running?.stderr() ?? '')) return;
          clearInterval(waitForStopping);
          req.end(body.subarray(body.length / 2));
        }, 20);
      }, 200);
    });
    const { status, text, connection } = await answered;
    expect(status, text).toBe(201);
    // A keep-alive client must not hold the shutdown up.
    expect(connection).toBe('close');
    expect(await running.exited).toBe(0);
    expect(running.stderr()).toMatch(/SIGTERM received[\s\S]*stopped/);

    const store = await openStore({ dataDir: dir });
    try {
      const page = await store.listPostmortems({ userId: 'x', email: 'admin@example.com', role: 'admin' }, {}, { limit: 10 });
      expect(page.items.map((s) => s.title)).toEqual(['In flight when the server was told to stop']);
    } finally {
      await store.close();
    }
  }, 30_000);
});
