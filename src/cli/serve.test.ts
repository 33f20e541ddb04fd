import { describe, expect, it } from 'vitest';
import { runCli } from '../../test/cli-harness.js';
import { startServe } from '../../test/serve-process.js';
import { forEachEngine, type TestEngine } from '../../test/store-engines.js';
import { InputError } from '../core/errors.js';
import { SERVE_DEFAULTS, serveConfig } from './commands/serve.js';

describe('serveConfig', () => {
  it('uses the defaults when nothing is set', () => {
    expect(serveConfig({}, {})).toEqual({
      ...SERVE_DEFAULTS,
      store: { dataDir: './debrief-data' },
      admin: {},
      secureCookies: false,
      trustProxy: false,
      sessions: { maxSeconds: 12 * 3600, idleSeconds: 30 * 60 },
      rateLimits: { perCredential: 1200, perAddress: 3000 },
      connections: { requestTimeoutMs: 30_000, headersTimeoutMs: 10_000, idleTimeoutMs: 60_000, keepAliveTimeoutMs: 5_000, maxConnections: 1_000 },
      review: { requiredApprovals: 1 },
      settings: { ticketUrl: null, internalDomains: [], publicUrl: null },
    });
  });

  it('reads DEBRIEF_* variables, and flags win over them', () => {
    const env = {
      DEBRIEF_HOST: '0.0.0.0',
      DEBRIEF_PORT: '8080',
      DEBRIEF_DATA_DIR: '/var/lib/debrief',
      DEBRIEF_DATABASE_URL: 'postgres://db/debrief',
      DEBRIEF_ADMIN_EMAIL: 'ops@example.com',
      DEBRIEF_ADMIN_PASSWORD: 'a long passphrase',
      DEBRIEF_SECURE_COOKIES: '1',
      DEBRIEF_TRUST_PROXY: '1',
      DEBRIEF_SESSION_MAX_HOURS: '8',
      DEBRIEF_SESSION_IDLE_MINUTES: '15',
      DEBRIEF_RATE_LIMIT: '600',
      DEBRIEF_RATE_LIMIT_PER_ADDRESS: '0',
      DEBRIEF_REQUEST_TIMEOUT_SECONDS: '20',
      DEBRIEF_HEADERS_TIMEOUT_SECONDS: '5',
      DEBRIEF_IDLE_TIMEOUT_SECONDS: '90',
      DEBRIEF_KEEP_ALIVE_TIMEOUT_SECONDS: '65',
      DEBRIEF_MAX_CONNECTIONS: '200',
      DEBRIEF_REQUIRED_APPROVALS: '2',
      DEBRIEF_TICKET_URL: 'https://acme.atlassian.net/browse/{key}',
      DEBRIEF_INTERNAL_DOMAINS: 'corp.example.com, Example.INTERNAL',
      DEBRIEF_PUBLIC_URL: 'https://debrief.example.com',
    };
    expect(serveConfig({}, env)).toEqual({
      host: '0.0.0.0',
      port: 8080,
      store: { databaseUrl: 'postgres://db/debrief' },
      admin: { email: 'ops@example.com', password: 'a long passphrase' },
      secureCookies: true,
      trustProxy: 1,
      sessions: { maxSeconds: 8 * 3600, idleSeconds: 15 * 60 },
      rateLimits: { perCredential: 600, perAddress: 0 },
      connections: { requestTimeoutMs: 20_000, headersTimeoutMs: 5_000, idleTimeoutMs: 90_000, keepAliveTimeoutMs: 65_000, maxConnections: 200 },
      review: { requiredApprovals: 2 },
      settings: { ticketUrl: 'https://acme.atlassian.net/browse/{key}', internalDomains: ['corp.example.com', 'example.internal'], publicUrl: 'https://debrief.example.com' },
    });
    expect(serveConfig({ host: '127.0.0.2', port: '0', dataDir: 'here' }, env)).toMatchObject({ host: '127.0.0.2', port: 0, store: { dataDir: 'here' } });
    expect(serveConfig({ databaseUrl: 'postgres://other/db' }, env)).toMatchObject({ store: { databaseUrl: 'postgres://other/db' } });
    expect(serveConfig({}, { DEBRIEF_DATA_DIR: '/srv/debrief' })).toMatchObject({ store: { dataDir: '/srv/debrief' } });
  });

  it('gives the store the key of integration secrets from DEBRIEF_SECRET_KEY, and refuses to start on a malformed one, naming it', () => {
    const key = Buffer.alloc(32, 7);
    expect(serveConfig({}, { DEBRIEF_SECRET_KEY: key.toString('base64') }).store.secretKey?.equals(key)).toBe(true);
    expect(serveConfig({}, {}).store.secretKey).toBeUndefined();
    expect(() => serveConfig({}, { DEBRIEF_SECRET_KEY: Buffer.alloc(31).toString('base64') })).toThrow(/^DEBRIEF_SECRET_KEY must be the base64 of exactly 32 random bytes \(it decodes to 31\)/);
  });

  it.each([
    ['2', 2],
    ['0', false],
    ['10.0.0.5', ['10.0.0.5']],
    ['10.0.0.5, 10.0.1.0/24,loopback', ['10.0.0.5', '10.0.1.0/24', 'loopback']],
    ['fd00::/8', ['fd00::/8']],
  ] as const)('reads DEBRIEF_TRUST_PROXY %j as a hop count or a list of proxies', (value, trusted) => {
    expect(serveConfig({}, { DEBRIEF_TRUST_PROXY: value }).trustProxy).toEqual(trusted);
  });

  it.each(['true', 'all', '*', '10.0.0.300', '10.0.0.0/33', 'proxy.internal'])('refuses DEBRIEF_TRUST_PROXY=%j, saying what to give instead', (value) => {
    expect(() => serveConfig({}, { DEBRIEF_TRUST_PROXY: value })).toThrow(/DEBRIEF_TRUST_PROXY: .*Give the number of proxies in front of Debrief/);
  });

  it.each([
    ['DEBRIEF_SESSION_IDLE_MINUTES', '0'],
    ['DEBRIEF_SESSION_MAX_HOURS', 'twelve'],
    ['DEBRIEF_RATE_LIMIT', '-5'],
    ['DEBRIEF_MAX_CONNECTIONS', '0'],
    ['DEBRIEF_REQUIRED_APPROVALS', 'one'],
    ['DEBRIEF_TICKET_URL', 'https://acme.atlassian.net/browse/'],
    ['DEBRIEF_TICKET_URL', 'jira/browse/{key}'],
    ['DEBRIEF_REQUEST_TIMEOUT_SECONDS', '1.5'],
    ['DEBRIEF_INTERNAL_DOMAINS', 'corp.example.com,not a domain'],
    ['DEBRIEF_PUBLIC_URL', 'debrief.example.com'],
  ])('refuses %s=%j, naming it', (name, value) => {
    expect(() => serveConfig({}, { [name]: value })).toThrow(new RegExp(`^${name}: `));
  });

  it.each(['abc', '-1', '65536', '80.5'])('refuses the port %j', (port) => {
    expect(() => serveConfig({ port }, {})).toThrow(InputError);
  });

  it('reads the identity provider, and exits 2 naming the variable it is missing', async () => {
    const oidc = { DEBRIEF_OIDC_ISSUER: 'https://login.example.com', DEBRIEF_OIDC_CLIENT_ID: 'debrief', DEBRIEF_OIDC_CLIENT_SECRET: 's3cret', DEBRIEF_PUBLIC_URL: 'https://debrief.example.com' };
    expect(serveConfig({}, oidc).oidc).toMatchObject({ clientId: 'debrief', publicUrl: 'https://debrief.example.com' });
    expect(serveConfig({}, {}).oidc).toBeUndefined();
    const run = await runCli(['serve', '--port', '0'], { env: { ...oidc, DEBRIEF_OIDC_CLIENT_SECRET: '' } });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/DEBRIEF_OIDC_CLIENT_SECRET: required with DEBRIEF_OIDC_ISSUER/);
  });

  it('exits 2 with a message for a bad port', async () => {
    const run = await runCli(['serve', '--port', 'http']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--port: "http" is not a port number/);
  });
});

