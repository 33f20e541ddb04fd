/** The orders the list offers, as the API names them (`sort=`): the server sorts, so every page follows the order. */
import type { PostmortemSort } from '../../../../src/store/store.types.js';

/** The choices of the Sort control; choosing none leaves the server's default order. */
export const SORT_LABELS = {
  started: 'Oldest incident first',
  severity: 'Severity, worst first',
  '-severity': 'Severity, mildest first',
  '-duration': 'Longest first',
  duration: 'Shortest first',
  '-open_actions': 'Most open action items',
  title: 'Title A–Z',
  '-title': 'Title Z–A',
  '-updated': 'Recently edited',
} as const satisfies Partial<Record<PostmortemSort, string>>;

/** The server's default order, shown when no sort is chosen. */
export const DEFAULT_SORT_LABEL = 'Newest incident first (best match when searching)';
