/** Reading postmortems: one, a filtered page (newest first, or best match first with `q`), and their revisions. */
import { sql, type Expression, type ExpressionBuilder, type Kysely } from 'kysely';
import { NotFoundError } from '../core/errors.js';
import { decodeCursor, encodeCursor, type CursorPosition } from './cursor.js';
import type { Connection } from './dialect/dialect.js';
import { postmortemNotFound } from './postmortem-write.js';
import { sortableInstant, storedPostmortem, type PostmortemCore } from './postmortem-rows.js';
import { revisionOf } from './revision-rows.js';
import { searchWords } from './search-text.js';
import type { Actor, Page, PostmortemFilter, Revision, RevisionInfo, StoredPostmortem } from './store.types.js';
import type { Database } from './tables.js';
import { checkedInstant, fieldError } from './validate.js';
import { visibleTo } from './visibility.js';

/** The largest page a list returns. */
export const MAX_PAGE_SIZE = 200;

const CORE_COLUMNS = ['postmortems.id', 'postmortems.version', 'postmortems.document', 'postmortems.created_at', 'postmortems.updated_at'] as const;

/** The list order without `q`: started_at descending with unknown times last, then id (matches an index). */
const startedKey = sql<string>`coalesce(postmortems.started_at, '')`;

/**
 * The rows after a cursor position in the order (key descending, id ascending). The redundant `key <=` bound
 * lets an index on the key start the scan at the position instead of skipping every earlier row.
 */
function afterPosition(key: Expression<string | number>, after: CursorPosition) {
  return (eb: ExpressionBuilder<Database, 'postmortems'>) =>
    eb.and([eb(key, '<=', after.key), eb.or([eb(key, '<', after.key), eb('postmortems.id', '>', after.id)])]);
}

/** The members of each postmortem, by id. */
async function membersOf(db: Kysely<Database>, ids: string[]): Promise<Map<string, string[]>> {
  const byId = new Map<string, string[]>(ids.map((id) => [id, []]));
  if (ids.length === 0) return byId;
  const rows = await db.selectFrom('postmortem_members').select(['postmortem_id', 'email']).where('postmortem_id', 'in', ids).orderBy('email').execute();
  for (const row of rows) byId.get(row.postmortem_id)?.push(row.email);
  return byId;
}

/** Rows with their members, as stored postmortems. */
async function withMembers(db: Kysely<Database>, rows: PostmortemCore[]): Promise<StoredPostmortem[]> {
  const members = await membersOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((row) => storedPostmortem(row, members.get(row.id) ?? []));
}

/** A postmortem the actor may see; NotFoundError otherwise. */
export async function getPostmortem({ db }: Connection, actor: Actor, id: string): Promise<StoredPostmortem> {
  const row = await db.selectFrom('postmortems').select(CORE_COLUMNS).where('postmortems.id', '=', id).where(visibleTo(actor)).executeTakeFirst();
  if (row === undefined) throw postmortemNotFound(id);
  const [stored] = await withMembers(db, [row]);
  return stored as StoredPostmortem;
}

/** NotFoundError unless the postmortem exists and the actor may see it. */
export async function requireVisible(db: Kysely<Database>, actor: Actor, id: string): Promise<void> {
  const row = await db.selectFrom('postmortems').select('postmortems.id').where('postmortems.id', '=', id).where(visibleTo(actor)).executeTakeFirst();
  if (row === undefined) throw postmortemNotFound(id);
}

/** A page size within bounds, or InputError naming `limit`. */
function checkedLimit(limit: number): number {
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) throw fieldError('limit', `must be a whole number from 1 to ${MAX_PAGE_SIZE}`);
  return limit;
}

/** The postmortems the actor may see that pass the filter, one page at a time (stable cursors). */
export async function listPostmortems(
  { db, dialect }: Connection,
  actor: Actor,
  filter: PostmortemFilter,
  page: { limit: number; cursor?: string },
): Promise<Page<StoredPostmortem>> {
  const limit = checkedLimit(page.limit);
  const words = filter.q === undefined ? null : searchWords(filter.q);
  if (words !== null && words.length === 0) return { items: [], nextCursor: null };
  const kind = words === null ? 'started' : 'search';
  const after: CursorPosition | null = page.cursor === undefined ? null : decodeCursor(kind, page.cursor);

  let query = db.selectFrom('postmortems').select(CORE_COLUMNS).where(visibleTo(actor));
  if (filter.status !== undefined) query = query.where('postmortems.status', '=', filter.status);
  if (filter.severity !== undefined) query = query.where('postmortems.severity', '=', filter.severity);
  if (filter.author !== undefined) query = query.where(sql<string>`lower(postmortems.author)`, '=', filter.author.trim().toLowerCase());
  if (filter.from !== undefined) query = query.where('postmortems.started_at', '>=', sortableInstant(checkedInstant(filter.from, 'from')));
  if (filter.to !== undefined) query = query.where('postmortems.started_at', '<', sortableInstant(checkedInstant(filter.to, 'to')));
  const service = filter.service?.trim().toLowerCase();
  if (service !== undefined) {
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('postmortem_services')
          .select('postmortem_services.service')
          .whereRef('postmortem_services.postmortem_id', '=', 'postmortems.id')
          .where('postmortem_services.service', '=', service),
      ),
    );
  }
  const tag = filter.tag?.trim().toLowerCase();
  if (tag !== undefined) {
    query = query.where((eb) =>
      eb.exists(
        eb.selectFrom('postmortem_tags').select('postmortem_tags.tag').whereRef('postmortem_tags.postmortem_id', '=', 'postmortems.id').where('postmortem_tags.tag', '=', tag),
      ),
    );
  }

  const score = sql.ref<number>('m.score');
  const rows =
    words === null
      ? await query
          .select(startedKey.as('key'))
          .$if(after !== null, (q) => q.where(afterPosition(startedKey, after as CursorPosition)))
          .orderBy(startedKey, 'desc')
          .orderBy('postmortems.id')
          .limit(limit + 1)
          .execute()
      : await query
          .innerJoin(dialect.searchMatches(words), 'm.id', 'postmortems.id')
          .select(score.as('key'))
          .$if(after !== null, (q) => q.where(afterPosition(score, after as CursorPosition)))
          .orderBy(score, 'desc')
          .orderBy('postmortems.id')
          .limit(limit + 1)
          .execute();

  const shown = rows.slice(0, limit);
  const last = shown.at(-1);
  const nextCursor = rows.length > limit && last !== undefined ? encodeCursor(kind, { key: last.key, id: last.id }) : null;
  return { items: await withMembers(db, shown), nextCursor };
}

/** The revisions of a postmortem the actor may see, oldest first. */
export async function listRevisions({ db }: Connection, actor: Actor, id: string): Promise<RevisionInfo[]> {
  await requireVisible(db, actor, id);
  const rows = await db
    .selectFrom('revisions')
    .select(['postmortem_id', 'number', 'at', 'user_id', 'user_email', 'changed', 'note'])
    .where('postmortem_id', '=', id)
    .orderBy('number')
    .execute();
  return rows.map((row) => revisionOf(row));
}

/** One revision in full. */
export async function getRevision({ db }: Connection, actor: Actor, id: string, number: number): Promise<Revision> {
  await requireVisible(db, actor, id);
  const row = await db.selectFrom('revisions').selectAll().where('postmortem_id', '=', id).where('number', '=', number).executeTakeFirst();
  if (row === undefined) throw new NotFoundError(`postmortem "${id}" has no revision ${number}`, { id, number });
  return revisionOf(row);
}