/** The arguments that point `debrief serve` at a fresh location of this engine. */
function locationArgs(engine: TestEngine): string[] {
  const options = engine.freshOptions();
  return options.databaseUrl === undefined ? ['--data-dir', options.dataDir ?? ''] : ['--database-url', options.databaseUrl];
}

async function signIn(url: string, email: string, password: string): Promise<number> {
  const response = await fetch(`${url}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
  return response.status;
}

/** Runs `debrief serve` until it listens, lets `check` talk to it, then stops it with SIGTERM. */
async function withServe(args: string[], env: NodeJS.ProcessEnv, check: (url: string, stderr: string) => Promise<void>): Promise<void> {
  const server = await startServe(args, env);
  try {
    await check(server.url, server.stderr());
  } finally {
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
  }
}

forEachEngine((engine) => {
  describe('the first start', () => {
    it('creates the admin from DEBRIEF_ADMIN_EMAIL and DEBRIEF_ADMIN_PASSWORD, once', async () => {
      const args = locationArgs(engine);
      const admin = { DEBRIEF_ADMIN_EMAIL: 'ops@example.com', DEBRIEF_ADMIN_PASSWORD: 'a long passphrase' };
      await withServe(args, admin, async (url, stderr) => {
        expect(stderr).toMatch(/created the admin account ops@example.com/);
        expect(stderr).not.toMatch(/a long passphrase/);
        expect(await signIn(url, 'ops@example.com', 'a long passphrase')).toBe(200);
        expect((await fetch(`${url}/healthz`)).status).toBe(200);
        expect((await fetch(`${url}/readyz`)).status).toBe(200);
      });
      await withServe(args, { DEBRIEF_ADMIN_EMAIL: 'other@example.com', DEBRIEF_ADMIN_PASSWORD: 'another passphrase' }, async (url, stderr) => {
        expect(stderr).not.toMatch(/admin account/);
        expect(await signIn(url, 'other@example.com', 'another passphrase')).toBe(401);
        expect(await signIn(url, 'ops@example.com', 'a long passphrase')).toBe(200);
      });
    });

    it('refuses to start with a weak DEBRIEF_ADMIN_PASSWORD, naming the variable, and creates nobody', async () => {
      const args = locationArgs(engine);
      const run = await runCli(['serve', '--port', '0', ...args], { env: { DEBRIEF_ADMIN_EMAIL: 'ops@example.com', DEBRIEF_ADMIN_PASSWORD: 'change-me', DEBRIEF_LOG_LEVEL: 'silent' } });
      expect(run).toMatchObject({ code: 2, stdout: '' });
      expect(run.stderr).toBe('debrief: DEBRIEF_ADMIN_PASSWORD: must be at least 12 characters long; a few unrelated words make a good one\n');
    });

    it('without them, creates admin@localhost with a generated password printed once on stderr', async () => {
      const args = locationArgs(engine);
      let password = '';
      await withServe(args, { DEBRIEF_ADMIN_EMAIL: '', DEBRIEF_ADMIN_PASSWORD: '' }, async (url, stderr) => {
        expect(stderr).toMatch(/no users, so an admin account was created/);
        expect(stderr).toMatch(/email: +admin@localhost/);
        password = /password: +(\S+)/.exec(stderr)?.[1] ?? '';
        expect(password.length).toBeGreaterThanOrEqual(20);
        expect(stderr).toMatch(/printed only this once/);
        expect(await signIn(url, 'admin@localhost', password)).toBe(200);
      });
      await withServe(args, { DEBRIEF_ADMIN_EMAIL: '', DEBRIEF_ADMIN_PASSWORD: '' }, async (url, stderr) => {
        expect(stderr).not.toMatch(/password/);
        expect(await signIn(url, 'admin@localhost', password)).toBe(200);
      });
    });
  });
});
