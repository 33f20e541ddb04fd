/** Orders of the loaded list rows (the server pages newest first, or best match first when searching). */
import type { PostmortemRow } from '../../api/types.js';

export const ROW_ORDERS = {
  server: 'Newest first (or best match)',
  severity: 'Severity, worst first',
  duration: 'Longest first',
  openActions: 'Most open action items',
  title: 'Title A–Z',
  updated: 'Recently edited',
} as const;

export type RowOrder = keyof typeof ROW_ORDERS;

const COMPARE: Record<Exclude<RowOrder, 'server'>, (a: PostmortemRow, b: PostmortemRow) => number> = {
  severity: (a, b) => (a.severity ?? 'SEV9').localeCompare(b.severity ?? 'SEV9'),
  duration: (a, b) => (b.derived.durationMinutes ?? -1) - (a.derived.durationMinutes ?? -1),
  openActions: (a, b) => b.openActionItems - a.openActionItems,
  title: (a, b) => a.title.localeCompare(b.title),
  updated: (a, b) => b.updatedAt.localeCompare(a.updatedAt),
};

/** The rows in the chosen order (a copy; ties keep the server's order). */
export function orderRows(rows: readonly PostmortemRow[], order: RowOrder): PostmortemRow[] {
  return order === 'server' ? [...rows] : [...rows].sort(COMPARE[order]);
}
