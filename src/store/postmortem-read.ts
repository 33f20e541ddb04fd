/** Reading postmortems: one, a filtered page (newest first, or best match first with `q`), and their revisions. */
import { sql, type Expression, type ExpressionBuilder, type Kysely } from 'kysely';
import { NotFoundError } from '../core/errors.js';
import { decodeCursor, encodeCursor, type CursorPosition } from './cursor.js';
import type { Connection } from './dialect/dialect.js';
import { postmortemNotFound } from './postmortem-write.js';
import { sortableInstant, storedPostmortem, summaryOf } from './postmortem-rows.js';
import { revisionOf } from './revision-rows.js';
import { searchWords } from './search-text.js';
import type { Actor, Page, PostmortemFilter, PostmortemSummary, Revision, RevisionInfo, StoredPostmortem } from './store.types.js';
import type { Database, PostmortemTable } from './tables.js';
import { checkedInstant, fieldError } from './validate.js';
import { visibleTo } from './visibility.js';

/** The largest page a list returns. */
export const MAX_PAGE_SIZE = 200;

const CORE_COLUMNS = ['postmortems.id', 'postmortems.version', 'postmortems.document', 'postmortems.created_at', 'postmortems.updated_at'] as const;

/** What a list reads: the summary column, never the document. */
const SUMMARY_COLUMNS = ['postmortems.id', 'postmortems.version', 'postmortems.updated_at', 'postmortems.summary'] as const;

/** How many of the best full-text hits a search looks at first (more when filters leave too few). */
const SEARCH_FIRST_TOP = 100;

/** Beyond this many, a search ranks every hit (one last query without a cut). */
const SEARCH_MAX_TOP = 10_000;

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

/** A postmortem the actor may see; NotFoundError otherwise. */
export async function getPostmortem({ db, dialect }: Connection, actor: Actor, id: string): Promise<StoredPostmortem> {
  // One query: the row and its members (as a JSON array) together.
  const row = await db
    .selectFrom('postmortems')
    .select(CORE_COLUMNS)
    .select(dialect.memberEmailsJson().as('members'))
    .where('postmortems.id', '=', id)
    .where(visibleTo(actor))
    .executeTakeFirst();
  if (row === undefined) throw postmortemNotFound(id);
  const members = typeof row.members === 'string' ? (JSON.parse(row.members) as string[]) : (row.members as string[]);
  return storedPostmortem(row, members);
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
): Promise<Page<PostmortemSummary>> {
  const limit = checkedLimit(page.limit);
  const words = filter.q === undefined ? null : searchWords(filter.q);
  if (words !== null && words.length === 0) return { items: [], nextCursor: null };
  const kind = words === null ? 'started' : 'search';
  const after: CursorPosition | null = page.cursor === undefined ? null : decodeCursor(kind, page.cursor);

  let query = db.selectFrom('postmortems').select(SUMMARY_COLUMNS).where(visibleTo(actor));
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
  const matches = (top: number | undefined) =>
    dialect.searchMatches(words ?? [], { ...(after === null ? {} : { after: { score: Number(after.key), id: after.id } }), ...(top === undefined ? {} : { top }) });
  /** True when the index holds fewer than `top` hits (after the cursor): looking deeper would find nothing more. */
  const allHitsSeen = async (top: number) => {
    const counted = await db.selectFrom(matches(top)).select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirst();
    return Number(counted?.n ?? 0) < top;
  };
  const searchPage = async (top: number | undefined) =>
    query
      .innerJoin(matches(top), 'm.id', 'postmortems.id')
      .select(score.as('key'))
      .orderBy(score, 'desc')
      .orderBy('postmortems.id')
      .limit(limit + 1)
      .execute();
  let rows;
  if (words === null) {
    rows = await query
      .select(startedKey.as('key'))
      .$if(after !== null, (q) => q.where(afterPosition(startedKey, after as CursorPosition)))
      .orderBy(startedKey, 'desc')
      .orderBy('postmortems.id')
      .limit(limit + 1)
      .execute();
  } else {
    // The best `top` hits from the index first; filters (visibility among them) only see those. When they leave
    // too few, look deeper, and in the end at every hit. The index's order is the page's order, so a page cut
    // from the top hits is the page cut from all of them.
    rows = [] as Awaited<ReturnType<typeof searchPage>>;
    for (let top: number | undefined = Math.max(SEARCH_FIRST_TOP, 4 * (limit + 1)); ; top = top * 8 > SEARCH_MAX_TOP ? undefined : top * 8) {
      rows = await searchPage(top);
      if (rows.length > limit || top === undefined || (await allHitsSeen(top))) break;
    }
  }

  const shown = rows.slice(0, limit);
  const last = shown.at(-1);
  const nextCursor = rows.length > limit && last !== undefined ? encodeCursor(kind, { key: last.key, id: last.id }) : null;
  return { items: await summariesOf(db, shown), nextCursor };
}

/** The summaries of list rows; a row the post-migration backfill has not reached yet is summarised from its document. */
async function summariesOf(db: Kysely<Database>, rows: Pick<PostmortemTable, 'id' | 'version' | 'updated_at' | 'summary'>[]): Promise<PostmortemSummary[]> {
  const missing = rows.filter((r) => r.summary === null).map((r) => r.id);
  const documents = new Map<string, string>();
  if (missing.length > 0) {
    for (const d of await db.selectFrom('postmortems').select(['id', 'document']).where('id', 'in', missing).execute()) documents.set(d.id, d.document);
  }
  return rows.map((row) => summaryOf({ ...row, ...(row.summary === null ? { document: documents.get(row.id) ?? 'null' } : {}) }));
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
