import { describe, expect, it } from 'vitest';
import { runCli } from '../../test/cli-harness.js';
import { startServe } from '../../test/serve-process.js';
import { forEachEngine, type TestEngine } from '../../test/store-engines.js';
import { InputError } from '../core/errors.js';
import { SERVE_DEFAULTS, serveConfig } from './commands/serve.js';

describe('serveConfig', () => {
  it('uses the defaults when nothing is set', () => {
    expect(serveConfig({}, {})).toEqual({ ...SERVE_DEFAULTS, store: { dataDir: './debrief-data' }, admin: {}, secureCookies: false, trustProxy: false });
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
    };
    expect(serveConfig({}, env)).toEqual({
      host: '0.0.0.0',
      port: 8080,
      store: { databaseUrl: 'postgres://db/debrief' },
      admin: { email: 'ops@example.com', password: 'a long passphrase' },
      secureCookies: true,
      trustProxy: true,
    });
    expect(serveConfig({ host: '127.0.0.2', port: '0', dataDir: 'here' }, env)).toMatchObject({ host: '127.0.0.2', port: 0, store: { dataDir: 'here' } });
    expect(serveConfig({ databaseUrl: 'postgres://other/db' }, env)).toMatchObject({ store: { databaseUrl: 'postgres://other/db' } });
    expect(serveConfig({}, { DEBRIEF_DATA_DIR: '/srv/debrief' })).toMatchObject({ store: { dataDir: '/srv/debrief' } });
  });

  it.each(['abc', '-1', '65536', '80.5'])('refuses the port %j', (port) => {
    expect(() => serveConfig({ port }, {})).toThrow(InputError);
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
