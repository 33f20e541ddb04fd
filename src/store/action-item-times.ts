/**
 * When each action item was created, done, verified or declined: updated with every write of its postmortem (an
 * item is known by its id, or by its title where it has none), so that the completion rate can count what was closed
 * by its due date.
 */
import type { Kysely } from 'kysely';
import { itemKeys } from '../core/action-item-keys.js';
import type { ActionItem, ActionStatus } from '../core/postmortem.schema.js';
import { dueCalendarDate } from '../core/due-date.js';
import { teamsByPostmortem, type IdentifiedPostmortem } from './postmortem-rows.js';
import type { TrackedActionItem } from './store.types.js';
import type { ActionItemTimeTable, Database } from './tables.js';
import { noteItemStatuses } from './tracker-tickets.js';

/** The row of an item as it now is, its times carried from what was kept (`kept`, absent for a new item), at `at`. */
function timesAfter(kept: ActionItemTimeTable | undefined, item: ActionItem, at: string): Omit<ActionItemTimeTable, 'postmortem_id' | 'item_key'> {
  const { status } = item;
  const done = status === 'done' || status === 'verified';
  return {
    status,
    owner: item.owner,
    due_date: dueCalendarDate(item.due),
    created_at: kept?.created_at ?? at,
    done_at: done ? (kept?.done_at ?? at) : null,
    verified_at: status === 'verified' ? (kept?.verified_at ?? at) : null,
    verified_by: status === 'verified' ? (kept?.verified_by ?? null) : null,
    evidence: status === 'verified' ? (kept?.evidence ?? null) : null,
    wont_do_at: status === 'wont_do' ? (kept?.wont_do_at ?? at) : null,
    wont_do_reason: status === 'wont_do' ? (kept?.wont_do_reason ?? null) : null,
  };
}

/** Brings the times of a postmortem's items up to date with its document, written at `at`; items it no longer has are forgotten. */
export async function trackActionItems(trx: Kysely<Database>, pm: IdentifiedPostmortem, at: string): Promise<void> {
  const kept = new Map((await trx.selectFrom('action_item_times').selectAll().where('postmortem_id', '=', pm.id).execute()).map((row) => [row.item_key, row]));
  const keys = itemKeys(pm.actionItems);
  const changedStatuses = new Map<string, ActionStatus>();
  for (const [i, item] of pm.actionItems.entries()) {
    const key = keys[i] as string;
    const before = kept.get(key);
    if (before !== undefined && before.status !== item.status) changedStatuses.set(key, item.status);
    const after = timesAfter(before, item, at);
    kept.delete(key);
    if (before === undefined) await trx.insertInto('action_item_times').values({ postmortem_id: pm.id, item_key: key, ...after }).execute();
    else if (Object.entries(after).some(([column, value]) => before[column as keyof typeof after] !== value)) {
      await trx.updateTable('action_item_times').set(after).where('postmortem_id', '=', pm.id).where('item_key', '=', key).execute();
    }
  }
  if (kept.size > 0) await trx.deleteFrom('action_item_times').where('postmortem_id', '=', pm.id).where('item_key', 'in', [...kept.keys()]).execute();
  await noteItemStatuses(trx, pm.id, changedStatuses, at);
}

/** Records who verified an item and the evidence, or why it will not be done (after the status change is tracked). */
export async function recordClosing(trx: Kysely<Database>, postmortemId: string, key: string, closing: { verifiedBy: string; evidence: string } | { wontDoReason: string }): Promise<void> {
  const set = 'evidence' in closing ? { verified_by: closing.verifiedBy, evidence: closing.evidence } : { wont_do_reason: closing.wontDoReason };
  await trx.updateTable('action_item_times').set(set).where('postmortem_id', '=', postmortemId).where('item_key', '=', key).execute();
}

/**
 * Every tracked item created at or after `since` (and, when `dueBefore` is given, due before that day), with its
 * postmortem's teams (lower case). The rows come as the driver builds them, named in SQL and given their teams in
 * place: the completion rate reads tens of thousands, and building each twice was half the time of the read.
 */
export async function actionItemTimes(db: Kysely<Database>, since: string, dueBefore?: string): Promise<TrackedActionItem[]> {
  let items = db
    .selectFrom('action_item_times')
    .select(['postmortem_id as postmortemId', 'item_key as key', 'owner', 'due_date as dueDate', 'created_at as createdAt', 'done_at as doneAt', 'verified_at as verifiedAt', 'wont_do_at as wontDoAt'])
    .where('created_at', '>=', since);
  if (dueBefore !== undefined) items = items.where('due_date', '<', dueBefore);
  const [rows, teamRows] = await Promise.all([
    items.orderBy('postmortem_id').orderBy('item_key').execute(),
    // Per team row, one look into the items of its postmortem (rather than a list of every item's postmortem first).
    db
      .selectFrom('postmortem_teams')
      .select(['postmortem_teams.postmortem_id', 'postmortem_teams.team'])
      .where(({ exists, selectFrom }) =>
        exists(selectFrom('action_item_times').select('action_item_times.item_key').whereRef('action_item_times.postmortem_id', '=', 'postmortem_teams.postmortem_id').where('action_item_times.created_at', '>=', since)),
      )
      .execute(),
  ]);
  const teams = teamsByPostmortem(teamRows);
  const tracked = rows as ((typeof rows)[number] & { teams: string[] })[];
  for (const row of tracked) row.teams = teams.get(row.postmortemId) ?? [];
  return tracked;
}
