/** Timeouts and the connection cap on a real listening server: slow or idle clients are cut off, extra ones refused. */
import { mkdtempSync, rmSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_PASSWORD_COST } from '../../test/store-engines.js';
import { startServer, type RunningServer } from './serve.js';

const dataDir = mkdtempSync(join(tmpdir(), 'debrief-limits-'));
let server: RunningServer;
let port: number;

beforeAll(async () => {
  server = await startServer({
    host: '127.0.0.1',
    port: 0,
    store: { dataDir, passwordCost: TEST_PASSWORD_COST },
    admin: { email: 'admin@example.com', password: 'a long enough passphrase for tests' },
    secureCookies: false,
    trustProxy: false,
    logger: pino({ level: 'silent' }),
    // Short enough for a test; the defaults are tens of seconds (CONNECTION_DEFAULTS).
    connections: { requestTimeoutMs: 600, headersTimeoutMs: 300, keepAliveTimeoutMs: 200, maxConnections: 3 },
  });
  port = Number(new URL(server.url).port);
});

afterAll(async () => {
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** What a socket received and how long after its first write it was closed (null: still open at `deadlineMs`). */
interface Outcome {
  received: string;
  closedAfterMs: number | null;
}

/** Opens a connection, writes `head` and then one byte of `trickle` every `everyMs`, and waits for the server to close it. */
async function exchange(head: string, trickle: string, everyMs: number, deadlineMs = 3_000): Promise<Outcome> {
  const socket = connect(port, '127.0.0.1');
  await new Promise((resolve) => socket.once('connect', resolve));
  let received = '';
  socket.on('data', (chunk: Buffer) => (received += chunk.toString()));
  socket.on('error', () => {});
  const started = performance.now();
  socket.write(head);
  let sent = 0;
  const timer = setInterval(() => {
    if (sent < trickle.length && socket.writable) socket.write(trickle.charAt(sent++));
  }, everyMs);
  const closedAfterMs = await new Promise<number | null>((resolve) => {
    const deadline = setTimeout(() => resolve(null), deadlineMs);
    socket.once('close', () => {
      clearTimeout(deadline);
      resolve(performance.now() - started);
    });
  });
  clearInterval(timer);
  socket.destroy();
  return { received, closedAfterMs };
}

describe('connection limits', () => {
  it('a body sent a byte at a time too slowly is cut off once the request timeout is over (408)', async () => {
    const body = JSON.stringify({ email: 'admin@example.com', password: 'not the one' });
    const head = `POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`;
    const outcome = await exchange(head, body, 100);
    expect(outcome.closedAfterMs).not.toBeNull();
    expect(outcome.closedAfterMs).toBeLessThan(1_500);
    expect(outcome.received).toMatch(/^HTTP\/1\.1 408/);
  });

  it('headers sent a byte at a time too slowly are cut off once the header timeout is over', async () => {
    const outcome = await exchange('GET /healthz HTTP/1.1\r\n', 'Host: x\r\nX-Slow: yes\r\n\r\n', 100);
    expect(outcome.closedAfterMs).not.toBeNull();
    expect(outcome.closedAfterMs).toBeLessThan(1_200);
    expect(outcome.received).toMatch(/^HTTP\/1\.1 408/);
  });

  it('an idle kept-alive connection is closed after the keep-alive timeout', async () => {
    const outcome = await exchange('GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n', '', 100);
    expect(outcome.received).toMatch(/^HTTP\/1\.1 200/);
    expect(outcome.closedAfterMs).not.toBeNull();
    // Node keeps the socket a second past the keep-alive timeout it announces, for requests already on their way.
    expect(outcome.closedAfterMs).toBeLessThan(2_500);
  });

  it('connections beyond the cap are closed as they come in, and served again once others have gone', async () => {
    const open: Socket[] = [];
    for (let i = 0; i < 3; i++) {
      const socket = connect(port, '127.0.0.1');
      await new Promise((resolve) => socket.once('connect', resolve));
      open.push(socket);
    }
    try {
      const refused = await exchange('GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n', '', 100, 1_000);
      expect(refused.received).toBe('');
      expect(refused.closedAfterMs).not.toBeNull();
    } finally {
      await Promise.all(open.map((socket) => new Promise<void>((resolve) => socket.end(() => resolve()))));
    }
    // The server sees the ends of those connections a moment later.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });
});
