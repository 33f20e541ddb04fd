import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { actors, samplePostmortem } from '../../test/store-fixtures.js';
import { forEachEngine, openConnection } from '../../test/store-engines.js';
import { closeConnection } from './dialect/dialect.js';
import { createStore } from './store.js';
import { backfillSummaries } from './summaries.js';

/** Postmortems written before migration 0020 (no stored features, no counted words) are found once backfilled, and compared by their document meanwhile. */
forEachEngine((engine) => {
  describe('similar postmortems written before 0020', () => {
    it('compares rows without stored features by their documents, and finds them all once the backfill has run', async () => {
      const { conn } = await openConnection(engine);
      const store = createStore(conn);
      try {
        const pool = (title: string) => samplePostmortem({ title, services: ['checkout-api'] });
        const first = await store.createPostmortem(actors.admin, pool('Checkout pool exhausted after a deploy'));
        const second = await store.createPostmortem(actors.admin, pool('Checkout pool exhausted again'));
        for (const [title, service] of [['DNS resolver certificate expired', 'dns'], ['Build agents ran out of disk', 'ci'], ['Invoices sent twice', 'billing']] as const) {
          await store.createPostmortem(actors.admin, samplePostmortem({ title, services: [service], summary: `${title}.`, rootCause: `${title}.`, timeline: [], actionItems: [], contributingFactors: [] }));
        }
        const found = await store.similarPostmortems(actors.viewer, first.id, 5);
        expect(found[0]?.id).toBe(second.id);

        // As 0020 leaves them: no features stored (the second is compared by its document) and no words counted.
        await sql`update postmortems set similarity = null`.execute(conn.db);
        await sql`delete from postmortem_words`.execute(conn.db);
        await sql`delete from similarity_word_counts`.execute(conn.db);
        const reopened = createStore(conn);
        expect(await reopened.similarPostmortems(actors.viewer, first.id, 5)).toEqual([]);
        await sql`update postmortems set summary = null`.execute(conn.db);
        expect(await backfillSummaries(conn)).toBe(5);
        expect(await createStore(conn).similarPostmortems(actors.viewer, first.id, 5)).toEqual(found);

        // Compared by the document while its row has no features yet: the same answer.
        await sql`update postmortems set similarity = null where id = ${second.id}`.execute(conn.db);
        expect(await createStore(conn).similarPostmortems(actors.viewer, first.id, 5)).toEqual(found);
      } finally {
        await closeConnection(conn);
      }
    });
  });

  it('keeps the count of each word equal to the readable postmortems holding it, through updates, restriction and deletion', async () => {
    const { conn } = await openConnection(engine);
    const store = createStore(conn);
    try {
      const a = await store.createPostmortem(actors.admin, samplePostmortem({ title: 'Kafka broker upgrade stalled consumers' }));
      const b = await store.createPostmortem(actors.admin, samplePostmortem({ title: 'Kafka consumers stalled' }));
      const c = await store.createPostmortem(actors.admin, samplePostmortem({ title: 'Certificate expired' }));
      const counts = async () => {
        const { rows } = await sql<{ word: string; postmortems: number }>`select word, postmortems from similarity_word_counts where postmortems <> 0 order by word`.execute(conn.db);
        return Object.fromEntries(rows.map((r) => [r.word, Number(r.postmortems)]));
      };
      const recounted = async () => {
        const { rows } = await sql<{ word: string; n: number }>`select w.word, count(*) as n from postmortem_words w join postmortems p on p.id = w.postmortem_id
          where p.restricted = 0 group by w.word order by w.word`.execute(conn.db);
        return Object.fromEntries(rows.map((r) => [r.word, Number(r.n)]));
      };
      expect((await counts()).kafka).toBe(2);
      expect(await counts()).toEqual(await recounted());
      await store.updatePostmortem(actors.admin, b.id, b.version, { ...b.postmortem, title: 'Zookeeper sessions expired' });
      expect((await counts()).kafka).toBe(1);
      expect((await counts()).zookeeper).toBe(1);
      await store.updatePostmortem(actors.admin, a.id, a.version, { ...a.postmortem, restricted: true });
      expect((await counts()).kafka).toBeUndefined();
      await store.deletePostmortem(actors.admin, c.id);
      expect((await counts()).certificate).toBeUndefined();
      expect(await counts()).toEqual(await recounted());
      const { rows } = await sql<{ n: number }>`select count(*) as n from postmortem_words where postmortem_id in (${a.id}, ${c.id})`.execute(conn.db);
      expect(Number(rows[0]?.n)).toBe(0);
    } finally {
      await closeConnection(conn);
    }
  });

  // PostgreSQL weighs each query word by its count (SQLite's FTS5 ranks with its own document frequencies): the
  // index it searches must hold what was counted, as written. A stemmed index matched the title cut short at
  // "draine" in every postmortem with "drained", thousands of rows where the count said one.
  if (engine.name === 'postgres') {
    it('finds a postmortem by a word exactly when it counts that word', async () => {
      const { conn } = await openConnection(engine);
      const store = createStore(conn);
      try {
        const plain = { summary: 'Writes waited.', rootCause: '', whys: [], contributingFactors: [], timeline: [], actionItems: [] };
        for (const title of ['Queue drained overnight', 'Queue drained again', 'Checkout queue draine', 'Queues draining slowly']) {
          await store.createPostmortem(actors.admin, samplePostmortem({ ...plain, title }));
        }
        const { rows } = await sql<{ word: string; postmortems: number; found: number }>`select c.word, c.postmortems,
            (select count(*) from postmortem_similarity_search s where s.search @@ to_tsquery('simple', c.word)) as found
          from similarity_word_counts c where c.postmortems <> 0 order by c.word`.execute(conn.db);
        const counted = Object.fromEntries(rows.map((r) => [r.word, Number(r.postmortems)]));
        expect(counted).toMatchObject({ drained: 2, draine: 1, draining: 1, queue: 3, queues: 1 });
        expect(Object.fromEntries(rows.map((r) => [r.word, Number(r.found)]))).toEqual(counted);
      } finally {
        await closeConnection(conn);
      }
    });
  }
});
