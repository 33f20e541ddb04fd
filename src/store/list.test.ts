import { beforeAll, describe, expect, it } from 'vitest';
import { forEachEngine } from '../../test/store-engines.js';
import { actors, samplePostmortem } from '../../test/store-fixtures.js';
import { emptyPostmortem, newActionItem } from '../core/postmortem.js';
import { InputError } from '../core/errors.js';
import type { Page, PostmortemFilter, PostmortemSort, PostmortemSummary, Store } from './store.types.js';

const times = (startedAt: string | null) => ({ ...emptyPostmortem().times, startedAt });

/** Every page of a list, following the cursors. */
async function allPages(store: Store, filter: PostmortemFilter, limit: number): Promise<string[][]> {
  const pages: string[][] = [];
  let cursor: string | undefined;
  do {
    const page: Page<PostmortemSummary> = await store.listPostmortems(actors.editor, filter, cursor === undefined ? { limit } : { limit, cursor });
    pages.push(page.items.map((p) => p.id));
    cursor = page.nextCursor ?? undefined;
  } while (cursor !== undefined);
  return pages;
}

forEachEngine((engine) => {
  let store: Store;

  beforeAll(async () => {
    store = await engine.openStore();
    const docs = [
      samplePostmortem({ id: 'a', title: 'Database failover took 40 minutes', summary: 'Replica lag.', status: 'final', severity: 'SEV1', author: 'Dana Ortiz', services: ['Postgres'], tags: ['database'], times: times('2024-03-01T10:00:00Z') }),
      samplePostmortem({ id: 'b', title: 'Checkout errors', summary: 'The database connection pool was exhausted.', severity: 'SEV2', author: 'lee park', services: ['checkout-api'], tags: ['deploy'], times: times('2024-03-02T10:00:00.5Z') }),
      samplePostmortem({
        id: 'c',
        title: 'Login slow',
        summary: 'Cache misses.',
        severity: 'SEV3',
        services: ['auth', 'auth-gateway'],
        tags: [],
        times: times('2024-03-02T10:00:00Z'),
        commander: 'Ngozi Adeyemi',
        timeline: [{ at: '2024-03-02T10:00:00Z', written: '10:00', approximate: false, text: 'Cache flushed', actor: 'mkovac', kind: null, source: null }],
        actionItems: [{ ...newActionItem('Warm the cache before a flush'), id: 'AI-9', owner: 'Mirela Kovač', ticket: 'AUTH-311' }],
      }),
      samplePostmortem({ id: 'd', title: 'Unknown start', summary: 'No timeline yet.', severity: null, tags: [], times: times(null), timeline: [] }),
      samplePostmortem({ id: 'e', title: 'Same start as c', summary: 'Tie breaker.', severity: 'SEV4', tags: [], times: times('2024-03-02T10:00:00.000Z') }),
    ];
    for (const doc of docs) await store.createPostmortem(actors.editor, doc);
  });

  it('orders by started_at descending (fractions compared as times), ties by id, unknown start last', async () => {
    expect(await allPages(store, {}, 50)).toEqual([['b', 'c', 'e', 'a', 'd']]);
  });

  it('sorts and filters by the start a row shows: the key time, else the earliest timeline event', async () => {
    const own = await engine.openStore();
    const event = samplePostmortem().timeline[0]!;
    await own.createPostmortem(actors.editor, samplePostmortem({ id: 'keyed', times: times('2024-03-01T12:00:00Z') }));
    await own.createPostmortem(actors.editor, samplePostmortem({ id: 'from-timeline', times: times(null), timeline: [{ ...event, at: '2024-03-01T14:05:00Z' }] }));
    const rows = (await own.listPostmortems(actors.editor, {}, { limit: 10 })).items;
    expect(rows.map((row) => [row.id, row.times.startedAt])).toEqual([
      ['from-timeline', '2024-03-01T14:05:00Z'],
      ['keyed', '2024-03-01T12:00:00Z'],
    ]);
    expect((await own.listPostmortems(actors.editor, { from: '2024-03-01T13:00:00Z' }, { limit: 10 })).items.map((row) => row.id)).toEqual(['from-timeline']);
    expect((await own.listPostmortems(actors.editor, { sort: 'started' }, { limit: 10 })).items.map((row) => row.id)).toEqual(['keyed', 'from-timeline']);
  });

  it('pages with stable cursors that cover every item once', async () => {
    expect(await allPages(store, {}, 2)).toEqual([['b', 'c'], ['e', 'a'], ['d']]);
    expect((await allPages(store, {}, 1)).flat()).toEqual(['b', 'c', 'e', 'a', 'd']);
  });

  it.each<[string, PostmortemFilter, string[]]>([
    ['status', { status: 'final' }, ['a']],
    ['severity', { severity: 'SEV2' }, ['b']],
    ['service (any case)', { service: 'POSTGRES' }, ['a']],
    ['service by its start', { service: 'Auth-' }, ['c']],
    ['service by its start, "_" and "%" literal', { service: 'auth_' }, []],
    ['tag', { tag: 'deploy' }, ['b']],
    ['author (any case)', { author: 'Lee Park' }, ['b']],
    ['from', { from: '2024-03-02T10:00:00Z' }, ['b', 'c', 'e']],
    ['to', { to: '2024-03-02T10:00:00.1Z' }, ['c', 'e', 'a']],
    ['from and to', { from: '2024-03-01T00:00:00Z', to: '2024-03-02T00:00:00Z' }, ['a']],
    ['several at once', { severity: 'SEV2', tag: 'database' }, []],
  ])('filters by %s', async (_name, filter, expected) => {
    expect((await allPages(store, filter, 50)).flat()).toEqual(expected);
  });

  describe('full-text search', () => {
    it('finds words in the title and the prose, best match (title) first, stemmed', async () => {
      expect((await allPages(store, { q: 'database' }, 50)).flat()).toEqual(['a', 'b']);
      expect((await allPages(store, { q: 'DATABASES' }, 50)).flat()).toEqual(['a', 'b']);
      expect((await allPages(store, { q: 'pool exhausted' }, 50)).flat()).toEqual(['b']);
    });

    it('combines with filters and pages by rank', async () => {
      expect((await allPages(store, { q: 'database', severity: 'SEV2' }, 50)).flat()).toEqual(['b']);
      expect(await allPages(store, { q: 'database' }, 1)).toEqual([['a'], ['b']]);
    });

    it('finds a ticket key, an action item\u2019s id and owner, a timeline actor and the commander', async () => {
      for (const q of ['AUTH-311', 'AI-9', 'Kovač', 'mkovac', 'Adeyemi']) expect((await allPages(store, { q }, 50)).flat(), q).toEqual(['c']);
    });

    it('finds nothing for a query without words or with an unknown word', async () => {
      expect((await allPages(store, { q: '!!! ---' }, 50)).flat()).toEqual([]);
      expect((await allPages(store, { q: 'database zebra' }, 50)).flat()).toEqual([]);
    });
  });

  it.each([
    [{ limit: 0 }, /^limit: /],
    [{ limit: 201 }, /^limit: /],
    [{ limit: 10, cursor: 'not-a-cursor' }, /^cursor: /],
    [{ limit: 10, cursor: Buffer.from('["started",1,2]').toString('base64url') }, /^cursor: /],
  ])('refuses the page %j with InputError', async (page, message) => {
    const attempt = store.listPostmortems(actors.editor, {}, page);
    await expect(attempt).rejects.toBeInstanceOf(InputError);
    await expect(attempt).rejects.toThrow(message);
  });

  it.each([
    ['-duration', '["-duration","abc","pm-x"]'],
    ['open_actions', '["open_actions","3","pm-x"]'],
    ['-started', '["-started",5,"pm-x"]'],
  ] as const)('refuses a %s cursor whose key is not of the type that order sorts by (InputError, not a database error)', async (sort, json) => {
    const attempt = store.listPostmortems(actors.editor, { sort }, { limit: 10, cursor: Buffer.from(json).toString('base64url') });
    await expect(attempt).rejects.toBeInstanceOf(InputError);
    await expect(attempt).rejects.toThrow(/^cursor: not a cursor of this list/);
  });

  it.each<[PostmortemFilter, string]>([
    [{ sort: '-duration' }, '["-duration",1.5,"pm-x"]'],
    [{ sort: 'duration' }, '["duration",1e20,"pm-x"]'],
    [{ sort: '-open_actions' }, '["-open_actions",2147483648,"pm-x"]'],
    [{ sort: 'open_actions' }, '["open_actions",-2147483649,"pm-x"]'],
    [{ sort: 'title' }, '["title",7,"pm-x"]'],
    [{ sort: '-updated' }, `["-updated",${JSON.stringify('9'.repeat(1001))},"pm-x"]`],
    [{ sort: '-started' }, `["-started","2024-03-01T10:00:00.000000000Z",${JSON.stringify('a'.repeat(257))}]`],
    [{ sort: 'severity' }, '["severity","SEV1",5]'],
    // A relevance cursor names the last row only: a score in it is refused.
    [{ q: 'database' }, '["relevance",0.855,"a"]'],
    [{ q: 'database' }, `["relevance",${JSON.stringify('a'.repeat(257))}]`],
  ])('refuses a cursor of %j whose key or id its column cannot hold (InputError naming cursor): %s', async (filter, json) => {
    const attempt = store.listPostmortems(actors.editor, filter, { limit: 10, cursor: Buffer.from(json).toString('base64url') });
    await expect(attempt).rejects.toBeInstanceOf(InputError);
    await expect(attempt).rejects.toThrow(/^cursor: not a cursor of this list/);
    await expect(attempt).rejects.toMatchObject({ details: [{ path: 'cursor' }] });
  });

  it('goes on after cursors at the ends of the integer range and of a long title', async () => {
    const at = async (filter: PostmortemFilter, json: string) =>
      (await store.listPostmortems(actors.editor, filter, { limit: 10, cursor: Buffer.from(json).toString('base64url') })).items.map((p) => p.id);
    // No duration is known here: every row sorts by the stand-in for unknown (-1 longest first, the largest integer shortest first).
    expect(await at({ sort: '-duration' }, '["-duration",2147483647,"a"]')).toEqual(['e', 'd', 'c', 'b', 'a']);
    expect(await at({ sort: 'duration' }, '["duration",-2147483648,"a"]')).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(await at({ sort: 'title' }, `["title",${JSON.stringify('z'.repeat(1000))},"a"]`)).toEqual([]);
  });

  it('refuses a cursor of a search in a plain list, and a bad date filter', async () => {
    const searchPage = await store.listPostmortems(actors.editor, { q: 'database' }, { limit: 1 });
    await expect(store.listPostmortems(actors.editor, {}, { limit: 1, cursor: searchPage.nextCursor ?? '' })).rejects.toThrow(/^cursor: /);
    await expect(store.listPostmortems(actors.editor, { from: 'yesterday' }, { limit: 1 })).rejects.toThrow(/^from: /);
  });
});

