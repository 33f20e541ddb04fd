/** Action items across every postmortem the actor may see, and changing one item's status (with a revision). */
import { sql, type Expression, type ExpressionBuilder, type Kysely, type SqlBool } from 'kysely';
import type { z } from 'zod';
import { ConflictError, ForbiddenError, NotFoundError } from '../core/errors.js';
import { actionStatusSchema, calendarDate, prioritySchema, type ActionItem, type ActionStatus } from '../core/postmortem.schema.js';
import { itemKeys } from '../core/action-item-keys.js';
import { recordClosing } from './action-item-times.js';
import { CLOSED_ACTION_STATUSES } from '../core/vocabulary.js';
import type { Connection } from './dialect/dialect.js';
import { actionItemOf } from './postmortem-rows.js';
import { startsWith } from './prefix.js';
import { loadForWrite, saveChange } from './postmortem-write.js';
import type { StoreContext } from './store-context.js';
import { decodeCursor, encodeCursor, fitsKeyType } from './cursor.js';
import type { ActionItemCounts, ActionItemFilter, ActionItemRow, Actor, Page, StoredPostmortem } from './store.types.js';
import type { Database } from './tables.js';
import { fieldError } from './validate.js';
import { itemVisibleTo, requireWrite } from './visibility.js';

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

/** The page size of the action-item list when none is asked for. */
export const DEFAULT_ACTION_ITEM_PAGE = 200;

/** The largest page of the action-item list. */
export const MAX_ACTION_ITEM_PAGE = 1000;

const CURSOR_KIND = 'action-items';

/** The sort key of every list of items: priority (none last), due date (none last), postmortem, position — the expressions of the index of migration 0021. */
const priorityKey = sql<string>`coalesce(action_items.priority, 'P9')`;
const dueKey = sql<string>`coalesce(action_items.due_date, '9999-12-31')`;

/** The position a cursor of this list stands for; InputError naming `cursor` otherwise. */
function decodeActionCursor(cursor: string): { priority: string; due: string; postmortemId: string; position: number } {
  const { key, id } = decodeCursor(CURSOR_KIND, cursor);
  let parts: unknown;
  try {
    parts = typeof key === 'string' ? JSON.parse(key) : null;
  } catch {
    parts = null;
  }
  if (Array.isArray(parts) && parts.length === 3 && fitsKeyType(parts[0], 'text') && fitsKeyType(parts[1], 'text') && fitsKeyType(parts[2], 'integer')) {
    return { priority: parts[0], due: parts[1], postmortemId: id, position: parts[2] as number };
  }
  throw fieldError('cursor', 'not a cursor of this list (use the nextCursor of the previous page, with the same filters)');
}

/** What a filter asks of an item, as conditions on `action_items` (InputError naming a field the filter gets wrong). */
function filterConditions(eb: ExpressionBuilder<Database, 'action_items'>, filter: ActionItemFilter): Expression<SqlBool>[] {
  const conditions: Expression<SqlBool>[] = [];
  const owner = filter.owner?.trim().toLowerCase();
  if (owner !== undefined) conditions.push(eb(sql<string>`lower(action_items.owner)`, '=', owner));
  const team = filter.team?.trim().toLowerCase();
  if (team !== undefined) {
    conditions.push(
      eb.exists(
        eb.selectFrom('postmortem_teams').select('postmortem_teams.team').whereRef('postmortem_teams.postmortem_id', '=', 'action_items.postmortem_id').where(startsWith('postmortem_teams.team', team)),
      ),
    );
  }
  if (filter.status !== undefined) {
    conditions.push(eb('action_items.status', '=', checked(actionStatusSchema, filter.status, 'status', 'use open, in_progress, done, verified or wont_do')));
  }
  if (filter.open === true) conditions.push(eb('action_items.status', 'not in', [...CLOSED_ACTION_STATUSES]));
  if (filter.priority !== undefined) conditions.push(eb('action_items.priority', '=', checked(prioritySchema, filter.priority, 'priority', 'use P1, P2 or P3')));
  if (filter.overdue === true) {
    const today = filter.today === undefined ? todayUtc() : checked(calendarDate, filter.today, 'today', 'use YYYY-MM-DD');
    conditions.push(eb('action_items.due_date', '<', today), eb('action_items.status', 'not in', [...CLOSED_ACTION_STATUSES]));
  }
  if (filter.dueFrom !== undefined) conditions.push(eb('action_items.due_date', '>=', checked(calendarDate, filter.dueFrom, 'dueFrom', 'use YYYY-MM-DD')));
  return conditions;
}

