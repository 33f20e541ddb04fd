import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { corpusPostmortem } from '../../../test/corpus.js';
import { serverPerFile } from '../../../test/server-harness.js';
import { forEachEngine } from '../../../test/store-engines.js';
import { showWithImpact } from '../../knowledge/impact/shown-with-impact.js';
import { parseDocument } from '../../markdown/parse.js';
import { postmortemViewSchema } from '../views/postmortem.js';

const SHAKESPEARE = readFileSync(corpusPostmortem('google-sre-book__example-postmortem-shakespeare-465.md'), 'utf8');

/** A word no other test uses, for tags and search. */
function unique(prefix: string): string {
  return `${prefix}${randomBytes(4).toString('hex')}`;
}

/** The fields a GET answer adds to `debrief show --format json`. */
function withoutStoreFields(view: Record<string, unknown>): Record<string, unknown> {
  const { version: _v, members: _m, createdAt: _c, updatedAt: _u, diagnostics: _d, ...shown } = view;
  return shown;
}

forEachEngine((engine) => {
  const server = serverPerFile(engine);
  const create = async (json: unknown) => {
    const response = await server().call('editor', 'POST', '/api/v1/postmortems', { json });
    expect(response.statusCode, response.body).toBe(201);
    return response.json();
  };

  describe('create', () => {
    it('from partial JSON: 201, Location, ETag "1", every field of `show --format json` plus id, version, restricted, members', async () => {
      const response = await server().call('editor', 'POST', '/api/v1/postmortems', {
        json: {
          title: 'Checkout 502s',
          severity: 'SEV2',
          times: { startedAt: '2024-03-01T14:05:00Z', resolvedAt: '2024-03-01T15:20:00Z' },
          actionItems: [{ title: 'Fail the deploy when the pool size is unset', owner: 'Dana Ortiz', due: '2024-03-15', priority: 'P1' }],
        },
      });
      expect(response.statusCode).toBe(201);
      const view = response.json();
      expect(response.headers.location).toBe(`/api/v1/postmortems/${view.id}`);
      expect(response.headers.etag).toBe('"1"');
      expect(postmortemViewSchema.safeParse(view).success).toBe(true);
      expect(view).toMatchObject({ version: 1, restricted: false, members: ['editor@example.com'], status: 'draft', kind: 'full' });
      expect(view.derived).toMatchObject({ durationMinutes: 75, timeToResolveMinutes: 75 });
      expect(view.actionItems[0]).toMatchObject({ status: 'open', ticket: null, verification: null });
    });

    it('from Markdown in a foreign shape: the importer\u2019s reading, as `show --format json` gives it, plus its diagnostics', async () => {
      const response = await server().call('editor', 'POST', '/api/v1/postmortems', { payload: SHAKESPEARE, headers: { 'content-type': 'text/markdown; charset=utf-8' } });
      expect(response.statusCode).toBe(201);
      const view = response.json();
      // The document says it is complete (status final); a postmortem created here starts as a draft all the same.
      expect(parseDocument(SHAKESPEARE).postmortem.status).toBe('final');
      const expected = showWithImpact({ ...parseDocument(SHAKESPEARE).postmortem, id: view.id, status: 'draft' }, []);
      expect(withoutStoreFields(view)).toEqual(expected);
      expect(view.title).toMatch(/Shakespeare/);
      expect(view.actionItems).toHaveLength(9);
      // The importer's own diagnostics, then the server's word on the status it did not keep.
      expect(view.diagnostics).toEqual([
        ...parseDocument(SHAKESPEARE).diagnostics.map((d) => ({ ruleId: d.ruleId, message: d.message, ...d.span, ...(d.suggestion ? { suggestion: d.suggestion } : {}), ...(d.outcome ? { outcome: d.outcome } : {}) })),
        expect.objectContaining({ ruleId: 'meta/status', message: expect.stringContaining('it was imported as a draft') }),
      ]);
    });

    it('from Markdown: says which times it converted to UTC and which it read on an assumption, apart from what it could not read', async () => {
      const markdown = ['# Queue stall', '', '## Timeline', '', '| Time | Event |', '| --- | --- |', '| 2024-03-01 09:05 PST | deploy started |', '| 2024-03-01 09:40 | alert fired |', '| soon after | rolled back |'].join('\n');
      const response = await server().call('editor', 'POST', '/api/v1/postmortems', { payload: markdown, headers: { 'content-type': 'text/markdown' } });
      expect(response.statusCode).toBe(201);
      const outcomes = (response.json().diagnostics as { ruleId: string; line: number; outcome?: string }[]).map((d) => [d.line, d.ruleId, d.outcome ?? 'unread']);
      expect(outcomes).toEqual([
        [7, 'timeline/utc', 'converted'],
        [8, 'timeline/utc', 'check'],
        [9, 'timeline/unparsed-time', 'unread'],
      ]);
    });

    it.each([
      ['SEV1', 'full'],
      ['SEV3', 'lightweight'],
    ] as const)('from facts only (%s): a %s postmortem whose sections are empty (the template\'s prompts are hints, never content)', async (severity, kind) => {
      const view = await create({ title: 'Facts only', severity, times: { startedAt: '2024-03-01T14:05:00Z' } });
      expect(view.kind).toBe(kind);
      expect(view).toMatchObject({ summary: '', whatHappened: '', impact: { text: '' }, rootCause: '', whys: [], contributingFactors: [], wentWell: [], wentPoorly: [], surprises: [], lessons: [], actionItems: [] });
      // The timeline starts empty: the key times are facts of the document already.
      expect(view.timeline).toEqual([]);
      // Nothing of the template is left for the rule that keeps prompts out of final postmortems.
      const lint = await server().call('editor', 'GET', `/api/v1/postmortems/${view.id}/lint`);
      expect(lint.json().messages.map((m: { ruleId: string }) => m.ruleId)).not.toContain('structure/template-prompt');
    });

    it('a prompt sent as content is kept as written, and the lint names it', async () => {
      const view = await create({ title: 'Copied prompt', severity: 'SEV2', summary: 'In two or three sentences: what broke, who was affected and for how long, and how it was resolved.' });
      expect(view.summary).toMatch(/^In two or three sentences/);
      const lint = await server().call('editor', 'GET', `/api/v1/postmortems/${view.id}/lint`);
      const found = lint.json().messages.filter((m: { ruleId: string }) => m.ruleId === 'structure/template-prompt');
      expect(found).toHaveLength(1);
      expect(found[0].severity).toBe(2);
    });

    it('members of a restricted postmortem are kept, its creator among them', async () => {
      const view = await create({ title: 'Credential leak', restricted: true, members: ['member@example.com'] });
      expect(view.restricted).toBe(true);
      expect([...view.members].sort()).toEqual(['editor@example.com', 'member@example.com']);
    });
  });

  describe('read', () => {
    it('answers the JSON with the version as ETag, the same as the create answer', async () => {
      const created = await create({ title: 'Read me', severity: 'SEV3' });
      const response = await server().call('viewer', 'GET', `/api/v1/postmortems/${created.id}`);
      expect(response.statusCode).toBe(200);
      expect(response.headers.etag).toBe('"1"');
      expect(response.headers['content-type']).toMatch(/^application\/json/);
      expect(response.json()).toEqual(created);
    });

    it('answers our Markdown with Accept: text/markdown, which reads back to the same document', async () => {
      const created = (await server().call('editor', 'POST', '/api/v1/postmortems', { payload: SHAKESPEARE, headers: { 'content-type': 'text/markdown' } })).json();
      const response = await server().call('viewer', 'GET', `/api/v1/postmortems/${created.id}`, { headers: { accept: 'text/markdown' } });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('text/markdown; charset=utf-8');
      expect(response.headers.etag).toBe('"1"');
      expect(response.headers.vary).toMatch(/Accept/);
      const reread = parseDocument(response.body).postmortem;
      expect(showWithImpact(reread, [])).toEqual(withoutStoreFields(created));
      // One blank line between the front matter and the title, and nowhere two.
      expect(response.body).toMatch(/\n---\n\n# [^\n]+\n\n## /);
      expect(response.body).not.toContain('\n\n\n');
    });

    it('answers 404 for an unknown id', async () => {
      const response = await server().call('viewer', 'GET', '/api/v1/postmortems/pm-doesnotexist');
      expect(response.statusCode).toBe(404);
      expect(response.json().error.code).toBe('not_found');
    });
  });

  describe('list', () => {
    it('filters by status, severity (aliases too), service, tag, author and start time', async () => {
      const tag = unique('filter');
      const a = await create({ title: 'A', severity: 'SEV1', services: ['payments'], tags: [tag], author: 'Ana', times: { startedAt: '2024-01-10T00:00:00Z' } });
      const b = await create({ title: 'B', severity: 'SEV3', services: ['search'], tags: [tag], author: 'Ben', times: { startedAt: '2024-02-10T00:00:00Z' } });
      expect((await server().call('editor', 'POST', `/api/v1/postmortems/${b.id}/transitions`, { json: { to: 'in_review' } })).statusCode).toBe(200);
      const c = await create({ title: 'C', severity: 'SEV3', services: ['payments'], tags: [tag], author: 'Ana', times: { startedAt: '2024-03-10T00:00:00Z' } });
      const ids = async (query: string) => {
        const response = await server().call('viewer', 'GET', `/api/v1/postmortems?tag=${tag}&${query}`);
        expect(response.statusCode, response.body).toBe(200);
        return response.json().items.map((row: { id: string }) => row.id).sort();
      };
      expect(await ids('')).toEqual([a.id, b.id, c.id].sort());
      expect(await ids('status=in_review')).toEqual([b.id]);
      expect(await ids('severity=P1')).toEqual([a.id]);
      expect(await ids('severity=Minor')).toEqual([b.id, c.id].sort());
      expect(await ids('service=payments')).toEqual([a.id, c.id].sort());
      expect(await ids('author=Ana')).toEqual([a.id, c.id].sort());
      expect(await ids('from=2024-02-01')).toEqual([b.id, c.id].sort());
      expect(await ids('from=2024-02-01&to=2024-03-01T00:00:00Z')).toEqual([b.id]);
    });

    it('rows carry key times, derived durations and the count of open action items', async () => {
      const tag = unique('row');
      await create({
        title: 'Rows',
        tags: [tag],
        times: { startedAt: '2024-03-01T14:00:00Z', detectedAt: '2024-03-01T14:10:00Z', resolvedAt: '2024-03-01T16:00:00Z' },
        actionItems: [{ title: 'One' }, { title: 'Two', status: 'in_progress' }, { title: 'Three', status: 'done' }, { title: 'Four', status: 'wont_do' }],
      });
      const [row] = (await server().call('viewer', 'GET', `/api/v1/postmortems?tag=${tag}`)).json().items;
      expect(row).toMatchObject({
        title: 'Rows',
        version: 1,
        actionItems: 4,
        openActionItems: 2,
        derived: { durationMinutes: 120, timeToDetectMinutes: 10, timeToResolveMinutes: 120 },
        times: { startedAt: '2024-03-01T14:00:00Z' },
      });
      expect(row).not.toHaveProperty('timeline');
    });

    it('pages with limit and cursor: every postmortem once, then nextCursor null', async () => {
      const tag = unique('page');
      const created = [];
      for (let i = 0; i < 7; i++) created.push((await create({ title: `Page ${i}`, tags: [tag] })).id);
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const url: string = `/api/v1/postmortems?tag=${tag}&limit=3${cursor === null ? '' : `&cursor=${encodeURIComponent(cursor)}`}`;
        const page = (await server().call('viewer', 'GET', url)).json();
        expect(page.items.length).toBeLessThanOrEqual(3);
        seen.push(...page.items.map((row: { id: string }) => row.id));
        cursor = page.nextCursor;
        pages++;
      } while (cursor !== null && pages < 10);
      expect(pages).toBe(3);
      expect(seen.sort()).toEqual(created.sort());
    });

    it('searches title and prose with q=, best match first', async () => {
      const word = unique('zanzibar');
      const inTitle = await create({ title: `The ${word} outage`, summary: `It was all about ${word}.` });
      const inProse = await create({ title: 'Another outage', rootCause: `A ${word} component failed.` });
      await create({ title: 'Unrelated outage' });
      const response = await server().call('viewer', 'GET', `/api/v1/postmortems?q=${word}`);
      expect(response.json().items.map((row: { id: string }) => row.id)).toEqual([inTitle.id, inProse.id]);
    });

    it('sorts with sort= (a key, "-" for descending), page after page, and refuses a cursor of another order', async () => {
      const tag = unique('sort');
      const slow = await create({ title: 'b slow', tags: [tag], times: { startedAt: '2024-03-01T10:00:00Z', resolvedAt: '2024-03-01T13:00:00Z' } });
      const quick = await create({ title: 'A quick', tags: [tag], times: { startedAt: '2024-03-02T10:00:00Z', resolvedAt: '2024-03-02T10:05:00Z' } });
      const unknown = await create({ title: 'c unknown', tags: [tag] });
      const pages = async (sort: string) => {
        const ids: string[] = [];
        let cursor: string | null = null;
        do {
          const url: string = `/api/v1/postmortems?tag=${tag}&sort=${encodeURIComponent(sort)}&limit=1${cursor === null ? '' : `&cursor=${encodeURIComponent(cursor)}`}`;
          const response = await server().call('viewer', 'GET', url);
          expect(response.statusCode, response.body).toBe(200);
          ids.push(...response.json().items.map((row: { id: string }) => row.id));
          cursor = response.json().nextCursor;
        } while (cursor !== null);
        return ids;
      };
      expect(await pages('-duration')).toEqual([slow.id, quick.id, unknown.id]);
      expect(await pages('duration')).toEqual([quick.id, slow.id, unknown.id]);
      expect(await pages('title')).toEqual([quick.id, slow.id, unknown.id]);
      expect(await pages('started')).toEqual([slow.id, quick.id, unknown.id]);
      expect(await pages('-started')).toEqual([quick.id, slow.id, unknown.id]);

      const first = (await server().call('viewer', 'GET', `/api/v1/postmortems?tag=${tag}&sort=title&limit=1`)).json();
      const mixed = await server().call('viewer', 'GET', `/api/v1/postmortems?tag=${tag}&sort=-updated&limit=1&cursor=${encodeURIComponent(first.nextCursor)}`);
      expect(mixed.statusCode).toBe(422);
      expect(mixed.json().error).toMatchObject({ code: 'invalid_input', message: expect.stringContaining('made for the order "title", not "-updated"'), details: [expect.objectContaining({ path: 'cursor' })] });
    });

    it('refuses a limit above 200, an unknown severity, a bad date and unknown filters, naming the field', async () => {
      for (const [query, path] of [
        ['limit=201', 'limit'],
        ['limit=0', 'limit'],
        ['severity=SEV9', 'severity'],
        ['from=yesterday', 'from'],
        ['colour=red', 'colour'],
        ['sort=colour', 'sort'],
        ['sort=relevance', 'sort'],
      ]) {
        const response = await server().call('viewer', 'GET', `/api/v1/postmortems?${query}`);
        expect(response.statusCode, query).toBe(422);
        expect(response.json().error).toMatchObject({ code: 'invalid_input', details: [expect.objectContaining({ path })] });
      }
    });
  });

  describe('update', () => {
    it('PUT and PATCH without If-Match: 428, nothing written', async () => {
      const created = await create({ title: 'Needs If-Match' });
      const url = `/api/v1/postmortems/${created.id}`;
      const put = await server().call('editor', 'PUT', url, { json: { title: 'Changed' } });
      const patch = await server().call('editor', 'PATCH', url, { json: { title: 'Changed' } });
      for (const response of [put, patch]) {
        expect(response.statusCode).toBe(428);
        expect(response.json().error.code).toBe('precondition_required');
      }
      expect((await server().call('viewer', 'GET', url)).json().title).toBe('Needs If-Match');
    });

    it('with a stale If-Match: 412 with the current version, nothing written', async () => {
      const created = await create({ title: 'Stale' });
      const url = `/api/v1/postmortems/${created.id}`;
      expect((await server().call('editor', 'PATCH', url, { json: { title: 'Second' }, headers: { 'if-match': '"1"' } })).statusCode).toBe(200);
      for (const method of ['PUT', 'PATCH'] as const) {
        const response = await server().call('editor', method, url, { json: { title: 'Lost' }, headers: { 'if-match': '"1"' } });
        expect(response.statusCode).toBe(412);
        expect(response.json().error).toMatchObject({ code: 'version_mismatch', details: { currentVersion: 2 } });
      }
      expect((await server().call('viewer', 'GET', url)).json()).toMatchObject({ title: 'Second', version: 2 });
    });

    it('refuses an If-Match that is not a version', async () => {
      const created = await create({ title: 'Odd If-Match' });
      const response = await server().call('editor', 'PATCH', `/api/v1/postmortems/${created.id}`, { json: { title: 'x' }, headers: { 'if-match': '*' } });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.code).toBe('invalid_if_match');
    });

    it('PATCH applies a JSON merge patch: named fields change, null resets, the rest stays; ETag follows', async () => {
      const created = await create({ title: 'Patch me', severity: 'SEV2', summary: 'Before.', tags: ['a'], impact: { errorRate: '5%', usersAffected: '10%' } });
      const response = await server().call('editor', 'PATCH', `/api/v1/postmortems/${created.id}`, {
        payload: JSON.stringify({ summary: 'After.', severity: null, impact: { errorRate: '7%' } }),
        headers: { 'content-type': 'application/merge-patch+json', 'if-match': '"1"' },
      });
      expect(response.statusCode, response.body).toBe(200);
      expect(response.headers.etag).toBe('"2"');
      expect(response.json()).toMatchObject({ title: 'Patch me', summary: 'After.', severity: null, tags: ['a'], version: 2, impact: { errorRate: '7%', usersAffected: '10%' } });
    });

    it('PATCH checks the patched document: wrong types and unknown fields are 422 with paths, nothing written', async () => {
      const created = await create({ title: 'Checked', actionItems: [{ title: 'One' }] });
      const response = await server().call('editor', 'PATCH', `/api/v1/postmortems/${created.id}`, {
        json: { severity: 'SEV9', actionItems: [{ title: 'One', owner: 42 }], colour: 'red' },
        headers: { 'if-match': '"1"' },
      });
      expect(response.statusCode).toBe(422);
      const paths = response.json().error.details.map((d: { path: string }) => d.path);
      expect(paths).toEqual(expect.arrayContaining(['severity', 'actionItems.0.owner', 'colour']));
      expect((await server().call('viewer', 'GET', `/api/v1/postmortems/${created.id}`)).json().version).toBe(1);
    });

    it('PUT replaces the whole document (left-out fields reset) and takes back what GET answered', async () => {
      const created = await create({ title: 'Replace me', summary: 'Old summary.', tags: ['x'] });
      const url = `/api/v1/postmortems/${created.id}`;
      const replaced = await server().call('editor', 'PUT', url, { json: { title: 'Replaced' }, headers: { 'if-match': '"1"' } });
      expect(replaced.statusCode).toBe(200);
      expect(replaced.json()).toMatchObject({ title: 'Replaced', summary: '', tags: [], version: 2 });
      const roundTrip = await server().call('editor', 'PUT', url, { json: { ...replaced.json<Record<string, unknown>>(), summary: 'Back.' }, headers: { 'if-match': '"2"' } });
      expect(roundTrip.statusCode, roundTrip.body).toBe(200);
      expect(roundTrip.json()).toMatchObject({ title: 'Replaced', summary: 'Back.', version: 3 });
    });

    it('refuses to change the id', async () => {
      const created = await create({ title: 'Fixed id' });
      const response = await server().call('editor', 'PATCH', `/api/v1/postmortems/${created.id}`, { json: { id: 'another-id' }, headers: { 'if-match': '"1"' } });
      expect(response.statusCode).toBe(422);
      expect(response.json().error.details).toEqual([{ path: 'id', message: expect.any(String) }]);
    });

    it('PUT or PATCH of an unknown id is 404', async () => {
      for (const method of ['PUT', 'PATCH'] as const) {
        const response = await server().call('editor', method, '/api/v1/postmortems/pm-nope', { json: { title: 'x' }, headers: { 'if-match': '"1"' } });
        expect(response.statusCode).toBe(404);
      }
    });
  });
});
