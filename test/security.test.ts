/**
 * The security review of issue 15, replayed against `debrief serve` running as a process (the built CLI in dist/), on
 * every engine: each `describe` is one finding, each `it` one of its reproductions, asserting the fixed behaviour so
 * that it fails on the behaviour the review saw. Unit-level tests of each fix live beside the code
 * (src/server/account-security.test.ts, connection-limits.test.ts, …); this file checks the assembled server.
 *
 * Per engine: one main server (`main`, behind one trusted proxy, so that each probe names its own client address in
 * X-Forwarded-For as that proxy would, and the per-address sign-in allowance of one probe never runs into another's;
 * each probe has accounts of its own too), a second instance on the same database for the settings that must differ
 * (secure cookies, a small rate limit) and for limits shared by instances, and one without a trusted proxy.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONNECTION_DEFAULTS } from '../src/server/connection-limits.js';
import { SIGN_IN_LIMITS } from '../src/server/sign-in-throttle.js';
import { isoAt } from '../src/store/clock.js';
import { closeConnection, type Connection } from '../src/store/dialect/dialect.js';
import { openPostgres } from '../src/store/dialect/postgres.js';
import { openSqlite } from '../src/store/dialect/sqlite.js';
import { withStore, type StoreOptions } from '../src/store/open-store.js';
import { sha256Hex } from '../src/store/secrets.js';
import { TOKEN_CACHE_TTL_MS } from '../src/store/token-cache.js';
import { runCli } from './cli-harness.js';
import {
  auditLogLines,
  call,
  cursorOf,
  deepObject,
  epochNow,
  eventually,
  holdsNumber,
  largeMarkdown,
  launch,
  postBody,
  signIn,
  slowestWhile,
  startOutcome,
  trickle,
  type Answer,
  type As,
  type LoggedServe,
  type TrickleOutcome,
  type WebSession,
} from './security-probes.js';
import { TEST_SOURCE } from './server-harness.js';
import { forEachEngine, storeFlags, TEST_PASSWORD_COST } from './store-engines.js';

/** The password of every seeded account (hashed at the cheap test cost, so that checking it costs nothing). */
const PASSWORD = 'correct horse battery';

/** The accounts seeded before the main server starts; most probes have one of their own, so that none locks another's. */
const USERS = {
  admin: { email: 'admin@example.com', role: 'admin' },
  creator: { email: 'creator@example.com', role: 'editor' },
  intruder: { email: 'intruder@example.com', role: 'editor' },
  viewer: { email: 'viewer@example.com', role: 'viewer' },
  target: { email: 'target@example.com', role: 'editor' },
  shared: { email: 'shared@example.com', role: 'editor' },
  sam: { email: 'sam@example.com', role: 'editor' },
  cli: { email: 'cli@example.com', role: 'editor' },
  reset: { email: 'reset@example.com', role: 'editor' },
  idle: { email: 'idle@example.com', role: 'viewer' },
  legacy: { email: 'legacy@example.com', role: 'viewer' },
  cookie: { email: 'cookie@example.com', role: 'viewer' },
  audited: { email: 'audited@example.com', role: 'editor' },
  locked: { email: 'locked@example.com', role: 'viewer' },
  busy: { email: 'busy@example.com', role: 'viewer' },
} as const;
type Who = keyof typeof USERS;

/** Accounts that get an API token when seeded. */
const WITH_TOKENS: Who[] = ['admin', 'creator', 'intruder', 'viewer', 'sam', 'cli'];

/** The hash prefix of OWASP's scrypt cost (N = 2^17, r = 8, p = 1), and of the test cost the seeded accounts have. */
const OWASP_HASH = 'scrypt$131072$8$1$';
const TEST_HASH = `scrypt$${TEST_PASSWORD_COST.N}$${TEST_PASSWORD_COST.r}$${TEST_PASSWORD_COST.p}$`;

/** The main server's session settings: short enough to tell from the defaults (12 hours, 30 minutes). */
const SESSION_MAX_HOURS = 2;
const SESSION_IDLE_MINUTES = 5;

/** The API rate limit of the second instance (requests a minute per token or session). */
const SECOND_RATE_LIMIT = 5;

const MINUTE = 60_000;
const DAY = 86_400_000;

/**
 * How long /healthz and the web page may take while the server is under one of the review's loads. They took 14.7 s
 * and 27.8 s then; here they answer in tens of milliseconds, and the margin is for a machine busy with other test files.
 */
const PROMPT_MS = 1_000;

/**
 * How long a probe that arrives with 300 concurrent sign-ins may wait while the server takes them in (about a second of
 * main-thread work here); the review's probe waited 27.8 s.
 */
const BURST_MS = 5_000;

/** Seeds accounts (at the test cost) and tokens into a location; the tokens by account. */
async function seed(options: StoreOptions, who: readonly Who[], tokenFor: readonly Who[]): Promise<Record<string, string>> {
  return withStore({ ...options, passwordCost: TEST_PASSWORD_COST }, async (store) => {
    const tokens: Record<string, string> = {};
    for (const w of who) await store.createUser({ ...USERS[w], password: PASSWORD }, TEST_SOURCE);
    for (const w of tokenFor) tokens[w] = (await store.createToken(USERS[w].email, { name: 'security-tests' }, TEST_SOURCE)).token;
    return tokens;
  });
}

/** Runs `work` on a direct database connection to a location: to move a stored time back, as a clock cannot be moved in another process. */
async function withConnection<T>(options: StoreOptions, work: (conn: Connection) => Promise<T>): Promise<T> {
  const conn = options.databaseUrl === undefined ? openSqlite(options.dataDir ?? '') : await openPostgres(options.databaseUrl);
  try {
    return await work(conn);
  } finally {
    await closeConnection(conn);
  }
}

/** The stored password hash of an account, read from the database. */
async function storedHash(options: StoreOptions, email: string): Promise<string | undefined> {
  return withConnection(options, async (conn) => (await conn.db.selectFrom('users').select('password_hash').where('email', '=', email).executeTakeFirst())?.password_hash);
}

