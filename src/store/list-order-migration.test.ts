import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { forEachEngine } from '../../test/store-engines.js';
import { actors, samplePostmortem } from '../../test/store-fixtures.js';
import { emptyPostmortem, newActionItem } from '../core/postmortem.js';
import type { Connection } from './dialect/dialect.js';
import { migratorOf } from './migrate.js';
import { connect, openStore } from './open-store.js';

/** Stores a postmortem the way the release with migrations 0001 and 0002 did (no sort columns, no team rows). */
async function insertAsBefore({ db }: Connection, id: string, minutes: number, open: number, teams: string[]): Promise<void> {
  const pm = samplePostmortem({
    id,
    title: id,
    teams,
    timeline: [],
    times: { ...emptyPostmortem().times, startedAt: '2024-03-01T10:00:00Z', resolvedAt: new Date(Date.parse('2024-03-01T10:00:00Z') + minutes * 60_000).toISOString() },
    actionItems: Array.from({ length: open }, (_, i) => newActionItem(`Item ${i}`)),
  });
  await sql`insert into postmortems (id, version, document, title, status, severity, kind, author, started_at, restricted, created_at, updated_at, summary)
    values (${id}, 1, ${JSON.stringify(pm)}, ${id}, 'draft', 'SEV2', 'full', null, '2024-03-01T10:00:00.000000000Z', 0, '2024-03-01T00:00:00Z', '2024-03-01T00:00:00Z', '{}')`.execute(db);
  for (const [position, item] of pm.actionItems.entries()) {
    await sql`insert into action_items (postmortem_id, position, title, status) values (${id}, ${position}, ${item.title}, 'open')`.execute(db);
  }
}

forEachEngine((engine) => {
  it('upgrades a database of the previous release: sort columns, indexes and team rows from the documents', async () => {
    const options = engine.freshOptions();
    const old = await connect(options);
    const migrator = migratorOf(old);
    const migrated = await migrator.migrateTo('0002-list-summary');
    expect(migrated.error).toBeUndefined();
    await insertAsBefore(old, 'short', 10, 3, ['Payments']);
    await insertAsBefore(old, 'long', 90, 1, ['Search']);
    await old.db.destroy();

    const store = await openStore(options);
    try {
      const ids = async (sort: '-duration' | '-open_actions') => (await store.listPostmortems(actors.editor, { sort }, { limit: 10 })).items.map((p) => p.id);
      expect(await ids('-duration')).toEqual(['long', 'short']);
      expect(await ids('-open_actions')).toEqual(['short', 'long']);
      // The summaries are the documents' again (the previous release's were replaced).
      expect((await store.listPostmortems(actors.editor, { sort: '-duration' }, { limit: 10 })).items[0]).toMatchObject({ openActionItems: 1, derived: { durationMinutes: 90 } });
      expect((await store.listActionItems(actors.editor, { team: 'payments' })).items.map((r) => r.postmortemId)).toEqual(['short', 'short', 'short']);
    } finally {
      await store.close();
    }
  });
});