/** The action items the actor may see that the filter keeps (a query to finish). */
function filteredItems(db: Kysely<Database>, actor: Actor, filter: ActionItemFilter) {
  return db
    .selectFrom('action_items')
    .where(itemVisibleTo(actor))
    .where((eb) => eb.and(filterConditions(eb, filter)));
}

/**
 * How many items each filter keeps, in all and per owner (in lower case; null for none), the most first: one pass
 * over the items the actor may see, however many filters.
 */
export async function countActionItems<Filters extends readonly ActionItemFilter[]>(
  { db }: Connection,
  actor: Actor,
  filters: readonly [...Filters],
): Promise<{ [K in keyof Filters]: ActionItemCounts }> {
  type Answer = { [K in keyof Filters]: ActionItemCounts };
  if (filters.length === 0) return [] as unknown as Answer;
  const owner = sql<string | null>`lower(action_items.owner)`;
  const rows = await db
    .selectFrom('action_items')
    .where(itemVisibleTo(actor))
    .where((eb) => eb.or(filters.map((filter) => eb.and(filterConditions(eb, filter)))))
    .select(owner.as('owner'))
    .select((eb) => filters.map((filter, i) => eb.fn.sum<number | string>(eb.case().when(eb.and(filterConditions(eb, filter))).then(1).else(0).end()).as(`n${i}`)))
    .groupBy(owner)
    .execute();
  return filters.map((_, i) => {
    const byOwner = rows
      .map((r) => ({ owner: r.owner, count: Number((r as Record<string, unknown>)[`n${i}`]) }))
      .filter((r) => r.count > 0)
      .sort((a, b) => b.count - a.count || (a.owner ?? '').localeCompare(b.owner ?? ''));
    return { total: byOwner.reduce((n, r) => n + r.count, 0), byOwner };
  }) as unknown as Answer;
}

/**
 * Action items matching the filter, one page at a time: P1 first, then by due date (undated last), then by
 * postmortem and position.
 */
export async function listActionItems(
  { db }: Connection,
  actor: Actor,
  filter: ActionItemFilter,
  page: { limit?: number; cursor?: string } = {},
): Promise<Page<ActionItemRow>> {
  const limit = page.limit ?? DEFAULT_ACTION_ITEM_PAGE;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_ACTION_ITEM_PAGE) throw fieldError('limit', `must be a whole number from 1 to ${MAX_ACTION_ITEM_PAGE}`);
  const after = page.cursor === undefined ? null : decodeActionCursor(page.cursor);
  let query = filteredItems(db, actor, filter).innerJoin('postmortems', 'postmortems.id', 'action_items.postmortem_id').selectAll('action_items').select('postmortems.title as postmortem_title');
  if (after !== null) {
    query = query.where(
      sql<boolean>`(${priorityKey}, ${dueKey}, action_items.postmortem_id, action_items.position) > (${after.priority}, ${after.due}, ${after.postmortemId}, ${after.position})`,
    );
  }
  const rows = await query
    .select([priorityKey.as('priority_key'), dueKey.as('due_key')])
    .orderBy(priorityKey)
    .orderBy(dueKey)
    .orderBy('action_items.postmortem_id')
    .orderBy('action_items.position')
    .limit(limit + 1)
    .execute();
  const shown = rows.slice(0, limit);
  const last = shown.at(-1);
  const nextCursor =
    rows.length > limit && last !== undefined
      ? encodeCursor(CURSOR_KIND, { key: JSON.stringify([last.priority_key, last.due_key, last.position]), id: last.postmortem_id })
      : null;
  return { items: shown.map(actionItemOf), nextCursor };
}

/** The index of an item (by its id, else its 0-based position); NotFoundError naming both when there is none. */
export function itemIndex(items: readonly ActionItem[], postmortemId: string, itemKey: string): number {
  const byId = items.findIndex((a) => a.id !== null && a.id === itemKey);
  const index = byId >= 0 ? byId : /^\d+$/.test(itemKey) ? Number(itemKey) : -1;
  if (items[index] === undefined) throw new NotFoundError(`postmortem "${postmortemId}" has no action item "${itemKey}"`, { id: postmortemId, item: itemKey });
  return index;
}

