import { beforeEach, expect, it, vi } from 'vitest';
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
    [{ overdue: true, today: '2024-03-02', dueFrom: '2024-02-02' }, ['Late P1']],
    [{ team: 'payments platform' }, ['Done long ago', 'Fuzzy date', 'Late P2']],
    [{ team: ' SRE ' }, ['Done long ago', 'Fuzzy date', 'Late P2']],
    [{ team: 'Checkout', owner: 'Dana Ortiz' }, ['Late P1']],
    // By the start of a team's name, not by any word of it.
    [{ team: 'Payments' }, ['Done long ago', 'Fuzzy date', 'Late P2']],
    [{ team: 'platform' }, []],
  ])('filters by %j', async (filter, expected) => {
    expect(await titles(filter)).toEqual(expected);
  });

  it('counts several filters in one call, per owner in lower case, and only the items the reader may see', async () => {
    await store().createPostmortem(actors.member, samplePostmortem({ id: 'pm-secret', restricted: true, actionItems: [item('Secret P1', { owner: 'Lee Park', priority: 'P1' })] }));
    const filters: ActionItemFilter[] = [{ overdue: true, today: '2024-03-02' }, { priority: 'P1', open: true }, { status: 'wont_do' }, {}];
    const [overdue, openP1, declined, all] = await store().countActionItems(actors.viewer, filters);
    expect(overdue).toEqual({ total: 2, byOwner: [{ owner: 'dana ortiz', count: 2 }] });
    expect(openP1).toEqual({ total: 2, byOwner: [{ owner: 'dana ortiz', count: 1 }, { owner: 'lee park', count: 1 }] });
    expect(declined).toEqual({ total: 0, byOwner: [] });
    expect(all).toEqual({ total: 5, byOwner: [{ owner: 'dana ortiz', count: 3 }, { owner: null, count: 1 }, { owner: 'lee park', count: 1 }] });
    for (const reader of [actors.member, actors.admin]) {
      const [p1] = await store().countActionItems(reader, [{ priority: 'P1', open: true }]);
      expect(p1).toEqual({ total: 3, byOwner: [{ owner: 'lee park', count: 2 }, { owner: 'dana ortiz', count: 1 }] });
    }
    await expect(store().countActionItems(actors.viewer, [{}, { priority: 'P7' as never }])).rejects.toThrow(/^priority: /);
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
    await expect(store().setActionItemStatus(actors.member, 'pm-1', '2', 'wont_do')).rejects.toThrow(/say why it will not be done/);
    const byIndex = await store().setActionItemStatus(actors.member, 'pm-1', '2', 'wont_do', 'the service is retired in May');
    expect(byIndex.postmortem.actionItems.map((a) => a.status)).toEqual(['done', 'done', 'wont_do']);
    const revisions = await store().listRevisions(actors.viewer, 'pm-1');
    expect(revisions.slice(1).map((r) => [r.number, r.changed, r.note, r.by.email])).toEqual([
      [2, ['actionItems'], 'action item A-1: open -> done', 'member@example.com'],
      [3, ['actionItems'], 'action item 2: open -> wont_do (the service is retired in May)', 'member@example.com'],
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

  it('verifies a done item by someone other than its owner, with evidence, never by setting the status', async () => {
    await store().createPostmortem(actors.editor, samplePostmortem({ id: 'pm-3', actionItems: [item('Alert on pool saturation', { id: 'V-1', owner: 'member@example.com', due: '2024-04-01', priority: 'P1' })] }));
    await expect(store().setActionItemStatus(actors.admin, 'pm-3', 'V-1', 'verified')).rejects.toThrow(/verified by someone other than its owner/);
    await expect(store().verifyActionItem(actors.editor, 'pm-3', 'V-1', 'the alert fired in the game day')).rejects.toThrow(/only a done item can be verified/);
    await store().setActionItemStatus(actors.member, 'pm-3', 'V-1', 'done');
    await expect(store().verifyActionItem(actors.member, 'pm-3', 'V-1', 'it works on my machine')).rejects.toBeInstanceOf(ForbiddenError);
    await expect(store().verifyActionItem(actors.editor, 'pm-3', 'V-1', ' ')).rejects.toThrow(/evidence/);
    await expect(store().verifyActionItem(actors.viewer, 'pm-3', 'V-1', 'looks fine')).rejects.toBeInstanceOf(ForbiddenError);
    const verified = await store().verifyActionItem(actors.editor, 'pm-3', 'V-1', 'https://grafana.example.com/d/pool: fired at 90% in the game day');
    expect(verified.postmortem.actionItems[0]?.status).toBe('verified');
    expect((await store().listRevisions(actors.viewer, 'pm-3')).at(-1)?.note).toBe('action item V-1: done -> verified by editor@example.com (https://grafana.example.com/d/pool: fired at 90% in the game day)');
    const [tracked] = (await store().actionItemTimes('2000-01-01T00:00:00Z')).filter((t) => t.postmortemId === 'pm-3');
    expect(tracked).toMatchObject({ key: 'V-1', owner: 'member@example.com', dueDate: '2024-04-01', doneAt: expect.any(String), verifiedAt: expect.any(String), wontDoAt: null });
  });

  it('tracks when each item was created, done and reopened, by its id or title, across edits that move it', async () => {
    // Later than any real time, and than the other engine's run: the store's timestamps only move forward.
    const base = Date.parse('2027-01-05T10:00:00Z') + (engine.name === 'postgres' ? 400 : 0) * 86_400_000;
    const at = (days: number) => base + days * 86_400_000;
    const day = (days: number) => new Date(at(days)).toISOString().slice(0, 10);
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(at(0));
      await store().createPostmortem(actors.editor, samplePostmortem({ id: 'pm-4', teams: ['Ledger'], actionItems: [item('Cap the pool', { id: 'T-1', due: day(15) }), item('Untitled check', { due: 'soon' })] }));
      vi.setSystemTime(at(5));
      await store().setActionItemStatus(actors.editor, 'pm-4', 'T-1', 'done');
      vi.setSystemTime(at(7));
      const current = await store().getPostmortem(actors.editor, 'pm-4');
      // Reordered and one added: each keeps its own times.
      const [first, second] = current.postmortem.actionItems as [ActionItem, ActionItem];
      await store().updatePostmortem(actors.editor, 'pm-4', current.version, { ...current.postmortem, actionItems: [second, item('New one', {}), first] });
      const times = (await store().actionItemTimes(new Date(at(-1)).toISOString())).filter((t) => t.postmortemId === 'pm-4');
      expect(times.map((t) => [t.key, t.createdAt.slice(0, 10), t.doneAt?.slice(0, 10) ?? null, t.dueDate, t.teams])).toEqual([
        ['T-1', day(0), day(5), day(15), ['ledger']],
        ['title:new one', day(7), null, null, ['ledger']],
        ['title:untitled check', day(0), null, null, ['ledger']],
      ]);
      vi.setSystemTime(at(10));
      await store().setActionItemStatus(actors.editor, 'pm-4', 'T-1', 'open');
      expect((await store().actionItemTimes(new Date(at(1)).toISOString())).filter((t) => t.postmortemId === 'pm-4').map((t) => [t.key, t.doneAt])).toEqual([['title:new one', null]]);
      expect((await store().actionItemTimes(new Date(at(-1)).toISOString())).find((t) => t.key === 'T-1')?.doneAt).toBeNull();
      // Only those due before a day, when asked (what the completion rate reads): T-1 is due on day 15.
      const dueBy = async (days: number) => (await store().actionItemTimes(new Date(at(-1)).toISOString(), day(days))).filter((t) => t.postmortemId === 'pm-4').map((t) => t.key);
      expect(await dueBy(15)).toEqual([]);
      expect(await dueBy(16)).toEqual(['T-1']);
    } finally {
      vi.useRealTimers();
    }
  });
});
