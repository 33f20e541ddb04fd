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
});