forEachEngine((engine) => {
  it('search takes the best hits from the index first, and looks deeper when filters leave too few', async () => {
    const store = await engine.openStore();
    // 120 strong matches (the word in the title) that the filter drops, then 7 weak ones (prose only) that it keeps.
    for (let n = 0; n < 120; n++) {
      await store.createPostmortem(actors.editor, samplePostmortem({ id: `s${String(n).padStart(3, '0')}`, title: `Needle ${n}`, summary: 'needle', severity: 'SEV1', tags: [] }));
    }
    for (let n = 0; n < 7; n++) {
      await store.createPostmortem(actors.editor, samplePostmortem({ id: `w${n}`, title: `Other ${n}`, summary: 'A needle in the prose.', severity: 'SEV3', tags: [] }));
    }
    const weak = (await allPages(store, { q: 'needle', severity: 'SEV3' }, 3)).flat();
    expect(weak.sort()).toEqual(['w0', 'w1', 'w2', 'w3', 'w4', 'w5', 'w6']);
    const all = (await allPages(store, { q: 'needle' }, 50)).flat();
    expect(all).toHaveLength(127);
    expect(new Set(all).size).toBe(127);
    expect(all.slice(-7).sort()).toEqual(weak);
  }, 60_000);
});

forEachEngine((engine) => {
  let store: Store;
  const open = (n: number) => Array.from({ length: n }, (_, i) => ({ ...newActionItem(`Open ${i}`) }));
  const done = { ...newActionItem('Closed'), status: 'done' as const };
  const timed = (startedAt: string | null, minutes: number | null) => ({
    ...emptyPostmortem().times,
    startedAt,
    resolvedAt: startedAt === null || minutes === null ? null : new Date(Date.parse(startedAt) + minutes * 60_000).toISOString().replace('.000Z', 'Z'),
  });

  beforeAll(async () => {
    store = await engine.openStore();
    const docs = [
      samplePostmortem({ id: 'p1', title: 'beta', severity: 'SEV2', summary: 'needle', timeline: [], times: timed('2024-03-01T10:00:00Z', 30), actionItems: open(2) }),
      samplePostmortem({ id: 'p2', title: 'Alpha', severity: 'SEV1', summary: 'hay', timeline: [], times: timed('2024-03-03T10:00:00Z', 120), actionItems: [done] }),
      samplePostmortem({ id: 'p3', title: 'gamma', severity: null, summary: 'hay', timeline: [], times: timed(null, null), actionItems: open(1) }),
      samplePostmortem({ id: 'p4', title: 'delta', severity: 'SEV4', summary: 'needle', timeline: [], times: timed('2024-03-02T10:00:00Z', 30), actionItems: open(1) }),
      samplePostmortem({ id: 'p5', title: 'Epsilon', severity: 'SEV1', summary: 'needle', timeline: [], times: timed('2024-03-02T10:00:00Z', null), actionItems: [] }),
    ];
    for (const doc of docs) await store.createPostmortem(actors.editor, doc);
    // Edited last: first when sorting by last edit.
    const p1 = await store.getPostmortem(actors.editor, 'p1');
    await store.updatePostmortem(actors.editor, 'p1', p1.version, { ...p1.postmortem, tags: ['edited'] });
  });

  it.each<[PostmortemSort, string[]]>([
    ['-started', ['p2', 'p4', 'p5', 'p1', 'p3']],
    ['started', ['p1', 'p4', 'p5', 'p2', 'p3']],
    ['severity', ['p2', 'p5', 'p1', 'p4', 'p3']],
    ['-severity', ['p4', 'p1', 'p5', 'p2', 'p3']],
    ['title', ['p2', 'p1', 'p4', 'p5', 'p3']],
    ['-title', ['p3', 'p5', 'p4', 'p1', 'p2']],
    ['-duration', ['p2', 'p4', 'p1', 'p5', 'p3']],
    ['duration', ['p1', 'p4', 'p2', 'p3', 'p5']],
    ['-open_actions', ['p1', 'p4', 'p3', 'p5', 'p2']],
    ['open_actions', ['p2', 'p5', 'p3', 'p4', 'p1']],
    ['-updated', ['p1', 'p5', 'p4', 'p3', 'p2']],
    ['updated', ['p2', 'p3', 'p4', 'p5', 'p1']],
  ])('sort=%s orders the whole list (unknown values last, ties by id), page by page', async (sort, expected) => {
    expect(await allPages(store, { sort }, 50)).toEqual([expected]);
    expect(await allPages(store, { sort }, 2)).toEqual([expected.slice(0, 2), expected.slice(2, 4), expected.slice(4)]);
    expect((await allPages(store, { sort }, 1)).flat()).toEqual(expected);
  });

  it('orders by -started when no sort is asked for', async () => {
    expect((await allPages(store, {}, 2)).flat()).toEqual((await allPages(store, { sort: '-started' }, 50)).flat());
  });

  it('sorts search results too, and filtered lists', async () => {
    expect((await allPages(store, { q: 'needle', sort: 'title' }, 1)).flat()).toEqual(['p1', 'p4', 'p5']);
    expect((await allPages(store, { q: 'needle', sort: '-duration' }, 2)).flat()).toEqual(['p4', 'p1', 'p5']);
    expect((await allPages(store, { severity: 'SEV1', sort: '-title' }, 1)).flat()).toEqual(['p5', 'p2']);
  });

  it('refuses a cursor made for another order, and relevance without a search', async () => {
    const byTitle = await store.listPostmortems(actors.editor, { sort: 'title' }, { limit: 1 });
    const cursor = byTitle.nextCursor ?? '';
    const attempt = store.listPostmortems(actors.editor, { sort: '-title' }, { limit: 1, cursor });
    await expect(attempt).rejects.toBeInstanceOf(InputError);
    await expect(attempt).rejects.toThrow('cursor: was made for the order "title", not "-title"');
    await expect(store.listPostmortems(actors.editor, {}, { limit: 1, cursor })).rejects.toThrow(/^cursor: was made for the order "title", not "-started"/);
    await expect(store.listPostmortems(actors.editor, { sort: 'relevance' }, { limit: 1 })).rejects.toThrow(/^sort: /);
    // The same cursor with its own order goes on where it stopped.
    expect((await store.listPostmortems(actors.editor, { sort: 'title' }, { limit: 1, cursor })).items.map((p) => p.id)).toEqual(['p1']);
  });
});
