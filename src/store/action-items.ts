/** Action items across every postmortem the actor may see, and changing one item's status (with a revision). */
import { sql } from 'kysely';
import type { z } from 'zod';
import { NotFoundError } from '../core/errors.js';
import { actionStatusSchema, calendarDate, prioritySchema, type ActionStatus } from '../core/postmortem.schema.js';
import type { Connection } from './dialect/dialect.js';
import { actionItemOf } from './postmortem-rows.js';
import { loadForWrite, saveChange } from './postmortem-write.js';
import type { ActionItemFilter, ActionItemRow, Actor, StoredPostmortem } from './store.types.js';
import { fieldError } from './validate.js';
import { requireWrite, visibleTo } from './visibility.js';

/** Statuses that close an item: it can no longer be overdue. */
const CLOSED: ActionStatus[] = ['done', 'verified', 'wont_do'];

/** Today in UTC, `YYYY-MM-DD`. */
function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

/** The value when the schema accepts it, else InputError naming the field. */
function checked<T>(schema: z.ZodType<T>, value: unknown, path: string, hint: string): T {
  const result = schema.safeParse(value);
  if (!result.success) throw fieldError(path, `"${String(value)}" is not valid; ${hint}`);
  return result.data;
}

/** Action items matching the filter: P1 first, then by due date (undated last), then by postmortem and position. */
export async function listActionItems({ db }: Connection, actor: Actor, filter: ActionItemFilter): Promise<ActionItemRow[]> {
  let query = db
    .selectFrom('action_items')
    .innerJoin('postmortems', 'postmortems.id', 'action_items.postmortem_id')
    .selectAll('action_items')
    .select('postmortems.title as postmortem_title')
    .where(visibleTo(actor));
  const owner = filter.owner?.trim().toLowerCase();
  if (owner !== undefined) query = query.where(sql<string>`lower(action_items.owner)`, '=', owner);
  if (filter.status !== undefined) {
    query = query.where('action_items.status', '=', checked(actionStatusSchema, filter.status, 'status', 'use open, in_progress, done, verified or wont_do'));
  }
  if (filter.priority !== undefined) query = query.where('action_items.priority', '=', checked(prioritySchema, filter.priority, 'priority', 'use P1, P2 or P3'));
  if (filter.overdue === true) {
    const today = filter.today === undefined ? todayUtc() : checked(calendarDate, filter.today, 'today', 'use YYYY-MM-DD');
    query = query.where('action_items.due_date', '<', today).where('action_items.status', 'not in', CLOSED);
  }
  const rows = await query
    .orderBy(sql`coalesce(action_items.priority, 'P9')`)
    .orderBy(sql`coalesce(action_items.due_date, '9999-12-31')`)
    .orderBy('action_items.postmortem_id')
    .orderBy('action_items.position')
    .execute();
  return rows.map(actionItemOf);
}

/** Sets the status of one item (by its id, else by its 0-based position) and records a revision. */
export async function setActionItemStatus(
  { db, dialect }: Connection,
  actor: Actor,
  postmortemId: string,
  itemKey: string,
  status: ActionStatus,
): Promise<StoredPostmortem> {
  requireWrite(actor);
  const next = checked(actionStatusSchema, status, 'status', 'use open, in_progress, done, verified or wont_do');
  return dialect.writeTransaction(db, async (trx) => {
    const current = await loadForWrite(trx, dialect, actor, postmortemId);
    const items = current.postmortem.actionItems;
    const byId = items.findIndex((a) => a.id !== null && a.id === itemKey);
    const index = byId >= 0 ? byId : /^\d+$/.test(itemKey) ? Number(itemKey) : -1;
    const item = items[index];
    if (item === undefined) throw new NotFoundError(`postmortem "${postmortemId}" has no action item "${itemKey}"`, { id: postmortemId, item: itemKey });
    const actionItems = items.map((a, i) => (i === index ? { ...a, status: next } : a));
    const note = `action item ${itemKey}: ${item.status} -> ${next}`;
    return saveChange(trx, dialect, actor, current, { ...current.postmortem, actionItems }, { note });
  });
}
