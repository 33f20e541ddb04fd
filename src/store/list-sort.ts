/**
 * The orders of the postmortem list. Each is a sort key computed in SQL from the postmortems row (never from
 * the document), unknown values last in either direction, and the id to break ties; each key has an index
 * (migrations 0001 and 0003) so that a page walks the index and stops, whatever the number of postmortems.
 * A page's cursor carries the key of its last row: each key is a value the row shows its reader anyway (its start,
 * last change, severity, title, duration or open action items), never anything else about the postmortem.
 */
import { sql, type ExpressionBuilder, type RawBuilder } from 'kysely';
import type { CursorKeyType, CursorPosition } from './cursor.js';
import type { PostmortemSort } from './store.types.js';
import type { Database } from './tables.js';

/** How one order sorts: its key (never null: unknown values get a stand-in that sorts last) and directions. */
export interface SortSpec {
  key: RawBuilder<string | number>;
  /** What the key's column holds, as cursors must carry it. */
  keyType: Exclude<CursorKeyType, 'none'>;
  direction: 'asc' | 'desc';
  /** The direction of the id tie-breaker (the key's own, except in the first release's default order). */
  idDirection: 'asc' | 'desc';
}

/** The orders a list may be asked for (`relevance` needs a search), the default first. */
export const POSTMORTEM_SORTS = [
  '-started', 'started', '-updated', 'updated', 'severity', '-severity', 'title', '-title', '-duration', 'duration', '-open_actions', 'open_actions', 'relevance',
] as const satisfies readonly PostmortemSort[];

// The key expressions are SQL text without parameters: an expression index is used only for the same text.
const startedNewest = sql<string>`coalesce(postmortems.started_at, '')`;
const startedOldest = sql<string>`coalesce(postmortems.started_at, '9999-12-31T23:59:59.999999999Z')`;
const updated = sql<string>`postmortems.updated_at`;
const severityWorst = sql<string>`coalesce(postmortems.severity, 'SEV9')`;
const severityMildest = sql<string>`coalesce(postmortems.severity, 'SEV0')`;
const title = sql<string>`lower(postmortems.title)`;
const durationLongest = sql<number>`coalesce(postmortems.duration_minutes, -1)`;
const durationShortest = sql<number>`coalesce(postmortems.duration_minutes, 2147483647)`;
const openActions = sql<number>`postmortems.open_action_items`;

/** Every order but relevance (which is the search's own ranking). */
const SPECS: Record<Exclude<PostmortemSort, 'relevance'>, SortSpec> = {
  '-started': { key: startedNewest, keyType: 'text', direction: 'desc', idDirection: 'asc' },
  started: { key: startedOldest, keyType: 'text', direction: 'asc', idDirection: 'asc' },
  '-updated': { key: updated, keyType: 'text', direction: 'desc', idDirection: 'desc' },
  updated: { key: updated, keyType: 'text', direction: 'asc', idDirection: 'asc' },
  severity: { key: severityWorst, keyType: 'text', direction: 'asc', idDirection: 'asc' },
  '-severity': { key: severityMildest, keyType: 'text', direction: 'desc', idDirection: 'desc' },
  title: { key: title, keyType: 'text', direction: 'asc', idDirection: 'asc' },
  '-title': { key: title, keyType: 'text', direction: 'desc', idDirection: 'desc' },
  '-duration': { key: durationLongest, keyType: 'integer', direction: 'desc', idDirection: 'desc' },
  duration: { key: durationShortest, keyType: 'integer', direction: 'asc', idDirection: 'asc' },
  '-open_actions': { key: openActions, keyType: 'integer', direction: 'desc', idDirection: 'desc' },
  open_actions: { key: openActions, keyType: 'integer', direction: 'asc', idDirection: 'asc' },
};

/** What a sort's cursors carry as its key: the column's type, or none for relevance (a search score never leaves the store). */
export function cursorKeyType(sort: PostmortemSort): CursorKeyType {
  return sort === 'relevance' ? 'none' : SPECS[sort].keyType;
}

/** The spec of a sort other than relevance. */
export function sortSpec(sort: Exclude<PostmortemSort, 'relevance'>): SortSpec {
  return SPECS[sort];
}

/**
 * The rows after a cursor position in a sort's order. The redundant bound on the key alone (`key <=` when
 * descending) lets the index start the scan at the position instead of skipping every earlier row.
 */
export function afterPosition(spec: SortSpec, after: CursorPosition) {
  const descending = spec.direction === 'desc';
  return (eb: ExpressionBuilder<Database, 'postmortems'>) =>
    eb.and([
      eb(spec.key, descending ? '<=' : '>=', after.key),
      eb.or([eb(spec.key, descending ? '<' : '>', after.key), eb('postmortems.id', spec.idDirection === 'asc' ? '>' : '<', after.id)]),
    ]);
}