/** The `img-src` directive of a Content-Security-Policy. */
function imgSrc(policy: string | null): string | undefined {
  return (policy ?? '').split(';').map((d) => d.trim()).find((d) => d.startsWith('img-src'));
}

/** The paths of a 422's field problems. */
function problemPaths(answer: Answer): string[] {
  const details = answer.json().error?.details;
  return Array.isArray(details) ? details.map((d: { path?: string }) => String(d.path)) : [];
}

forEachEngine((engine) => {
  const location = engine.freshOptions();
  let main: LoggedServe;
  /**
   * A second instance on the same database, for the settings that must differ from main's (secure cookies, a rate
   * limit of SECOND_RATE_LIMIT a minute per token or session) and for counters shared by instances. API rate counts
   * are shared through the database too, so only tokens and sessions that main never sees may be used here.
   */
  let second: LoggedServe;
  let tokens: Record<string, string>;
  /** Who a request is made as, by API token. */
  const as = (who: Who): As => ({ token: tokens[who] ?? '' });
  const url = (path: string) => `${main.url}${path}`;

  // The slow clients of finding 3 start with the server and are checked by the last test: the default request timeout
  // is 30 s (there is no setting for it in `debrief serve`), and waiting for it there would make the file 30 s longer.
  let slowBody: Promise<TrickleOutcome>;
  let slowHeaders: Promise<TrickleOutcome>;

  beforeAll(async () => {
    tokens = await seed(location, Object.keys(USERS) as Who[], WITH_TOKENS);
    const started = await Promise.allSettled([
      launch(storeFlags(location), {
        DEBRIEF_TRUST_PROXY: '1',
        DEBRIEF_SESSION_MAX_HOURS: String(SESSION_MAX_HOURS),
        DEBRIEF_SESSION_IDLE_MINUTES: String(SESSION_IDLE_MINUTES),
        // The audit lines of finding 10 are read from this log.
        DEBRIEF_LOG_LEVEL: 'info',
      }),
      launch(storeFlags(location), { DEBRIEF_TRUST_PROXY: '1', DEBRIEF_SECURE_COOKIES: '1', DEBRIEF_RATE_LIMIT: String(SECOND_RATE_LIMIT) }),
    ]);
    const [first, other] = started;
    if (first?.status !== 'fulfilled' || other?.status !== 'fulfilled') {
      // Leave no process behind when only one of them started.
      await Promise.all(started.map((s) => (s.status === 'fulfilled' ? s.value.stop() : undefined)));
      throw started.find((s) => s.status === 'rejected')?.reason;
    }
    [main, second] = [first.value, other.value];
    const body = JSON.stringify({ email: 'slow@example.com', password: 'sent one byte at a time' });
    slowBody = trickle(
      main.url,
      `POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nX-Forwarded-For: 198.51.100.250\r\n\r\n`,
      body,
      5_000,
      CONNECTION_DEFAULTS.requestTimeoutMs + 15_000,
    );
    slowHeaders = trickle(main.url, 'GET /healthz HTTP/1.1\r\n', 'Host: x\r\nX-Slow: one byte every 2 s\r\n\r\n', 2_000, CONNECTION_DEFAULTS.requestTimeoutMs + 15_000);
  }, 60_000);

  afterAll(async () => {
    await Promise.all([main?.stop(), second?.stop()]);
  });

  describe('1. takeover of another’s postmortem', () => {
    /** PATCHes a postmortem with a merge patch and the If-Match of `etag`. */
    const patch = (who: Who, id: string, etag: string, json: unknown) =>
      call(main.url, as(who), 'PATCH', `/api/v1/postmortems/${id}`, { json, headers: { 'content-type': 'application/merge-patch+json', 'if-match': etag } });

    it('an editor who did not create a postmortem cannot make it restricted to themselves (403), and its creator still reads it', async () => {
      const created = await call(main.url, as('creator'), 'POST', '/api/v1/postmortems', { json: { title: 'Duplicate charges on payment retries' } });
      expect(created.status).toBe(201);
      const id = String(created.json().id);
      const takeover = await patch('intruder', id, created.headers.get('etag') ?? '', { restricted: true, members: [USERS.intruder.email] });
      expect(takeover.status, takeover.text).toBe(403);
      const read = await call(main.url, as('creator'), 'GET', `/api/v1/postmortems/${id}`);
      expect(read.status).toBe(200);
      expect(read.json()).toMatchObject({ restricted: false, version: 1 });
    });

    it('a member who did not create a restricted postmortem cannot make themselves its only member (403)', async () => {
      const created = await call(main.url, as('creator'), 'POST', '/api/v1/postmortems', {
        json: { title: 'Leaked signing key', restricted: true, members: [USERS.intruder.email] },
      });
      expect(created.status).toBe(201);
      const id = String(created.json().id);
      const takeover = await patch('intruder', id, created.headers.get('etag') ?? '', { restricted: true, members: [USERS.intruder.email] });
      expect(takeover.status, takeover.text).toBe(403);
      const read = await call(main.url, as('creator'), 'GET', `/api/v1/postmortems/${id}`);
      expect(read.status).toBe(200);
      expect(read.json().members).toEqual([USERS.creator.email, USERS.intruder.email]);
    });

    it('the creator stays a member even when the creator sends a list without themselves', async () => {
      const created = await call(main.url, as('creator'), 'POST', '/api/v1/postmortems', { json: { title: 'Customer export bucket public', restricted: true } });
      const id = String(created.json().id);
      const changed = await patch('creator', id, created.headers.get('etag') ?? '', { members: [USERS.viewer.email] });
      expect(changed.status, changed.text).toBe(200);
      expect(changed.json().members).toEqual([USERS.creator.email, USERS.viewer.email]);
      expect((await call(main.url, as('creator'), 'GET', `/api/v1/postmortems/${id}`)).status).toBe(200);
      expect((await call(main.url, as('viewer'), 'GET', `/api/v1/postmortems/${id}`)).status).toBe(200);
    });
  });

  describe('2. brute force of sign-in', () => {
    it('behind one trusted proxy, 25 wrong passwords from 25 forged addresses: 10 × 401, then 429 with Retry-After', async () => {
      // The client forges the first X-Forwarded-For entry; the one trusted proxy appends the address it came from.
      const answers: Answer[] = [];
      for (let i = 1; i <= 25; i++) answers.push((await signIn(main.url, USERS.target.email, 'not the password at all', `192.0.2.${i}, 198.51.100.60`)).answer);
      const statuses = answers.map((a) => a.status);
      expect(statuses).toEqual([...Array<number>(SIGN_IN_LIMITS.account.max).fill(401), ...Array<number>(25 - SIGN_IN_LIMITS.account.max).fill(429)]);
      const retryAfter = Number(answers.at(-1)?.headers.get('retry-after'));
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(SIGN_IN_LIMITS.account.windowMs / 1000);
      // Locked: the right password does not get in either until the window ends.
      expect((await signIn(main.url, USERS.target.email, PASSWORD, '198.51.100.61')).answer.status).toBe(429);
      // And the address believed is the proxy's entry, never the forged one (trusting every hop believed the first).
      const failed = await call(main.url, as('admin'), 'GET', `/api/v1/audit?action=auth.login_failed&email=${USERS.target.email}`);
      const ips = (failed.json() as { items: { ip: string | null }[] }).items.map((e) => e.ip);
      expect(ips).toEqual(Array<string>(SIGN_IN_LIMITS.account.max).fill('198.51.100.60'));
    });

    it('without a trusted proxy, one address trying 60 e-mails (forging X-Forwarded-For) is refused with 429 before the end', async () => {
      // A server of its own: its client address is the socket's, whatever X-Forwarded-For says. The e-mails are of
      // accounts made at the test cost: a made-up one is checked against a decoy hash at full cost (~0.8 s on this
      // machine's one hashing thread), so 50 of them would take 40 s; the address limit counts both alike.
      const place = engine.freshOptions();
      const emails = Array.from({ length: 60 }, (_, i) => `tried-${i}@example.com`);
      await withStore({ ...place, passwordCost: TEST_PASSWORD_COST }, async (store) => {
        for (const email of emails) await store.createUser({ email, role: 'viewer', password: PASSWORD }, TEST_SOURCE);
      });
      const direct = await launch(storeFlags(place));
      try {
        const answers: Answer[] = [];
        for (const [i, email] of emails.entries()) answers.push((await signIn(direct.url, email, 'a wrong password for each', `203.0.113.${i + 1}`)).answer);
        const statuses = answers.map((a) => a.status);
        const first429 = statuses.indexOf(429);
        expect(first429, statuses.join(' ')).toBe(SIGN_IN_LIMITS.address.max);
        expect(statuses.slice(0, first429).every((s) => s === 401)).toBe(true);
        expect(statuses.slice(first429).every((s) => s === 429)).toBe(true);
        expect(Number(answers[first429]?.headers.get('retry-after'))).toBeGreaterThan(0);
        expect(answers[first429]?.json().error?.message).toMatch(/from this address/);
      } finally {
        await direct.stop();
      }
    }, 30_000);

    it('counts in the database: failures spread over two serve processes on one database still lock the account', async () => {
      // Five on each: counted in each instance's memory (before), neither would have reached ten.
      for (let i = 0; i < SIGN_IN_LIMITS.account.max / 2; i++) {
        expect((await signIn(main.url, USERS.shared.email, 'wrong password one', `198.51.100.${i + 10}`)).answer.status).toBe(401);
        expect((await signIn(second.url, USERS.shared.email, 'wrong password two', `198.51.100.${i + 20}`)).answer.status).toBe(401);
      }
      expect((await signIn(second.url, USERS.shared.email, PASSWORD, '198.51.100.30')).answer.status).toBe(429);
      expect((await signIn(main.url, USERS.shared.email, PASSWORD, '198.51.100.31')).answer.status).toBe(429);
    });
  });

  describe('3. one client can stall the server', () => {
    it('(a) 300 concurrent sign-ins with made-up e-mails are answered 401/429/503 while GET / and /healthz stay prompt', async () => {
      // One client (one address behind the proxy), as in the review.
      const burstAt = epochNow();
      const { load: answers, probes } = await slowestWhile(
        () => Promise.all(Array.from({ length: 300 }, (_, i) => signIn(main.url, `made-up-${i}@example.com`, 'some password', '198.51.100.3').then(({ answer }) => answer))),
        [url('/'), url('/healthz')],
      );
      const tally: Record<number, number> = {};
      for (const a of answers) tally[a.status] = (tally[a.status] ?? 0) + 1;
      expect(answers.map((a) => a.status).filter((s) => ![401, 429, 503].includes(s)), JSON.stringify(tally)).toEqual([]);
      // Refusals say when to come back.
      for (const a of answers.filter((x) => x.status !== 401)) expect(a.headers.get('retry-after')).toMatch(/^\d+$/);
      expect(probes.every((p) => p.status === 200)).toBe(true);

      // The review's stall lasted as long as the hashing: every page and health check waited for all 300 passwords.
      // Now the passwords that are hashed are few, on threads of their own, and the rest are refused at once; once the
      // refusals are out, the hashing goes on for seconds, and nothing else may wait for it.
      const refused = answers.filter((a) => a.status !== 401).map((a) => a.answeredAt);
      const hashingOnly = Math.max(burstAt, ...refused);
      const during = probes.filter((p) => p.at >= hashingOnly);
      const seen = `sign-ins answered ${JSON.stringify(tally)}; probes while only hashing went on (ms): ${during.map((p) => Math.round(p.ms)).join(' ')}`;
      expect(during.length, seen).toBeGreaterThanOrEqual(3);
      expect(Math.max(...during.map((p) => p.ms)), seen).toBeLessThan(PROMPT_MS);
      // Taking in the burst itself costs the main thread 2-4 ms a sign-in here (counting it in the database, looking the
      // e-mail up, answering; /healthz costs under 1 ms): about a second for 300, which a probe that arrives with them
      // waits for.
      const slowest = probes.reduce((a, b) => (b.ms > a.ms ? b : a));
      expect(slowest.ms, `slowest probe: ${JSON.stringify(slowest)}`).toBeLessThan(BURST_MS);
    }, 30_000);

    it('(b) 20 login bodies of 2 MB nested a million levels deep are refused (4xx) while /healthz stays prompt', async () => {
      const depth = 1_000_000;
      const nested = `${'['.repeat(depth)}${']'.repeat(depth)}`;
      const login = `{"email":"deep@example.com","password":${nested}}`;
      // The same nesting where 2 MB bodies are taken (a new postmortem), so that it is the depth that is refused there.
      const postmortem = `{"title":"Deep","tags":${nested}}`;
      for (const body of [login, postmortem]) expect(body.length).toBeGreaterThan(2_000_000);
      for (const body of [login, postmortem]) expect(body.length).toBeLessThan(2 * 1024 * 1024);
      const json = { 'content-type': 'application/json', 'x-forwarded-for': '198.51.100.4' };
      const { load: outcomes, ...probes } = await slowestWhile(
        () =>
          Promise.all([
            ...Array.from({ length: 20 }, () => postBody(main.url, '/api/v1/auth/login', json, login)),
            ...Array.from({ length: 20 }, () => postBody(main.url, '/api/v1/postmortems', { ...json, authorization: `Bearer ${tokens.creator}` }, postmortem)),
          ]),
        [url('/healthz')],
      );
      const seen = JSON.stringify(outcomes.map((o) => `${o.status ?? o.error} ${o.text.slice(0, 80)}`));
      // Refused: a 4xx, or (for a body refused by its size before it was read) the connection closed under the writer.
      for (const o of outcomes) expect(o.status === null ? ['EPIPE', 'ECONNRESET'].includes(o.error ?? '') : o.status >= 400 && o.status < 500, seen).toBe(true);
      expect(outcomes.slice(20).every((o) => o.status === 422), seen).toBe(true);
      expect(probes.statuses.every((status) => status === 200)).toBe(true);
      expect(probes.slowest[url('/healthz')], JSON.stringify(probes.slowest)).toBeLessThan(PROMPT_MS);
    }, 30_000);

    it('(d) 10 concurrent lints of a 1.4 MB postmortem leave /healthz prompt', async () => {
      const created = await call(main.url, as('creator'), 'POST', '/api/v1/postmortems', { body: largeMarkdown(1_100), headers: { 'content-type': 'text/markdown' } });
      expect(created.status).toBe(201);
      expect(created.text.length).toBeGreaterThan(1_400_000);
      const id = String(created.json().id);
      const { load: lints, ...probes } = await slowestWhile(
        () => Promise.all(Array.from({ length: 10 }, () => call(main.url, as('viewer'), 'GET', `/api/v1/postmortems/${id}/lint`))),
        [url('/healthz')],
      );
      for (const lint of lints) expect(lint.status).toBe(200);
      expect(probes.statuses.every((status) => status === 200)).toBe(true);
      expect(probes.rounds).toBeGreaterThan(1);
      expect(probes.slowest[url('/healthz')], JSON.stringify(probes.slowest)).toBeLessThan(PROMPT_MS);
    }, 30_000);

    it('(e) the API has a rate limit: a token’s requests beyond DEBRIEF_RATE_LIMIT get 429 with Retry-After', async () => {
      // On the second instance (DEBRIEF_RATE_LIMIT=5), with tokens that nothing else uses.
      const rated = await withStore({ ...location, passwordCost: TEST_PASSWORD_COST }, async (store) => ({
        viewer: (await store.createToken(USERS.viewer.email, { name: 'rate-probe' }, TEST_SOURCE)).token,
        busy: (await store.createToken(USERS.busy.email, { name: 'rate-probe' }, TEST_SOURCE)).token,
      }));
      const answers: Answer[] = [];
      for (let i = 0; i <= SECOND_RATE_LIMIT; i++) answers.push(await call(second.url, { token: rated.viewer }, 'GET', '/api/v1/postmortems?limit=1'));
      expect(answers.map((a) => a.status)).toEqual([...Array<number>(SECOND_RATE_LIMIT).fill(200), 429]);
      const refused = answers.at(-1);
      expect(refused?.headers.get('retry-after')).toMatch(/^\d+$/);
      expect(refused?.json().error?.code).toBe('rate_limited');
      // Per token: another one is not held up.
      expect((await call(second.url, { token: rated.busy }, 'GET', '/api/v1/postmortems?limit=1')).status).toBe(200);
    });
  });

  describe('4. search ranks leak restricted text', () => {
    it('a viewer’s results, their order and nextCursor are the same whether or not a restricted postmortem holds the word; no cursor holds a score', async () => {
      const word = `quokka${engine.name}`;
      // Three the viewer may read, the word more often in each, so that relevance orders them.
      for (let n = 1; n <= 3; n++) {
        const made = await call(main.url, as('creator'), 'POST', '/api/v1/postmortems', {
          json: { title: `Search probe ${n}`, summary: `${Array<string>(n).fill(word).join(' and ')} in the cache layer; ${'filler words '.repeat(4 - n)}` },
        });
        expect(made.status).toBe(201);
      }
      const search = async () => {
        const pages: { ids: string[]; nextCursor: string | null }[] = [];
        let cursor: string | null = null;
        do {
          const query: string = `/api/v1/postmortems?q=${word}&limit=2${cursor === null ? '' : `&cursor=${cursor}`}`;
          const page = await call(main.url, as('viewer'), 'GET', query);
          expect(page.status, page.text).toBe(200);
          const body = page.json() as { items: { id: string }[]; nextCursor: string | null };
          pages.push({ ids: body.items.map((item) => item.id), nextCursor: body.nextCursor });
          cursor = body.nextCursor;
        } while (cursor !== null);
        return pages;
      };
      const without = await search();
      expect(without.flatMap((p) => p.ids)).toHaveLength(3);

      const hidden = await call(main.url, as('creator'), 'POST', '/api/v1/postmortems', {
        json: { title: `Restricted ${word}`, summary: `${word} `.repeat(40), restricted: true },
      });
      expect(hidden.status).toBe(201);
      // The restricted one is indexed: its members find it.
      const forCreator = await call(main.url, as('creator'), 'GET', `/api/v1/postmortems?q=${word}&limit=10`);
      expect((forCreator.json() as { items: { id: string }[] }).items.map((i) => i.id)).toContain(hidden.json().id);

      const withHidden = await search();
      expect(withHidden).toEqual(without);
      for (const { nextCursor } of [...without, ...withHidden]) {
        if (nextCursor === null) continue;
        const decoded = JSON.parse(Buffer.from(nextCursor, 'base64url').toString('utf8')) as unknown;
        expect(holdsNumber(decoded), JSON.stringify(decoded)).toBe(false);
      }
    });
  });

  describe('5. accounts cannot be cut off', () => {
    it('an admin disables a user over the API: their session and token get 401 at once, and sign-in is refused', async () => {
      const { session } = await signIn(main.url, USERS.sam.email, PASSWORD, '198.51.100.40');
      expect(session).not.toBeNull();
      const asSession: As = { session: session as WebSession };
      expect((await call(main.url, asSession, 'GET', '/api/v1/auth/me')).status).toBe(200);
      expect((await call(main.url, as('sam'), 'GET', '/api/v1/auth/me')).status).toBe(200);

      const disabled = await call(main.url, as('admin'), 'PATCH', `/api/v1/users/${USERS.sam.email}`, { json: { disabled: true } });
      expect(disabled.status, disabled.text).toBe(200);
      expect((await call(main.url, asSession, 'GET', '/api/v1/auth/me')).status).toBe(401);
      expect((await call(main.url, as('sam'), 'GET', '/api/v1/auth/me')).status).toBe(401);
      const refused = await signIn(main.url, USERS.sam.email, PASSWORD, '198.51.100.40');
      expect(refused.answer.status).toBe(403);
      expect(refused.answer.json().error?.code).toBe('account_disabled');
    });

    it('`debrief user disable --email` cuts a user off a running server, and `enable` lets them sign in again', async () => {
      const email = USERS.cli.email;
      // The token first: the server may trust a token it has looked up for TOKEN_CACHE_TTL_MS after another process
      // changed it (sessions are read from the database on every request), so the wait below is shortest this way.
      expect((await call(main.url, as('cli'), 'GET', '/api/v1/auth/me')).status).toBe(200);
      const { session } = await signIn(main.url, email, PASSWORD, '198.51.100.41');
      const asSession: As = { session: session as WebSession };
      expect((await call(main.url, asSession, 'GET', '/api/v1/auth/me')).status).toBe(200);

      const disable = await runCli(['user', 'disable', '--email', email, ...storeFlags(location)]);
      expect(disable.code, disable.stderr).toBe(0);
      expect((await call(main.url, asSession, 'GET', '/api/v1/auth/me')).status).toBe(401);
      expect((await signIn(main.url, email, PASSWORD, '198.51.100.41')).answer.status).toBe(403);
      const tokenStopped = await eventually(async () => (await call(main.url, as('cli'), 'GET', '/api/v1/auth/me')).status === 401, TOKEN_CACHE_TTL_MS + 2_000);
      expect(tokenStopped, 'the token still worked after the account was disabled').toBe(true);

      const enable = await runCli(['user', 'enable', '--email', email, ...storeFlags(location)]);
      expect(enable.code, enable.stderr).toBe(0);
      expect((await signIn(main.url, email, PASSWORD, '198.51.100.41')).answer.status).toBe(200);
      // Disabling revoked the token for good.
      expect((await call(main.url, as('cli'), 'GET', '/api/v1/auth/me')).status).toBe(401);
    }, 30_000);

    it('`debrief user set-password --email` replaces the password and ends the user’s sessions', async () => {
      const email = USERS.reset.email;
      const { session } = await signIn(main.url, email, PASSWORD, '198.51.100.44');
      expect(session).not.toBeNull();
      const newPassword = 'a brand new passphrase for reset';
      const set = await runCli(['user', 'set-password', '--email', email, ...storeFlags(location)], { input: `${newPassword}\n` });
      expect(set.code, set.stderr).toBe(0);
      expect((await call(main.url, { session: session as WebSession }, 'GET', '/api/v1/auth/me')).status).toBe(401);
      expect((await signIn(main.url, email, PASSWORD, '198.51.100.44')).answer.status).toBe(401);
      expect((await signIn(main.url, email, newPassword, '198.51.100.44')).answer.status).toBe(200);
    });

    it('tokens expire (expiresInDays gives expiresAt, 90 days by default), can be listed without their secret, and stop at their expiry', async () => {
      const before = Date.now();
      const week = await call(main.url, as('creator'), 'POST', '/api/v1/tokens', { json: { name: 'deploy-bot', expiresInDays: 7 } });
      expect(week.status, week.text).toBe(201);
      const weekToken = week.json() as { id: string; token: string; expiresAt: string };
      expect(Date.parse(weekToken.expiresAt) - before).toBeGreaterThanOrEqual(7 * DAY - MINUTE);
      expect(Date.parse(weekToken.expiresAt) - before).toBeLessThanOrEqual(7 * DAY + MINUTE);
      const plain = await call(main.url, as('creator'), 'POST', '/api/v1/tokens', { json: { name: 'dashboard' } });
      const plainToken = plain.json() as { token: string; expiresAt: string | null };
      expect(Date.parse(plainToken.expiresAt ?? '') - before).toBeGreaterThanOrEqual(90 * DAY - MINUTE);
      expect(Date.parse(plainToken.expiresAt ?? '') - before).toBeLessThanOrEqual(90 * DAY + MINUTE);

      const listed = await call(main.url, as('creator'), 'GET', '/api/v1/tokens');
      expect(listed.status).toBe(200);
      const items = (listed.json() as { items: { id: string; name: string; expiresAt: string | null }[] }).items;
      expect(items.find((t) => t.id === weekToken.id)).toMatchObject({ name: 'deploy-bot', expiresAt: weekToken.expiresAt });
      expect(items.map((t) => t.name)).toEqual(expect.arrayContaining(['deploy-bot', 'dashboard', 'security-tests']));
      for (const secret of [weekToken.token, plainToken.token, tokens.creator ?? '']) expect(listed.text).not.toContain(secret.slice(4));

      // A token past its expiry authenticates nothing (its stored expiry moved back before the server first sees it,
      // so that no cached lookup answers for it).
      await withConnection(location, (conn) =>
        conn.db.updateTable('api_tokens').set({ expires_at: isoAt(Date.now() - 1_000) }).where('token_hash', '=', sha256Hex(plainToken.token)).execute(),
      );
      const expired = await call(main.url, { token: plainToken.token }, 'GET', '/api/v1/auth/me');
      expect(expired.status).toBe(401);
      expect((await call(main.url, { token: weekToken.token }, 'GET', '/api/v1/auth/me')).status).toBe(200);
    });

    it('sessions end: the cookie lasts DEBRIEF_SESSION_MAX_HOURS, and a session idle longer than DEBRIEF_SESSION_IDLE_MINUTES is refused', async () => {
      // A child process's clock cannot be moved, so the sessions' stored times are moved back instead (the store's own
      // tests move its clock: src/store/accounts.test.ts).
      const sessions: WebSession[] = [];
      for (let i = 0; i < 3; i++) {
        const { answer, session } = await signIn(main.url, USERS.idle.email, PASSWORD, '198.51.100.42');
        expect(answer.status).toBe(200);
        sessions.push(session as WebSession);
      }
      const [idleTooLong, idleNotLong, pastItsEnd] = sessions as [WebSession, WebSession, WebSession];
      expect(idleTooLong.setCookie).toMatch(new RegExp(`Max-Age=${SESSION_MAX_HOURS * 3600}(;|$)`, 'i'));
      const me = (session: WebSession) => call(main.url, { session }, 'GET', '/api/v1/auth/me');
      for (const session of sessions) expect((await me(session)).status).toBe(200);

      const now = Date.now();
      const hashOf = (session: WebSession) => sha256Hex(decodeURIComponent(session.cookie.slice(session.cookie.indexOf('=') + 1)));
      await withConnection(location, async (conn) => {
        const lastSeen = (session: WebSession, ms: number) =>
          conn.db.updateTable('sessions').set({ last_seen_at: isoAt(ms) }).where('id_hash', '=', hashOf(session)).executeTakeFirst();
        expect(Number((await lastSeen(idleTooLong, now - (SESSION_IDLE_MINUTES + 1) * MINUTE)).numUpdatedRows)).toBe(1);
        expect(Number((await lastSeen(idleNotLong, now - (SESSION_IDLE_MINUTES - 1) * MINUTE)).numUpdatedRows)).toBe(1);
        await conn.db.updateTable('sessions').set({ expires_at: isoAt(now - 1_000) }).where('id_hash', '=', hashOf(pastItsEnd)).execute();
      });
      // Idle for six minutes ends a session under a five-minute setting (the default of 30 would keep it).
      expect((await me(idleTooLong)).status).toBe(401);
      expect((await me(idleNotLong)).status).toBe(200);
      expect((await me(pastItsEnd)).status).toBe(401);
    });
  });

  describe('6. weak passwords accepted', () => {
    it.each([
      ['12345678', '12345678'],
      ['eight spaces', ' '.repeat(8)],
    ])('an admin account with the password %s is refused: 422 naming password', async (_name, password) => {
      const made = await call(main.url, as('admin'), 'POST', '/api/v1/users', { json: { email: `weak-${password.trim() || 'spaces'}@example.com`, role: 'admin', password } });
      expect(made.status, made.text).toBe(422);
      expect(problemPaths(made)).toContain('password');
    });

    it('a new password is hashed with scrypt at N = 2^17', async () => {
      const made = await call(main.url, as('admin'), 'POST', '/api/v1/users', {
        json: { email: 'new-admin@example.com', role: 'admin', password: 'a long and unusual passphrase' },
      });
      expect(made.status, made.text).toBe(201);
      expect((await storedHash(location, 'new-admin@example.com'))?.startsWith(OWASP_HASH)).toBe(true);
    });

    it('a hash of a lower cost is replaced at the next successful sign-in', async () => {
      expect((await storedHash(location, USERS.legacy.email))?.startsWith(TEST_HASH)).toBe(true);
      expect((await signIn(main.url, USERS.legacy.email, PASSWORD, '198.51.100.43')).answer.status).toBe(200);
      expect((await storedHash(location, USERS.legacy.email))?.startsWith(OWASP_HASH)).toBe(true);
      // And the new hash is of the same password.
      expect((await signIn(main.url, USERS.legacy.email, PASSWORD, '198.51.100.43')).answer.status).toBe(200);
    });
  });

  describe('7. headers and content', () => {
    it('API answers (/auth/me, a restricted postmortem) carry nosniff and Cache-Control: no-store', async () => {
      const restricted = await call(main.url, as('creator'), 'POST', '/api/v1/postmortems', { json: { title: 'Header probe', restricted: true } });
      for (const answer of [await call(main.url, as('viewer'), 'GET', '/api/v1/auth/me'), await call(main.url, as('creator'), 'GET', `/api/v1/postmortems/${String(restricted.json().id)}`)]) {
        expect(answer.status).toBe(200);
        expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
        expect(answer.headers.get('cache-control')).toBe('no-store');
      }
    });

    it('/api/docs has a Content-Security-Policy and frame protection', async () => {
      const docs = await fetch(url('/api/docs'));
      expect(docs.status).toBe(200);
      const policy = docs.headers.get('content-security-policy') ?? '';
      expect(policy).toMatch(/default-src 'self'/);
      expect(policy).toMatch(/frame-ancestors 'none'/);
      expect(docs.headers.get('x-frame-options')).toBe('DENY');
    });

    it('with DEBRIEF_SECURE_COOKIES=1: HSTS on answers, and the session cookie is __Host-debrief_session, Secure, Path=/, no Domain', async () => {
      // Without the setting (the main server, plain HTTP): no HSTS, which a browser would ignore there anyway.
      expect((await fetch(url('/healthz'))).headers.get('strict-transport-security')).toBeNull();
      // The second instance has DEBRIEF_SECURE_COOKIES=1.
      const { answer, session } = await signIn(second.url, USERS.cookie.email, PASSWORD);
      expect(answer.status).toBe(200);
      const cookie = session?.setCookie ?? '';
      expect(cookie).toMatch(/^__Host-debrief_session=/);
      const attributes = cookie.split(';').slice(1).map((a) => a.trim().toLowerCase());
      expect(attributes).toContain('secure');
      expect(attributes).toContain('path=/');
      expect(attributes).toContain('httponly');
      expect(attributes.some((a) => a.startsWith('domain'))).toBe(false);
      for (const answered of [answer, await call(second.url, null, 'GET', '/healthz'), await call(second.url, null, 'GET', '/')]) {
        expect(answered.headers.get('strict-transport-security')).toMatch(/max-age=\d{7,}/);
      }
      // The browser sends it back under that name, and it signs in.
      expect((await call(second.url, { session: session as WebSession }, 'GET', '/api/v1/auth/me')).status).toBe(200);
    });

    it('the web page’s Content-Security-Policy allows images from the server only (img-src \'self\' data:)', async () => {
      const page = await fetch(url('/'));
      expect(page.status).toBe(200);
      expect(imgSrc(page.headers.get('content-security-policy'))).toBe("img-src 'self' data:");
    });
  });

  describe('8. crafted input gives 500', () => {
    it('a merge patch nested 200,000 levels deep is refused with a 4xx, and the server goes on', async () => {
      const created = await call(main.url, as('creator'), 'POST', '/api/v1/postmortems', { json: { title: 'Deep patch probe' } });
      const id = String(created.json().id);
      const deep = await call(main.url, as('creator'), 'PATCH', `/api/v1/postmortems/${id}`, {
        body: deepObject(200_000),
        headers: { 'content-type': 'application/merge-patch+json', 'if-match': created.headers.get('etag') ?? '' },
      });
      expect(deep.status, deep.text.slice(0, 300)).toBeGreaterThanOrEqual(400);
      expect(deep.status).toBeLessThan(500);
      expect((await call(main.url, null, 'GET', '/healthz')).status).toBe(200);
      expect((await call(main.url, as('creator'), 'GET', `/api/v1/postmortems/${id}`)).json()).toMatchObject({ version: 1 });
    });

    it('a list cursor ["-duration",1.5,"x"] with sort=-duration is 422 naming cursor', async () => {
      const answer = await call(main.url, as('viewer'), 'GET', `/api/v1/postmortems?sort=-duration&cursor=${cursorOf(['-duration', 1.5, 'x'])}`);
      expect(answer.status, answer.text).toBe(422);
      expect(problemPaths(answer)).toContain('cursor');
    });
  });

  describe('9. existence of a restricted id leaks', () => {
    it('creating with the id of a restricted postmortem one cannot see answers as for a visible one, and is recorded in the audit log', async () => {
      expect((await call(main.url, as('creator'), 'POST', '/api/v1/postmortems', { json: { id: 'SEC-2026-17', title: 'Hidden', restricted: true } })).status).toBe(201);
      expect((await call(main.url, as('creator'), 'POST', '/api/v1/postmortems', { json: { id: 'OPS-2026-17', title: 'Visible' } })).status).toBe(201);
      expect((await call(main.url, as('intruder'), 'GET', '/api/v1/postmortems/SEC-2026-17')).status).toBe(404);

      const hidden = await call(main.url, as('intruder'), 'POST', '/api/v1/postmortems', { json: { id: 'SEC-2026-17', title: 'Probe' } });
      const visible = await call(main.url, as('intruder'), 'POST', '/api/v1/postmortems', { json: { id: 'OPS-2026-17', title: 'Probe' } });
      expect(hidden.status).toBe(visible.status);
      expect(hidden.text.replaceAll('SEC-2026-17', 'ID')).toBe(visible.text.replaceAll('OPS-2026-17', 'ID'));
      expect(hidden.text).not.toContain('Hidden');

      const audit = await call(main.url, as('admin'), 'GET', '/api/v1/audit?action=postmortem.id_taken');
      expect(audit.status).toBe(200);
      const events = (audit.json() as { items: { target: string; actor: { email: string | null }; ip: string | null }[] }).items;
      expect(events.map((e) => [e.target, e.actor.email])).toContainEqual(['SEC-2026-17', USERS.intruder.email]);
      // A taken id one may see is no probe.
      expect(events.some((e) => e.target === 'OPS-2026-17')).toBe(false);
    });
  });

  describe('10. sign-in events are not logged with the account', () => {
    it('a success, a failure, a lockout, a role change, a token made and revoked are in the audit log (who, when, from where) and the server log', async () => {
      const started = Date.now() - 1_000;
      expect((await signIn(main.url, USERS.audited.email, PASSWORD, '203.0.113.10')).answer.status).toBe(200);
      expect((await signIn(main.url, USERS.audited.email, 'not my password', '203.0.113.11')).answer.status).toBe(401);
      for (let i = 0; i < SIGN_IN_LIMITS.account.max; i++) await signIn(main.url, USERS.locked.email, 'guessing away', '203.0.113.12');
      expect((await signIn(main.url, USERS.locked.email, 'guessing away', '203.0.113.12')).answer.status).toBe(429);
      expect((await call(main.url, as('admin'), 'PATCH', `/api/v1/users/${USERS.audited.email}`, { json: { role: 'viewer' } })).status).toBe(200);
      const made = await call(main.url, as('admin'), 'POST', '/api/v1/tokens', { json: { name: 'audit-probe', email: USERS.audited.email } });
      expect(made.status, made.text).toBe(201);
      expect((await call(main.url, as('admin'), 'DELETE', `/api/v1/tokens/${String(made.json().id)}`)).status).toBe(204);

      const expected = [
        { action: 'auth.login', target: USERS.audited.email, actor: USERS.audited.email, ip: '203.0.113.10', outcome: 'success' },
        { action: 'auth.login_failed', target: USERS.audited.email, actor: null, ip: '203.0.113.11', outcome: 'failure' },
        { action: 'auth.login_throttled', target: USERS.locked.email, actor: null, ip: '203.0.113.12', outcome: 'failure' },
        { action: 'user.role_changed', target: USERS.audited.email, actor: USERS.admin.email, ip: '127.0.0.1', outcome: 'success' },
        { action: 'token.created', target: USERS.audited.email, actor: USERS.admin.email, ip: '127.0.0.1', outcome: 'success' },
        { action: 'token.revoked', target: USERS.audited.email, actor: USERS.admin.email, ip: '127.0.0.1', outcome: 'success' },
      ];
      for (const want of expected) {
        const page = await call(main.url, as('admin'), 'GET', `/api/v1/audit?action=${want.action}&email=${want.target}`);
        expect(page.status, page.text).toBe(200);
        const items = (page.json() as { items: { at: string; target: string; ip: string | null; outcome: string; actor: { email: string | null } }[] }).items;
        const found = items.find((e) => e.target === want.target && e.ip === want.ip);
        expect(found, `${want.action} in ${page.text}`).toBeDefined();
        expect(found?.outcome).toBe(want.outcome);
        expect(found?.actor.email).toBe(want.actor);
        expect(Date.parse(found?.at ?? '')).toBeGreaterThanOrEqual(started);
      }

      // The same events in the server log, one JSON line each with an `audit` field.
      const logged = () => auditLogLines(main.stdout()).map((line) => line.audit);
      const inLog = (want: (typeof expected)[number]) => logged().some((a) => a.action === want.action && a.target === want.target && a.ip === want.ip);
      expect(await eventually(async () => expected.every(inLog), 3_000)).toBe(true);
      const line = logged().find((a) => a.action === 'auth.login' && a.target === USERS.audited.email);
      expect(line).toMatchObject({ ip: '203.0.113.10', actor: { email: USERS.audited.email }, at: expect.any(String) });
    }, 30_000);
  });

  describe('11. DELETE with a JSON content type and no body', () => {
    it('is not refused as bad JSON: 204 for an admin deleting a postmortem', async () => {
      const created = await call(main.url, as('creator'), 'POST', '/api/v1/postmortems', { json: { title: 'To be deleted' } });
      const id = String(created.json().id);
      const deleted = await call(main.url, as('admin'), 'DELETE', `/api/v1/postmortems/${id}`, { headers: { 'content-type': 'application/json' } });
      expect(deleted.status, deleted.text).toBe(204);
      expect((await call(main.url, as('admin'), 'GET', `/api/v1/postmortems/${id}`)).status).toBe(404);
    });
  });

  // Last, so that the slow clients started with the server have mostly had their time while the others ran.
  describe('3. one client can stall the server (slow clients)', () => {
    it('(c) a body sent one byte every 5 s is cut off with 408 by the request timeout, and trickled headers by the header timeout', async () => {
      const body = await slowBody;
      expect(body.closedAfterMs, 'the slow body was still open').not.toBeNull();
      expect(body.closedAfterMs).toBeLessThan(CONNECTION_DEFAULTS.requestTimeoutMs + 5_000);
      expect(body.received).toMatch(/^HTTP\/1\.1 408/);
      const headers = await slowHeaders;
      expect(headers.closedAfterMs, 'the slow headers were still open').not.toBeNull();
      expect(headers.closedAfterMs).toBeLessThan(CONNECTION_DEFAULTS.headersTimeoutMs + 5_000);
      expect(headers.received).toMatch(/^HTTP\/1\.1 408/);
    }, CONNECTION_DEFAULTS.requestTimeoutMs + 30_000);
  });
});