/**
 * Sets the status of one item (by its id, else by its 0-based position) and records a revision. `verified` is not
 * set this way (verifyActionItem: by someone other than the owner, with evidence); `wont_do` needs a reason.
 */
export async function setActionItemStatus(
  { db, dialect }: Connection,
  context: StoreContext,
  actor: Actor,
  postmortemId: string,
  itemKey: string,
  status: ActionStatus,
  reason?: string,
): Promise<StoredPostmortem> {
  requireWrite(actor);
  const next = checked(actionStatusSchema, status, 'status', 'use open, in_progress, done, verified or wont_do');
  if (next === 'verified') throw new ConflictError('status: an item is verified by someone other than its owner, with evidence that it works: POST …/action-items/{key}/verify {"evidence": "…"}');
  const why = reason?.trim() ?? '';
  if (next === 'wont_do' && why.length < 3) throw fieldError('reason', 'say why it will not be done (a decision the review can read later)');
  return dialect.writeTransaction(db, async (trx) => {
    const current = await loadForWrite(trx, dialect, actor, postmortemId);
    const items = current.postmortem.actionItems;
    const index = itemIndex(items, postmortemId, itemKey);
    const item = items[index] as ActionItem;
    const actionItems = items.map((a, i) => (i === index ? { ...a, status: next } : a));
    const note = `action item ${itemKey}: ${item.status} -> ${next}${next === 'wont_do' ? ` (${why})` : ''}`;
    const saved = await saveChange(trx, dialect, context, actor, current, { ...current.postmortem, actionItems }, { note });
    if (next === 'wont_do') await recordClosing(trx, postmortemId, itemKeys(actionItems)[index] as string, { wontDoReason: why });
    return saved;
  });
}

/** True when the owner an item names is the actor: their e-mail, or their name as their account gives it. */
async function ownsItem(trx: Kysely<Database>, actor: Actor, owner: string | null): Promise<boolean> {
  const named = owner?.trim().replace(/^@/, '').toLowerCase() ?? '';
  if (named === '') return false;
  if (named === actor.email.toLowerCase()) return true;
  const user = await trx.selectFrom('users').select('name').where('id', '=', actor.userId).executeTakeFirst();
  return user !== undefined && user.name.trim().toLowerCase() === named;
}

/** Verifies a done item: someone other than its owner, with a note or link showing it works; recorded as a revision. */
export async function verifyActionItem(
  { db, dialect }: Connection,
  context: StoreContext,
  actor: Actor,
  postmortemId: string,
  itemKey: string,
  evidence: string,
): Promise<StoredPostmortem> {
  requireWrite(actor);
  const shown = evidence.trim();
  if (shown.length < 3) throw fieldError('evidence', 'say how you know it works: a note or a link (the alert that fired in a test, the game day, the merged check)');
  if (shown.length > 2000) throw fieldError('evidence', 'must be at most 2,000 characters long');
  return dialect.writeTransaction(db, async (trx) => {
    const current = await loadForWrite(trx, dialect, actor, postmortemId);
    const items = current.postmortem.actionItems;
    const index = itemIndex(items, postmortemId, itemKey);
    const item = items[index] as ActionItem;
    if (item.status !== 'done') throw new ConflictError(`action item ${itemKey} is ${item.status.replace('_', ' ')}: only a done item can be verified (mark it done first)`, { status: item.status });
    if (await ownsItem(trx, actor, item.owner)) throw new ForbiddenError(`you own action item ${itemKey}: someone else verifies that it works`);
    const actionItems = items.map((a, i) => (i === index ? { ...a, status: 'verified' as const } : a));
    const note = `action item ${itemKey}: done -> verified by ${actor.email.toLowerCase()} (${shown})`;
    const saved = await saveChange(trx, dialect, context, actor, current, { ...current.postmortem, actionItems }, { note });
    await recordClosing(trx, postmortemId, itemKeys(actionItems)[index] as string, { verifiedBy: actor.email.toLowerCase(), evidence: shown });
    return saved;
  });
}
