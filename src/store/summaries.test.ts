import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { forEachEngine } from '../../test/store-engines.js';
import { actors, samplePostmortem } from '../../test/store-fixtures.js';
import { emptyPostmortem } from '../core/postmortem.js';
import type { Connection } from './dialect/dialect.js';
import { openPostgres } from './dialect/postgres.js';
import { openSqlite } from './dialect/sqlite.js';
import { openStore, type StoreOptions } from './open-store.js';
import type { ActionItem } from '../core/postmortem.schema.js';

const item = (title: string, status: ActionItem['status']): ActionItem => ({
  id: null,
  title,
  rationale: null,
  owner: null,
  due: null,
  priority: 'P2',
  status,
  ticket: null,
  verification: null,
});

const doc = samplePostmortem({
  id: 'pm-row',
  title: 'Queue backlog',
  severity: 'SEV2',
  status: 'draft',
  author: 'Dana Ortiz',
  services: ['Queue'],
  teams: ['Platform'],
  tags: ['capacity'],
  times: { ...emptyPostmortem().times, startedAt: '2024-03-01T10:00:00Z', resolvedAt: '2024-03-01T11:30:00Z' },
  actionItems: [item('Add an alert', 'open'), item('Raise the limit', 'done'), item('Write a runbook', 'in_progress')],
});

/** A raw connection to the database the options point at. */
async function rawConnection(options: StoreOptions): Promise<Connection> {
  return options.databaseUrl === undefined ? openSqlite(options.dataDir as string) : openPostgres(options.databaseUrl);
}

forEachEngine((engine) => {
  describe('list rows (summaries written with the document)', () => {
    it('have exactly the row fields, with derived durations and action-item counts', async () => {
      const store = await engine.openStore();
      await store.createPostmortem(actors.editor, doc);
      const [row] = (await store.listPostmortems(actors.editor, {}, { limit: 10 })).items;
      expect(row).toEqual({
        id: 'pm-row',
        version: 1,
        title: 'Queue backlog',
        severity: 'SEV2',
        status: 'draft',
        kind: doc.kind,
        author: 'Dana Ortiz',
        services: ['Queue'],
        teams: ['Platform'],
        tags: ['capacity'],
        restricted: false,
        times: { ...emptyPostmortem().times, startedAt: '2024-03-01T10:00:00Z', resolvedAt: '2024-03-01T11:30:00Z' },
        derived: expect.objectContaining({ durationMinutes: 90, timeToResolveMinutes: 90 }),
        actionItems: 3,
        openActionItems: 2,
        updatedAt: expect.any(String),
      });
      expect(Object.keys(row ?? {})).toEqual([
        'id', 'version', 'title', 'severity', 'status', 'kind', 'author', 'services', 'teams', 'tags', 'restricted', 'times', 'derived', 'actionItems', 'openActionItems', 'updatedAt',
      ]);
    });

    it('follow every change of the document', async () => {
      const store = await engine.openStore();
      const created = await store.createPostmortem(actors.editor, doc);
      await store.updatePostmortem(actors.editor, 'pm-row', created.version, { ...created.postmortem, title: 'Queue backlog, again' });
      await store.setActionItemStatus(actors.editor, 'pm-row', '0', 'done');
      const [row] = (await store.listPostmortems(actors.editor, { q: 'again' }, { limit: 10 })).items;
      expect(row).toMatchObject({ version: 3, title: 'Queue backlog, again', openActionItems: 1, actionItems: 3 });
    });

    it('are backfilled from the documents when missing (rows written before migration 0002, or cleared by 0003), with the sort keys and team rows', async () => {
      const options = engine.freshOptions();
      const first = await openStore(options);
      await first.createPostmortem(actors.editor, doc);
      const expected = (await first.listPostmortems(actors.editor, {}, { limit: 10 })).items;
      await first.close();

      const raw = await rawConnection(options);
      await sql`update postmortems set summary = null, duration_minutes = null, open_action_items = 0`.execute(raw.db);
      await sql`delete from postmortem_teams`.execute(raw.db);
      await raw.db.destroy();

      const reopened = await openStore(options);
      try {
        expect((await reopened.listPostmortems(actors.editor, {}, { limit: 10 })).items).toEqual(expected);
        const check = await rawConnection(options);
        const nulls = await sql<{ n: number }>`select count(*) as n from postmortems where summary is null`.execute(check.db);
        const keys = await sql<{ duration_minutes: number; open_action_items: number }>`select duration_minutes, open_action_items from postmortems`.execute(check.db);
        const teams = await sql<{ team: string }>`select team from postmortem_teams`.execute(check.db);
        await check.db.destroy();
        expect(Number(nulls.rows[0]?.n)).toBe(0);
        // The sort keys of migration 0003 are written with the summary.
        expect(keys.rows).toEqual([{ duration_minutes: 90, open_action_items: 2 }]);
        expect(teams.rows).toEqual([{ team: 'platform' }]);
        expect((await reopened.listActionItems(actors.editor, { team: 'PLATFORM' })).items).toHaveLength(3);
      } finally {
        await reopened.close();
      }
    });

    it('are looked for at each start through an index of the missing ones, not by reading every postmortem', async () => {
      const options = engine.freshOptions();
      await (await openStore(options)).close();
      const raw = await rawConnection(options);
      try {
        // The backfill's query; PostgreSQL is told to avoid reading the table, as it would for a handful of rows.
        const query = 'select id, document from postmortems where summary is null order by id limit 500';
        const plan =
          engine.name === 'sqlite'
            ? (await sql<{ detail: string }>`explain query plan ${sql.raw(query)}`.execute(raw.db)).rows.map((r) => r.detail)
            : await raw.db.connection().execute(async (conn) => {
                await sql`set enable_seqscan = off`.execute(conn);
                return (await sql<{ 'QUERY PLAN': string }>`explain ${sql.raw(query)}`.execute(conn)).rows.map((r) => r['QUERY PLAN']);
              });
        expect(plan.join('\n')).toContain('postmortems_summary_missing');
      } finally {
        await raw.db.destroy();
      }
    });
  });
});
