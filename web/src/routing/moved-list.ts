/** The postmortem list moved from `/` to `/postmortems`: an address of it shared before, with its filters, still opens it. */
import { FILTER_KEYS } from '../pages/list/list-filters.js';

const LIST_KEYS: readonly string[] = [...FILTER_KEYS, 'sort'];

/** `/postmortems?…` for `/` carrying filters or an order of the list; null for any other address (the dashboard stays). */
export function movedListAddress(location: URL): string | null {
  if (location.pathname !== '/' || ![...location.searchParams.keys()].some((key) => LIST_KEYS.includes(key))) return null;
  return `/postmortems${location.search}`;
}
