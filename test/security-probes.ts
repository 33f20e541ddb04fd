/**
 * Probes for test/security.test.ts: `debrief serve` as a child process with its log captured, requests as a token or a
 * session, latency probes from a process of their own while a load runs, a client that trickles its request, large
 * bodies whose refusal may come before they are read, and the crafted inputs of the review.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { resolve } from 'node:path';
import { repoRoot } from './cli-harness.js';

const bin = resolve(repoRoot, 'bin/debrief.js');

/** A running `debrief serve` whose stdout (the JSON log) and stderr are kept. */
export interface LoggedServe {
  child: ChildProcess;
  url: string;
  stdout(): string;
  stderr(): string;
  exited: Promise<number | null>;
  /** SIGTERM, then SIGKILL if it has not exited within a few seconds. */
  stop(): Promise<void>;
}

/**
 * Spawns `debrief serve --port 0 …args` as test/serve-process.ts does, but with stdout piped (the server log, which
 * startServe ignores). DEBRIEF_LOG_LEVEL is `silent` unless `env` says otherwise. Rejects with stderr when the process
 * exits before it listens.
 */
export function launch(args: string[], env: NodeJS.ProcessEnv = {}): Promise<LoggedServe> {
  const child = spawn(process.execPath, [bin, 'serve', '--port', '0', ...args], {
    cwd: repoRoot,
    env: { ...process.env, DEBRIEF_LOG_LEVEL: 'silent', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  const exited = once(child, 'exit').then(([code]) => code as number | null);
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
  };
  return new Promise((resolveStart, reject) => {
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      const url = /listening on (http:\/\/[^\s,]+)/.exec(stderr)?.[1];
      if (url !== undefined) resolveStart({ child, url, stdout: () => stdout, stderr: () => stderr, exited, stop });
    });
    void exited.then((code) => reject(Object.assign(new Error(`debrief serve exited (${code}) before listening:\n${stderr}`), { code, stderr })));
  });
}

/** How a start went: it listened (then it was stopped at once), or it exited with a code and a message. */
export async function startOutcome(args: string[], env: NodeJS.ProcessEnv): Promise<{ listened: boolean; code: number | null; stderr: string }> {
  try {
    const server = await launch(args, env);
    await server.stop();
    return { listened: true, code: null, stderr: server.stderr() };
  } catch (error) {
    const { code, stderr } = error as { code: number | null; stderr: string };
    return { listened: false, code, stderr };
  }
}

/** A web session: its cookie (`name=value`) and the CSRF token its writes need. */
export interface WebSession {
  cookie: string;
  csrfToken: string;
  /** The whole Set-Cookie header of the sign-in. */
  setCookie: string;
}

/** Who a request is made as: a bearer token, a web session, or nobody. */
export type As = { token: string } | { session: WebSession } | null;

/** An answer, read whole. */
export interface Answer {
  status: number;
  headers: Headers;
  text: string;
  /** The body as JSON (throws when it is not). */
  json(): Record<string, unknown> & { error?: { code: string; message: string; details?: unknown } };
  /** When the answer was complete, in epoch milliseconds (comparable across processes, as `Probe.at`). */
  answeredAt: number;
}

/** What a request may carry. */
export interface RequestOptions {
  json?: unknown;
  /** A raw body, sent as it is (with its own content type in `headers`). */
  body?: string;
  headers?: Record<string, string>;
  /**
   * X-Forwarded-For: the client address a proxy in front of the server appends (after any entries the client forged).
   * Only a server that trusts a proxy believes it.
   */
  from?: string;
}

/** Now in epoch milliseconds with sub-millisecond precision, the same clock in every process. */
export function epochNow(): number {
  return performance.timeOrigin + performance.now();
}

/** Makes one request to `base` + `path` as `as`. */
export async function call(base: string, as: As, method: string, path: string, options: RequestOptions = {}): Promise<Answer> {
  const headers: Record<string, string> = { ...options.headers };
  if (as !== null && 'token' in as) headers.authorization = `Bearer ${as.token}`;
  if (as !== null && 'session' in as) {
    headers.cookie = as.session.cookie;
    headers['x-csrf-token'] = as.session.csrfToken;
  }
  if (options.from !== undefined) headers['x-forwarded-for'] = options.from;
  let body = options.body;
  if (options.json !== undefined) {
    headers['content-type'] ??= 'application/json';
    body = JSON.stringify(options.json);
  }
  const response = await fetch(new URL(path, base), { method, headers, ...(body === undefined ? {} : { body }), redirect: 'manual' });
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, answeredAt: epochNow(), json: () => JSON.parse(text) as ReturnType<Answer['json']> };
}

