/**
 * End-to-end harness: the real built web app served by a real `debrief serve` on a temporary SQLite data
 * directory, driven by playwright-core in Debian's Chromium.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Locator, type Page } from 'playwright-core';
import { globSync } from 'tinyglobby';
import { afterAll, beforeAll } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

/** The admin every e2e server starts with. */
export const ADMIN = { email: 'admin@example.com', password: 'correct horse battery staple', name: 'Administrator' };

/** The zone the web tests' browsers run in: forms take times in it, and the pages show times in it. */
export const ZONE = 'Europe/Berlin';
/** An editor a test file creates (a fresh server has only the admin). */
export const EDITOR = { email: 'eda@example.com', name: 'Eda Editor', role: 'editor', password: 'plum kettle orbit lantern' };
/** A viewer a test file creates. */
export const VIEWER = { email: 'vic@example.com', name: 'Vic Viewer', role: 'viewer', password: 'amber walrus tides quietly' };

/** Where the test server links ticket keys to (DEBRIEF_TICKET_URL). */
export const TICKET_URL = 'https://tracker.example.com/browse/{key}';

/** Where screenshots go (ignored by git). */
export const SCREENSHOTS = join(root, 'test-results', 'e2e');

/** Builds the web app when dist/web is missing or older than its sources (npm test has built it already). */
export function ensureWebBuilt(): void {
  const index = join(root, 'dist/web/index.html');
  const sources = globSync(['web/**/*', 'src/core/**/*.ts'], { cwd: root, absolute: true, ignore: ['**/*.test.ts'] });
  if (existsSync(index) && sources.every((file) => statSync(file).mtimeMs <= statSync(index).mtimeMs)) return;
  // NODE_ENV as `npm run build` has it: under vitest it is "test", which would build React's development version.
  execFileSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'pipe',
    env: { ...process.env, NODE_ENV: 'production' },
  });
}

/** A running `debrief serve`. */
export interface TestServer {
  url: string;
  stop(): Promise<void>;
}

/** Starts `debrief serve --port 0` (or on DEBRIEF_PORT) on a fresh data directory, with `env` added to its environment, and waits until it listens. */
export async function startServer(env: Record<string, string> = {}): Promise<TestServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'debrief-e2e-'));
  // A port chosen by the test (DEBRIEF_PORT) when it must know the address before the start: a redirect URI.
  const port = env.DEBRIEF_PORT === undefined ? ['--port', '0'] : [];
  const child: ChildProcess = spawn(process.execPath, [join(root, 'bin/debrief.js'), 'serve', ...port, '--data-dir', dataDir], {
    cwd: root,
    env: { ...process.env, DEBRIEF_ADMIN_EMAIL: ADMIN.email, DEBRIEF_ADMIN_PASSWORD: ADMIN.password, DEBRIEF_LOG_LEVEL: 'warn', DEBRIEF_TICKET_URL: TICKET_URL, ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const url = await new Promise<string>((done, fail) => {
    let output = '';
    const timer = setTimeout(() => fail(new Error(`debrief serve did not start:\n${output}`)), 20_000);
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const found = /listening on (http:\/\/\S+?)\s/.exec(output)?.[1];
      if (found !== undefined) {
        clearTimeout(timer);
        done(found);
      }
    });
    child.on('exit', (code) => fail(new Error(`debrief serve exited with ${code}:\n${output}`)));
  });
  const page = await fetch(`${url}/postmortems`);
  if (!(page.headers.get('content-type') ?? '').includes('text/html')) {
    child.kill('SIGTERM');
    throw new Error('debrief serve does not serve the web app: src/server/app.ts must call `await registerWebApp(app)` (src/server/web-app.ts)');
  }
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((done) => child.once('exit', done));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  return { url, stop };
}

/** Headless Debian Chromium. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox'] });
}

/** Makes a page's waits fail fast, well inside a test's time, with a message that says what was awaited. */
function failFast(page: Page): Page {
  page.setDefaultTimeout(10_000);
  return page;
}

/** Signs in through the form and waits for the home page, the dashboard. */
export async function signIn(page: Page, url: string): Promise<void> {
  failFast(page);
  await page.goto(url);
  await page.getByLabel('E-mail').fill(ADMIN.email);
  await page.getByLabel('Password').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor();
}

