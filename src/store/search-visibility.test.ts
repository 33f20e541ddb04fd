import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { forEachEngine } from '../../test/store-engines.js';
import { actors, samplePostmortem } from '../../test/store-fixtures.js';
import { InputError } from '../core/errors.js';
import { closeConnection, type Connection } from './dialect/dialect.js';
import { migratorOf } from './migrate.js';
import { connect, openStore, type StoreOptions } from './open-store.js';
import { searchText } from './search-text.js';
import type { Actor, PostmortemFilter, Store } from './store.types.js';
import { visibleTo } from './visibility.js';

/** Filler prose: many tokens, none of them searched for. */
const filler = (n: number) => Array.from({ length: n }, (_, i) => `filler${i % 7}`).join(' ');

/** What the restricted postmortem `sec-1` says, or null for none. */
type Secret = { title: string; summary: string } | null;

const SECRET_WITH_WORDS: Secret = { title: 'Needle needle haystack', summary: 'A needle.' };
const SECRET_WITHOUT_WORDS: Secret = { title: 'Unrelated secret', summary: 'Nothing of the kind.' };

/** Public postmortems that hold "needle" in different ways, others that do not, and `sec-1` (restricted, member@ only). */
async function seed(store: Store, secret: Secret): Promise<void> {
  const pub = (id: string, title: string, summary: string) => store.createPostmortem(actors.editor, samplePostmortem({ id, title, summary }));
  await pub('pub-title', 'Needle in the title', 'Short.');
  // Once in long prose: last on SQLite (bm25 weighs length), tied with tie-a and tie-b on PostgreSQL (ts_rank_cd does not), and after them by id.
  await pub('wordy', 'Long report', `${filler(60)} needle ${filler(60)}`);
  await pub('pub-twice', 'Other thing', 'A needle and a haystack, and a needle again.');
  await pub('tie-a', 'Same text', 'One needle.');
  await pub('tie-b', 'Same text', 'One needle.');
  for (let n = 0; n < 8; n++) await pub(`noise-${n}`, `Noise ${n}`, 'Nothing to find here.');
  if (secret !== null) await store.createPostmortem(actors.member, samplePostmortem({ id: 'sec-1', restricted: true, ...secret }));
}

/** Every page of a list, following the cursors: the ids page by page, and the cursors handed out. */
async function walk(store: Store, actor: Actor, filter: PostmortemFilter, limit: number): Promise<{ pages: string[][]; cursors: string[] }> {
  const pages: string[][] = [];
  const cursors: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.listPostmortems(actor, filter, cursor === undefined ? { limit } : { limit, cursor });
    pages.push(page.items.map((p) => p.id));
    cursor = page.nextCursor ?? undefined;
    if (cursor !== undefined) cursors.push(cursor);
  } while (cursor !== undefined && pages.length < 100);
  return { pages, cursors };
}

/** The ids a search finds, in order, on one page. */
async function found(store: Store, actor: Actor, q: string): Promise<string[]> {
  return (await store.listPostmortems(actor, { q }, { limit: 50 })).items.map((p) => p.id);
}

/** The JSON a cursor holds. */
const decoded = (cursor: string): unknown => JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));