/** Signs in; the answer, and the session when it succeeded. */
export async function signIn(base: string, email: string, password: string, from?: string): Promise<{ answer: Answer; session: WebSession | null }> {
  const answer = await call(base, null, 'POST', '/api/v1/auth/login', { json: { email, password }, ...(from === undefined ? {} : { from }) });
  if (answer.status !== 200) return { answer, session: null };
  const setCookie = answer.headers.get('set-cookie') ?? '';
  return { answer, session: { cookie: setCookie.split(';')[0] ?? '', csrfToken: String(answer.json().csrfToken), setCookie } };
}

/**
 * The prober: a separate Node process that GETs each URL in turn on a connection of its own, printing one JSON line per
 * answer, until its stdin ends. Measured from another process, a probe's time is the server's alone: the test process
 * itself is busy sending the load, and probes made from it waited on that too.
 */
const PROBER = `
import { get } from 'node:http';
const urls = process.argv.slice(1);
let stop = false;
process.stdin.on('end', () => (stop = true)).resume();
const once = (url) => new Promise((resolve) => {
  const started = performance.now();
  const at = performance.timeOrigin + started;
  const request = get(url, { agent: false }, (response) => {
    response.resume();
    response.on('end', () => resolve({ url, at, status: response.statusCode, ms: performance.now() - started }));
  });
  request.on('error', (error) => resolve({ url, at, status: 0, ms: performance.now() - started, error: String(error) }));
});
console.log('ready');
while (!stop) {
  for (const url of urls) console.log(JSON.stringify(await once(url)));
  await new Promise((resolve) => setTimeout(resolve, 20));
}
`;

/** One probe's answer: when it was sent (epoch ms), its status (0: no answer) and how long it took. */
export interface Probe {
  url: string;
  at: number;
  status: number;
  ms: number;
}

/**
 * Probes `urls` from another process while the load that `start` sends runs (it starts once the prober is ready, and
 * the prober stops after the load has settled): the slowest answer of each URL, every status, and how many rounds.
 */
export async function slowestWhile<T>(start: () => Promise<T>, urls: string[]): Promise<{ load: T; probes: Probe[]; rounds: number; slowest: Record<string, number>; statuses: number[] }> {
  const prober = spawn(process.execPath, ['--input-type=module', '-e', PROBER, ...urls], { stdio: ['pipe', 'pipe', 'inherit'] });
  let out = '';
  const exited = once(prober, 'exit');
  await new Promise<void>((resolveReady, reject) => {
    prober.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.startsWith('ready\n')) resolveReady();
    });
    void exited.then(([code]) => reject(new Error(`the prober exited (${String(code)}) before it was ready`)));
  });
  let load: T;
  try {
    load = await start();
  } finally {
    // It finishes the probe in flight, so the last one covers the end of the load.
    prober.stdin.end();
    await exited;
  }
  const probes = out
    .split('\n')
    .slice(1)
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Probe);
  const slowest: Record<string, number> = Object.fromEntries(urls.map((u) => [u, Math.max(0, ...probes.filter((p) => p.url === u).map((p) => p.ms))]));
  return { load, probes, rounds: Math.floor(probes.length / urls.length), slowest, statuses: probes.map((p) => p.status) };
}

/** How a server took a large body: its answer, or the error of a connection it closed before answering. */
export interface BodyOutcome {
  status: number | null;
  text: string;
  error: string | null;
}

/**
 * POSTs a body on a connection of its own and keeps whatever comes back: a server may answer (413, say) and close the
 * connection before it has read the body, and then fetch reports only the failed write (EPIPE) and loses the answer.
 */
export function postBody(base: string, path: string, headers: Record<string, string>, body: string): Promise<BodyOutcome> {
  return new Promise((resolvePost) => {
    let answered: BodyOutcome | null = null;
    const request = httpRequest(new URL(path, base), { method: 'POST', agent: false, headers: { ...headers, 'content-length': Buffer.byteLength(body) } }, (response) => {
      let text = '';
      response.on('data', (chunk: Buffer) => (text += chunk.toString()));
      response.on('end', () => resolvePost((answered = { status: response.statusCode ?? 0, text, error: null })));
      response.on('error', () => resolvePost(answered ?? { status: response.statusCode ?? 0, text, error: 'response cut off' }));
    });
    request.on('error', (error: NodeJS.ErrnoException) => {
      // A write that failed after the answer came is no news; otherwise the connection went before any answer.
      setTimeout(() => resolvePost(answered ?? { status: null, text: '', error: error.code ?? error.message }), 100);
    });
    request.end(body);
  });
}