describe('2. brute force of sign-in: the trusted-proxy setting', () => {
  it('DEBRIEF_TRUST_PROXY=true or all is refused at start, naming the variable', async () => {
    // Read before the store is opened, so one engine stands for both.
    const dir = mkdtempSync(join(tmpdir(), 'debrief-security-'));
    try {
      const outcomes = await Promise.all(['true', 'all'].map((value) => startOutcome(['--data-dir', dir], { DEBRIEF_TRUST_PROXY: value })));
      for (const outcome of outcomes) {
        expect(outcome.listened, 'it started').toBe(false);
        expect(outcome.code).not.toBe(0);
        expect(outcome.stderr).toMatch(/DEBRIEF_TRUST_PROXY/);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('7. headers and content: the HTML export', () => {
  it('`debrief show --format html` of a document with an http: image does not load it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'debrief-security-'));
    try {
      const file = join(dir, 'pm.md');
      writeFileSync(file, '# Tracked reader\n\n## Summary\n\nA pixel: ![p](http://tracker.example/p.png) and [a link](http://example.com/).\n');
      const run = await runCli(['show', file, '--format', 'html']);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).not.toMatch(/<img[^>]*tracker\.example/);
      expect(imgSrc(/http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(run.stdout)?.[1] ?? null)).not.toMatch(/http:/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