forEachEngine((engine) => {
  it('gives a non-member the same hits, order and cursors whether or not a restricted postmortem holds the words', async () => {
    const withWords = await engine.openStore();
    const without = await engine.openStore();
    await seed(withWords, SECRET_WITH_WORDS);
    await seed(without, SECRET_WITHOUT_WORDS);
    for (const outsider of [actors.viewer, actors.editor]) {
      for (const q of ['needle', 'needle haystack']) {
        for (const limit of [1, 2]) {
          const seen = await walk(withWords, outsider, { q }, limit);
          expect(seen).toEqual(await walk(without, outsider, { q }, limit));
          expect(seen.pages.flat()).not.toContain('sec-1');
          // A relevance cursor names the last row, and carries no score (no number at all).
          for (const cursor of seen.cursors) expect(decoded(cursor)).toEqual(['relevance', expect.any(String)]);
        }
      }
    }
    expect((await walk(withWords, actors.viewer, { q: 'needle' }, 1)).pages.flat()).toEqual(['pub-title', 'pub-twice', 'tie-a', 'tie-b', 'wordy']);
  });

  it('lets members and admins find a restricted postmortem, ranked among the public ones', async () => {
    const store = await engine.openStore();
    await seed(store, SECRET_WITH_WORDS);
    const expected = ['sec-1', 'pub-title', 'pub-twice', 'tie-a', 'tie-b', 'wordy'];
    expect(await found(store, actors.member, 'needle')).toEqual(expected);
    expect(await found(store, actors.admin, 'needle')).toEqual(expected);
    expect(await found(store, actors.member, 'haystack needle')).toEqual(['sec-1', 'pub-twice']);
    // In its title once, it still beats a public postmortem with the word once in long prose.
    const once = await engine.openStore();
    await seed(once, { title: 'A needle', summary: 'Nothing else.' });
    const ranked = await found(once, actors.member, 'needle');
    expect(ranked.indexOf('sec-1')).toBeGreaterThanOrEqual(0);
    expect(ranked.indexOf('sec-1')).toBeLessThan(ranked.indexOf('wordy'));
  });

  it('pages through relevance one hit at a time: every hit once, in order, restricted ones included', async () => {
    const store = await engine.openStore();
    await seed(store, SECRET_WITH_WORDS);
    for (const actor of [actors.member, actors.admin, actors.viewer]) {
      for (const q of ['needle', 'needle haystack', 'filler0']) {
        const all = await found(store, actor, q);
        const oneByOne = await walk(store, actor, { q }, 1);
        expect(oneByOne.pages).toEqual(all.map((id) => [id]));
        expect(oneByOne.cursors.map(decoded)).toEqual(all.slice(0, -1).map((id) => ['relevance', id]));
        expect((await walk(store, actor, { q }, 3)).pages.flat()).toEqual(all);
      }
    }
  });

  it('moves a postmortem between the indexes when it becomes restricted and public again', async () => {
    const flipped = await engine.openStore();
    const control = await engine.openStore();
    await seed(flipped, null);
    await seed(control, null);
    await flipped.createPostmortem(actors.member, samplePostmortem({ id: 'flip', title: 'Needle flip', summary: 'needle needle' }));
    const before = await walk(flipped, actors.viewer, { q: 'needle' }, 1);
    expect(before.pages.flat()[0]).toBe('flip');

    const flip = async (restricted: boolean) => {
      const current = await flipped.getPostmortem(actors.member, 'flip');
      await flipped.updatePostmortem(actors.member, 'flip', current.version, { ...current.postmortem, restricted });
    };
    await flip(true);
    // Gone for the viewer, and with it its words' weight: the same pages and cursors as where it never was.
    expect(await walk(flipped, actors.viewer, { q: 'needle' }, 1)).toEqual(await walk(control, actors.viewer, { q: 'needle' }, 1));
    expect(await found(flipped, actors.member, 'needle')).toEqual(['flip', 'pub-title', 'pub-twice', 'tie-a', 'tie-b', 'wordy']);
    expect(await found(flipped, actors.admin, 'flip')).toEqual(['flip']);

    await flip(false);
    expect(await walk(flipped, actors.viewer, { q: 'needle' }, 1)).toEqual(before);
    expect(await found(flipped, actors.viewer, 'flip')).toEqual(['flip']);
  });

  it('searches a restored copy as the original: restricted postmortems indexed apart again', async () => {
    const original = await engine.openStore();
    await seed(original, SECRET_WITH_WORDS);
    const lines: string[] = [];
    for await (const line of original.dump()) lines.push(line);
    const copy = await engine.openStore();
    await copy.restore((async function* () {
      yield* lines;
    })());
    for (const actor of [actors.viewer, actors.member, actors.admin]) {
      for (const q of ['needle', 'haystack needle']) expect(await walk(copy, actor, { q }, 1)).toEqual(await walk(original, actor, { q }, 1));
    }
  });

  it('refuses a relevance cursor whose row is no longer a hit the caller may see (InputError naming cursor)', async () => {
    const store = await engine.openStore();
    await seed(store, SECRET_WITH_WORDS);
    const first = await store.listPostmortems(actors.admin, { q: 'needle' }, { limit: 1 });
    expect(first.items.map((p) => p.id)).toEqual(['sec-1']);
    const cursor = first.nextCursor ?? '';
    // Someone who may not see sec-1 learns nothing from its cursor: the same answer as for a row that does not exist.
    // Made one at a time: a rejection left waiting while another is awaited counts as unhandled.
    const refusals = [
      () => store.listPostmortems(actors.viewer, { q: 'needle' }, { limit: 1, cursor }),
      () => store.listPostmortems(actors.admin, { q: 'haystack needle' }, { limit: 1, cursor: Buffer.from('["relevance","pub-title"]').toString('base64url') }),
      () => store.listPostmortems(actors.admin, { q: 'needle' }, { limit: 1, cursor: Buffer.from('["relevance","no-such-id"]').toString('base64url') }),
    ];
    for (const refusal of refusals) {
      const attempt = refusal();
      await expect(attempt).rejects.toBeInstanceOf(InputError);
      await expect(attempt).rejects.toThrow(/^cursor: the postmortem the previous page ended with no longer matches the search/);
    }
    // The member goes on after it.
    expect((await store.listPostmortems(actors.member, { q: 'needle' }, { limit: 1, cursor })).items.map((p) => p.id)).toEqual(['pub-title']);
  });
});