/** What a trickling client saw: the bytes it received and when the server closed the connection (null: still open). */
export interface TrickleOutcome {
  received: string;
  closedAfterMs: number | null;
}

/**
 * Connects to `base`, writes `head`, then one character of `rest` every `everyMs` (a slow client that never quite
 * stops), and resolves when the server closes the connection or at `deadlineMs`. Never rejects.
 */
export async function trickle(base: string, head: string, rest: string, everyMs: number, deadlineMs: number): Promise<TrickleOutcome> {
  const { hostname, port } = new URL(base);
  const socket = connect(Number(port), hostname);
  let received = '';
  socket.on('data', (chunk: Buffer) => (received += chunk.toString()));
  socket.on('error', () => undefined);
  const connected = await Promise.race([once(socket, 'connect').then(() => true), once(socket, 'close').then(() => false)]);
  if (!connected) return { received, closedAfterMs: 0 };
  const started = performance.now();
  socket.write(head);
  let sent = 0;
  const timer = setInterval(() => {
    if (sent < rest.length && socket.writable) socket.write(rest.charAt(sent++));
  }, everyMs);
  const closedAfterMs = await new Promise<number | null>((resolveClose) => {
    const deadline = setTimeout(() => resolveClose(null), deadlineMs);
    socket.once('close', () => {
      clearTimeout(deadline);
      resolveClose(performance.now() - started);
    });
  });
  clearInterval(timer);
  socket.destroy();
  return { received, closedAfterMs };
}

const WORDS = 'the deploy raised latency on checkout while the pool drained and the on-call engineer rolled back after alerts fired'.split(' ');

/** A Markdown postmortem of about `kilobytes` KB: a long summary and a timeline of many events (as in postmortem-linter.test.ts). */
export function largeMarkdown(kilobytes: number): string {
  const sentence = (i: number) => `${Array.from({ length: 14 }, (_, w) => WORDS[(i * 7 + w) % WORDS.length]).join(' ')}.`;
  const rows: string[] = [];
  let size = 0;
  for (let i = 0; size < kilobytes * 1024 * 0.7; i++) {
    const row = `| 2026-11-10 ${String(10 + (Math.floor(i / 60) % 12)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')} | ${sentence(i)} ${sentence(i + 1)} |`;
    rows.push(row);
    size += row.length;
  }
  const summary = Array.from({ length: Math.ceil((kilobytes * 1024 * 0.3) / 100) }, (_, i) => sentence(i)).join(' ');
  return ['# Checkout latency after a connection pool change', '', '## Summary', '', summary, '', '## Timeline', '', '| Time (UTC) | Event |', '| --- | --- |', ...rows, ''].join('\n');
}

/** JSON text of an object nested `depth` levels deep: `{"a":{"a":…1…}}`. */
export function deepObject(depth: number): string {
  return `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
}

/** A cursor as the API writes them: base64url JSON. */
export function cursorOf(value: unknown): string {
  return Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
}

/** True when a JSON value holds a number anywhere. */
export function holdsNumber(value: unknown): boolean {
  if (typeof value === 'number') return true;
  if (Array.isArray(value)) return value.some(holdsNumber);
  if (typeof value === 'object' && value !== null) return Object.values(value).some(holdsNumber);
  return false;
}

/** Polls `check` until it returns true or `timeoutMs` passes; the last result. */
export async function eventually(check: () => Promise<boolean>, timeoutMs: number, everyMs = 100): Promise<boolean> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    if (await check()) return true;
    if (performance.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/** The JSON log lines of a server's stdout that carry an `audit` field. */
export function auditLogLines(stdout: string): { audit: Record<string, unknown> }[] {
  const lines: { audit: Record<string, unknown> }[] = [];
  for (const line of stdout.split('\n')) {
    if (!line.includes('"audit"')) continue;
    try {
      const parsed = JSON.parse(line) as { audit?: unknown };
      if (typeof parsed.audit === 'object' && parsed.audit !== null) lines.push({ audit: parsed.audit as Record<string, unknown> });
    } catch {
      // A line cut where the buffer ended: the next read completes it.
    }
  }
  return lines;
}
