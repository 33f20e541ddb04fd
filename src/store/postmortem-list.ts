/**
 * The postmortem list: the postmortems the actor may see that pass the filter, in the asked order (newest
 * incident first by default, best match first for a search), one page at a time with stable cursors.
 */
import { sql, type Kysely, type SelectQueryBuilder } from 'kysely';
import { decodeCursor, encodeCursor, type CursorPosition } from './cursor.js';
import type { Connection, SearchMatch, SearchRanking } from './dialect/dialect.js';
import { afterPosition, cursorKeyType, sortSpec } from './list-sort.js';
import { sortableInstant, summaryOf } from './postmortem-rows.js';
import { startsWith } from './prefix.js';
import { searchWords } from './search-text.js';
import type { Actor, Page, PostmortemFilter, PostmortemSort, PostmortemSummary } from './store.types.js';
import type { Database, PostmortemTable } from './tables.js';
import { checkedInstant, fieldError } from './validate.js';
import { visibleTo } from './visibility.js';

/** The largest page a list returns. */
export const MAX_PAGE_SIZE = 200;

/** What a list reads: the summary column, never the document. */
const SUMMARY_COLUMNS = ['postmortems.id', 'postmortems.version', 'postmortems.updated_at', 'postmortems.summary'] as const;

/** The columns of SUMMARY_COLUMNS. */
type SummaryRow = Pick<PostmortemTable, 'id' | 'version' | 'updated_at' | 'summary'>;

/** The list query before its order: the postmortems the actor may see that pass the filter. */
type ListQuery = SelectQueryBuilder<Database, 'postmortems', SummaryRow>;

/** A row of a page, with the sort key its cursor carries (none in a search by relevance). */
type ListRow = SummaryRow & { key?: string | number };

/** How many of the best full-text hits a search looks at first (more when filters leave too few). */
const SEARCH_FIRST_TOP = 100;

/** Beyond this many, a search ranks every hit (one last query without a cut). */
const SEARCH_MAX_TOP = 10_000;

/** A page size within bounds, or InputError naming `limit`. */
function checkedLimit(limit: number): number {
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) throw fieldError('limit', `must be a whole number from 1 to ${MAX_PAGE_SIZE}`);
  return limit;
}

/** The order a list is read in: the one asked for, else relevance for a search and newest first otherwise. */
function orderOf(filter: PostmortemFilter, searching: boolean): PostmortemSort {
  const sort = filter.sort ?? (searching ? 'relevance' : '-started');
  if (sort === 'relevance' && !searching) throw fieldError('sort', 'relevance orders the results of a search: send it with q');
  return sort;
}

/** The postmortems the actor may see that pass the filter, in its order, one page at a time (stable cursors). */
export async function listPostmortems(
  { db, dialect }: Connection,
  actor: Actor,
  filter: PostmortemFilter,
  page: { limit: number; cursor?: string },
): Promise<Page<PostmortemSummary>> {
  const limit = checkedLimit(page.limit);
  const words = filter.q === undefined ? null : searchWords(filter.q);
  const sort = orderOf(filter, words !== null);
  if (words !== null && words.length === 0) return { items: [], nextCursor: null };
  const after: CursorPosition | null = page.cursor === undefined ? null : decodeCursor(sort, page.cursor, cursorKeyType(sort));

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
          .where(startsWith('postmortem_services.service', service)),
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

  const ranking = words === null ? null : await dialect.searchMatches(db, words, visibleTo(actor));
  let rows: ListRow[];
  if (sort !== 'relevance') {
    // A search in another order keeps every hit (the order is not the index's), then sorts like a plain list.
    const spec = sortSpec(sort);
    rows = await query
      .$if(ranking !== null, (q) => q.innerJoin((ranking as SearchRanking).matches(), 'm.id', 'postmortems.id'))
      .select(spec.key.as('key'))
      .$if(after !== null, (q) => q.where(afterPosition(spec, after as CursorPosition)))
      .orderBy(spec.key, spec.direction)
      .orderBy('postmortems.id', spec.idDirection)
      .limit(limit + 1)
      .execute();
  } else {
    rows = await relevancePage(db, query, ranking as SearchRanking, after, limit);
  }

  const shown = rows.slice(0, limit);
  const last = shown.at(-1);
  // A relevance cursor names the last row only: its score stays in the store (see relevancePage).
  const nextCursor = rows.length > limit && last !== undefined ? encodeCursor(sort, { key: last.key ?? null, id: last.id }) : null;
  return { items: await summariesOf(db, shown), nextCursor };
}

/**
 * A page of a search by relevance. The best `top` hits from the index first; filters (visibility among them) only see
 * those. When they leave too few, look deeper, and in the end at every hit. The index's order is the page's order, so
 * a page cut from the top hits is the page cut from all of them. After a cursor, the page goes on after its row's
 * score, asked again in this search; a row no longer among the caller's hits (changed, deleted or restricted since)
 * has none, and the caller must start again: InputError naming `cursor`.
 */
async function relevancePage(db: Kysely<Database>, query: ListQuery, ranking: SearchRanking, after: CursorPosition | null, limit: number): Promise<ListRow[]> {
  let position: SearchMatch | undefined;
  if (after !== null) {
    const score = await ranking.scoreOf(after.id);
    if (score === undefined) throw fieldError('cursor', 'the postmortem the previous page ended with no longer matches the search (changed or deleted since); start again without a cursor');
    position = { score, id: after.id };
  }
  const matches = (top: number | undefined) => ranking.matches({ ...(position === undefined ? {} : { after: position }), ...(top === undefined ? {} : { top }) });
  /** True when the index holds fewer than `top` hits (after the cursor): looking deeper would find nothing more. */
  const allHitsSeen = async (top: number) => {
    const counted = await db.selectFrom(matches(top)).select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirst();
    return Number(counted?.n ?? 0) < top;
  };
  const score = sql.ref<number>('m.score');
  for (let top: number | undefined = Math.max(SEARCH_FIRST_TOP, 4 * (limit + 1)); ; top = top * 8 > SEARCH_MAX_TOP ? undefined : top * 8) {
    const rows = await query.innerJoin(matches(top), 'm.id', 'postmortems.id').orderBy(score, 'desc').orderBy('postmortems.id').limit(limit + 1).execute();
    if (rows.length > limit || top === undefined || (await allHitsSeen(top))) return rows;
  }
}

/** The summaries of list rows; a row the post-migration backfill has not reached yet is summarised from its document. */
async function summariesOf(db: Kysely<Database>, rows: SummaryRow[]): Promise<PostmortemSummary[]> {
  const missing = rows.filter((r) => r.summary === null).map((r) => r.id);
  const documents = new Map<string, string>();
  if (missing.length > 0) {
    for (const d of await db.selectFrom('postmortems').select(['id', 'document']).where('id', 'in', missing).execute()) documents.set(d.id, d.document);
  }
  return rows.map((row) => summaryOf({ ...row, ...(row.summary === null ? { document: documents.get(row.id) ?? 'null' } : {}) }));
}