forEachEngine((engine) => {
  const connections: Connection[] = [];
  const stores: Store[] = [];
  afterEach(async () => {
    await Promise.all([...stores.splice(0).map((s) => s.close()), ...connections.splice(0).map(closeConnection)]);
  });

  /** A raw connection to the database the options point at (closed after the test). */
  const rawConnection = async (options: StoreOptions): Promise<Connection> => {
    const conn = await connect(options);
    connections.push(conn);
    return conn;
  };

  /** The store at a new location, and a raw connection to it. */
  const storeAndConnection = async (): Promise<{ store: Store; conn: Connection }> => {
    const options = engine.freshOptions();
    const store = await openStore(options);
    stores.push(store);
    return { store, conn: await rawConnection(options) };
  };

  // SQLite only: PostgreSQL's ranking uses no statistics of other documents.
  if (engine.name === 'sqlite') it('scores a restricted hit as bm25() scores a public postmortem with the same text', async () => {
    const { store, conn } = await storeAndConnection();
    await seed(store, null);
    const twin = { title: 'Needle needle haystack', summary: `A needle. ${filler(30)}` };
    await store.createPostmortem(actors.editor, samplePostmortem({ id: 'twin-public', ...twin }));
    await store.createPostmortem(actors.member, samplePostmortem({ id: 'twin-restricted', restricted: true, ...twin }));
    for (const words of [['needle'], ['needle', 'haystack'], ['haystack', 'filler3', 'needle']]) {
      const ranking = await conn.dialect.searchMatches(conn.db, words, visibleTo(actors.admin));
      const scores = new Map((await conn.db.selectFrom(ranking.matches()).selectAll().execute()).map((m) => [m.id, Number(m.score)]));
      const [restricted, original] = [scores.get('twin-restricted') as number, scores.get('twin-public') as number];
      expect(original).toBeGreaterThan(0);
      expect(Math.abs(restricted - original) / original).toBeLessThan(1e-12);
      expect(await ranking.scoreOf('twin-restricted')).toBe(restricted);
    }
    // The restricted text is in its own table only.
    const count = async (table: 'postmortem_fts' | 'postmortem_restricted_fts') =>
      Number((await sql<{ n: number }>`select count(*) as n from ${sql.table(table)} where ${sql.table(table)} match 'needle'`.execute(conn.db)).rows[0]?.n);
    expect([await count('postmortem_fts'), await count('postmortem_restricted_fts')]).toEqual([6, 1]);
  });

  describe('upgrading a database of the release before 0007', () => {
    /** Stores and indexes a postmortem the way the release with migrations up to 0005 did (restricted ones in the one index). */
    async function insertAsBefore({ db, dialect }: Connection, id: string, title: string, restricted: boolean): Promise<void> {
      const pm = samplePostmortem({ id, title, restricted, summary: `${title}.` });
      const text = searchText(pm);
      await sql`insert into postmortems (id, version, document, title, status, severity, kind, author, started_at, restricted, created_at, updated_at, summary)
        values (${id}, 1, ${JSON.stringify(pm)}, ${title}, 'draft', 'SEV2', 'full', null, '2024-03-01T14:05:00.000000000Z', ${restricted ? 1 : 0}, '2024-03-01T00:00:00Z', '2024-03-01T00:00:00Z', '{}')`.execute(db);
      if (restricted) await sql`insert into postmortem_members (postmortem_id, email) values (${id}, ${actors.member.email})`.execute(db);
      if (dialect.name === 'sqlite') {
        await sql`insert into postmortem_search (postmortem_id) values (${id})`.execute(db);
        await sql`insert into postmortem_fts (rowid, title, body) select id, ${text.title}, ${text.body} from postmortem_search where postmortem_id = ${id}`.execute(db);
      } else {
        await sql`update postmortems set search = setweight(to_tsvector('debrief_english', ${text.title}), 'A') || setweight(to_tsvector('debrief_english', ${text.body}), 'B') where id = ${id}`.execute(db);
      }
    }

    it('takes restricted postmortems out of the public index and indexes them apart', async () => {
      const options = engine.freshOptions();
      const old = await rawConnection(options);
      const migrator = migratorOf(old);
      expect((await migrator.migrateTo('0005-start-from-timeline')).error).toBeUndefined();
      await insertAsBefore(old, 'pub-1', 'Needle in public', false);
      await insertAsBefore(old, 'pub-2', 'Another public needle story', false);
      await insertAsBefore(old, 'sec-1', 'Needle needle secret', true);
      const publicCount = () => sql<{ n: number }>`select count(*) as n from postmortem_fts where postmortem_fts match 'needle'`.execute(old.db);
      if (engine.name === 'sqlite') expect(Number((await publicCount()).rows[0]?.n)).toBe(3);

      const store = await openStore(options);
      stores.push(store);
      if (engine.name === 'sqlite') {
        expect(Number((await publicCount()).rows[0]?.n)).toBe(2);
        const restricted = await sql<{ n: number }>`select count(*) as n from postmortem_restricted_fts where postmortem_restricted_fts match 'secret'`.execute(old.db);
        expect(Number(restricted.rows[0]?.n)).toBe(1);
      }
      expect(await found(store, actors.member, 'needle')).toEqual(['sec-1', 'pub-1', 'pub-2']);
      expect(await found(store, actors.viewer, 'needle')).toEqual(['pub-1', 'pub-2']);
      expect(await found(store, actors.viewer, 'secret')).toEqual([]);
      // SQLite wrote its list row again from the document, with the search entry.
      if (engine.name === 'sqlite') {
        expect((await store.listPostmortems(actors.member, { q: 'secret' }, { limit: 1 })).items[0]).toMatchObject({ id: 'sec-1', title: 'Needle needle secret', restricted: true });
      }
    });
  });
});
