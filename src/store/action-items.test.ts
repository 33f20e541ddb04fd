import { beforeEach, expect, it } from 'vitest';
import { forEachEngine, storePerTest } from '../../test/store-engines.js';
import { actors, samplePostmortem } from '../../test/store-fixtures.js';
import { newActionItem } from '../core/postmortem.js';
import { ForbiddenError, InputError, NotFoundError } from '../core/errors.js';
import type { ActionItem, ActionStatus } from '../core/postmortem.schema.js';
import type { ActionItemFilter } from './store.types.js';

const item = (title: string, fields: Partial<ActionItem>): ActionItem => ({ ...newActionItem(title), ...fields });

forEachEngine((engine) => {
  const store = storePerTest(engine);

  beforeEach(async () => {
    await store().createPostmortem(
      actors.editor,
      samplePostmortem({
        id: 'pm-1',
        title: 'First',
        teams: ['Payments Platform', 'SRE'],
        actionItems: [
          item('Late P2', { id: 'A-1', owner: 'Dana Ortiz', due: '2024-02-01', priority: 'P2' }),
          item('Done long ago', { owner: 'Dana Ortiz', due: '2024-01-01', priority: 'P1', status: 'done' }),
          item('Fuzzy date', { owner: 'Lee Park', due: 'next sprint', priority: 'P1' }),
        ],
      }),
    );
    await store().createPostmortem(
      actors.editor,
      samplePostmortem({ id: 'pm-2', title: 'Second', teams: ['Checkout'], actionItems: [item('Late P1', { owner: 'dana ortiz', due: '2024-03-01', priority: 'P1', status: 'in_progress' }), item('No priority', {})] }),
    );
  });

  const titles = async (filter: ActionItemFilter) => (await store().listActionItems(actors.viewer, filter)).items.map((r) => r.item.title);

  it('lists items across postmortems, P1 first, then by real due date, undated last', async () => {
    expect(await titles({})).toEqual(['Done long ago', 'Late P1', 'Fuzzy date', 'Late P2', 'No priority']);
    const [row] = (await store().listActionItems(actors.viewer, { priority: 'P2' })).items;
    expect(row).toEqual({ postmortemId: 'pm-1', postmortemTitle: 'First', index: 0, item: item('Late P2', { id: 'A-1', owner: 'Dana Ortiz', due: '2024-02-01', priority: 'P2' }) });
  });

  it.each<[ActionItemFilter, string[]]>([
    [{ owner: 'DANA ORTIZ' }, ['Done long ago', 'Late P1', 'Late P2']],
    [{ status: 'in_progress' }, ['Late P1']],
    [{ priority: 'P1' }, ['Done long ago', 'Late P1', 'Fuzzy date']],
    [{ overdue: true, today: '2024-03-01' }, ['Late P2']],
    [{ overdue: true, today: '2024-03-02' }, ['Late P1', 'Late P2']],
    [{ overdue: true, today: '2024-03-02', owner: 'lee park' }, []],
    [{ team: 'payments platform' }, ['Done long ago', 'Fuzzy date', 'Late P2']],
    [{ team: ' SRE ' }, ['Done long ago', 'Fuzzy date', 'Late P2']],
    [{ team: 'Checkout', owner: 'Dana Ortiz' }, ['Late P1']],
    // By the start of a team's name, not by any word of it.
    [{ team: 'Payments' }, ['Done long ago', 'Fuzzy date', 'Late P2']],
    [{ team: 'platform' }, []],
  ])('filters by %j', async (filter, expected) => {
    expect(await titles(filter)).toEqual(expected);
  });

  it('pages with a limit (default 200, at most 1000) and cursors that cover every item once, in order', async () => {
    const pages: string[][] = [];
    let cursor: string | undefined;
    do {
      const page = await store().listActionItems(actors.viewer, {}, cursor === undefined ? { limit: 2 } : { limit: 2, cursor });
      pages.push(page.items.map((r) => r.item.title));
      cursor = page.nextCursor ?? undefined;
    } while (cursor !== undefined);
    expect(pages).toEqual([['Done long ago', 'Late P1'], ['Fuzzy date', 'Late P2'], ['No priority']]);
    expect((await store().listActionItems(actors.viewer, {})).nextCursor).toBeNull();
    // A hand-made cursor whose position does not fit its column is refused before it reaches SQL (PostgreSQL failed on 1e20).
    const handMade = (position: unknown) => Buffer.from(JSON.stringify(['action-items', JSON.stringify(['P1', '2024-01-01', position]), 'INC-1'])).toString('base64url');
    for (const page of [{ limit: 0 }, { limit: 1001 }, { cursor: 'nope' }, { cursor: Buffer.from('["started","x","y"]').toString('base64url') }, { cursor: handMade(1e20) }, { cursor: handMade(1.5) }]) {
      await expect(store().listActionItems(actors.viewer, {}, page)).rejects.toThrow(/^(limit|cursor): /);
    }
  });

  it('follows the teams of the postmortem when they change', async () => {
    const current = await store().getPostmortem(actors.editor, 'pm-2');
    await store().updatePostmortem(actors.editor, 'pm-2', current.version, { ...current.postmortem, teams: ['SRE'] });
    expect(await titles({ team: 'sre' })).toEqual(['Done long ago', 'Late P1', 'Fuzzy date', 'Late P2', 'No priority']);
    expect(await titles({ team: 'checkout' })).toEqual([]);
  });

  it('treats overdue as relative to today by default', async () => {
    expect(await titles({ overdue: true })).toEqual(['Late P1', 'Late P2']);
  });

  it.each<[ActionItemFilter, RegExp]>([
    [{ today: '1 March', overdue: true }, /^today: /],
    [{ status: 'closed' as ActionStatus }, /^status: /],
  ])('refuses the filter %j', async (filter, message) => {
    await expect(store().listActionItems(actors.viewer, filter)).rejects.toThrow(message);
  });

  it('sets a status by item id or by position, with a revision saying so', async () => {
    const byId = await store().setActionItemStatus(actors.member, 'pm-1', 'A-1', 'done');
    expect(byId.version).toBe(2);
    expect(byId.postmortem.actionItems[0]?.status).toBe('done');
    const byIndex = await store().setActionItemStatus(actors.member, 'pm-1', '2', 'wont_do');
    expect(byIndex.postmortem.actionItems.map((a) => a.status)).toEqual(['done', 'done', 'wont_do']);
    const revisions = await store().listRevisions(actors.viewer, 'pm-1');
    expect(revisions.slice(1).map((r) => [r.number, r.changed, r.note, r.by.email])).toEqual([
      [2, ['actionItems'], 'action item A-1: open -> done', 'member@example.com'],
      [3, ['actionItems'], 'action item 2: open -> wont_do', 'member@example.com'],
    ]);
    expect(await titles({ status: 'wont_do' })).toEqual(['Fuzzy date']);
  });

  it('refuses unknown items, bad statuses and viewers', async () => {
    await expect(store().setActionItemStatus(actors.editor, 'pm-1', 'A-9', 'done')).rejects.toBeInstanceOf(NotFoundError);
    await expect(store().setActionItemStatus(actors.editor, 'pm-1', '3', 'done')).rejects.toBeInstanceOf(NotFoundError);
    await expect(store().setActionItemStatus(actors.editor, 'pm-9', '0', 'done')).rejects.toBeInstanceOf(NotFoundError);
    await expect(store().setActionItemStatus(actors.editor, 'pm-1', '0', 'finished' as ActionStatus)).rejects.toBeInstanceOf(InputError);
    await expect(store().setActionItemStatus(actors.viewer, 'pm-1', '0', 'done')).rejects.toBeInstanceOf(ForbiddenError);
    expect((await store().getPostmortem(actors.viewer, 'pm-1')).version).toBe(1);
  });
});