/** Saves a full-page screenshot for reviewers. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** Screenshots of the page as it is, at 1366 px and at a phone's 390 px (`name-1366`, `name-390`), checking that nothing widens the page beyond the phone's width (tables scroll inside their own box); back at 1366 px after. */
export async function screenshotsWide(page: Page, name: string): Promise<void> {
  await screenshot(page, `${name}-1366`);
  await page.setViewportSize({ width: 390, height: 844 });
  const width = await page.evaluate<number>('document.documentElement.scrollWidth');
  if (width > 390) {
    const wide = await page.evaluate<string[]>(
      `[...document.querySelectorAll('main *')].filter((el) => el.getBoundingClientRect().right > 390).slice(-5).map((el) => el.tagName.toLowerCase() + '.' + el.className + ' “' + (el.textContent || '').slice(0, 40) + '”')`,
    );
    throw new Error(`${name}: the page is ${width} px wide at a phone's 390 px; too wide: ${wide.join('; ')}`);
  }
  await screenshot(page, `${name}-390`);
  await page.setViewportSize({ width: 1366, height: 900 });
}

/** One request of the API client. */
export interface ApiInit {
  method?: string;
  body?: string;
  contentType?: string;
  ifMatch?: number;
}

/** Calls the API as the signed-in user. */
export type Api = <T>(path: string, init?: ApiInit) => Promise<{ status: number; body: T }>;

/** A signed-in API client (cookie session plus CSRF token), as the admin unless told, for setting up and checking data. */
export async function apiClient(url: string, who: { email: string; password: string } = ADMIN): Promise<Api> {
  const login = await fetch(`${url}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: who.email, password: who.password }) });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  return async <T>(path: string, init: ApiInit = {}) => {
    const headers: Record<string, string> = { cookie, 'x-csrf-token': csrfToken };
    if (init.body !== undefined) headers['content-type'] = init.contentType ?? 'application/json';
    if (init.ifMatch !== undefined) headers['if-match'] = `"${init.ifMatch}"`;
    const response = await fetch(`${url}/api/v1${path}`, { method: init.method ?? 'GET', headers, body: init.body });
    const text = await response.text();
    return { status: response.status, body: (text === '' ? undefined : JSON.parse(text)) as T };
  };
}

/** A page in a fresh browser context (with `options`) already signed in, as the admin unless told (through the API: faster than the form). */
export async function signedInPage(
  browser: Browser,
  url: string,
  who: { email: string; password: string } = ADMIN,
  options: BrowserContextOptions = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext(options);
  const login = await context.request.post(`${url}/api/v1/auth/login`, { data: { email: who.email, password: who.password } });
  if (login.status() !== 200) throw new Error(`signing in as ${who.email} answered ${login.status()}`);
  return { context, page: failFast(await context.newPage()) };
}

/** The texts a control's aria-describedby points to: its hint and its error, as a screen reader reads them. */
export async function description(control: Locator): Promise<string> {
  const ids = ((await control.getAttribute('aria-describedby')) ?? '').split(' ').filter((id) => id !== '');
  const texts = await Promise.all(ids.map((id) => control.page().locator(`[id="${id}"]`).textContent()));
  return texts.join(' ');
}

/** What a test file gets: a server, a browser and an API client, started before its tests and stopped after. */
export interface E2e {
  server: TestServer;
  browser: Browser;
  api: Api;
}

/**
 * Registers the start and stop of the server and browser for the calling test file; read the fields in tests.
 * `serverEnv` adds to the server's environment (read when it starts: after the file's earlier beforeAll hooks).
 */
export function useE2e(serverEnv: () => Record<string, string> = () => ({})): E2e {
  const env = {} as E2e;
  beforeAll(async () => {
    ensureWebBuilt();
    [env.server, env.browser] = await Promise.all([startServer(serverEnv()), launchBrowser()]);
    env.api = await apiClient(env.server.url);
  }, 60_000);
  afterAll(async () => {
    await env.browser?.close();
    await env.server?.stop();
  });
  return env;
}
