/**
 * A small in-process cache of list and search pages. A search ranks thousands of hits (milliseconds of CPU
 * that SQLite's synchronous driver spends on the event loop), and the same few pages are asked for again and
 * again; a cached page is served only while nothing has changed:
 * - every write through this store empties the cache (and a page computed while a write ran is not kept);
 * - another process's commit changes the engine's marker (SQLite's `data_version`, seen from the next event-loop
 *   turn; PostgreSQL's commit notifications, heard a moment after the commit), which every lookup compares;
 * - while the engine cannot tell (PostgreSQL's listening connection is down), a page lives at most LIST_CACHE_TTL_MS.
 */
import { canSeeAllRestricted } from '../core/access.js';
import type { Actor, Page, PostmortemFilter, PostmortemSummary } from './store.types.js';

/** How long a page is kept while the engine cannot tell about other processes' writes. */
export const LIST_CACHE_TTL_MS = 2_000;

/** At most this many pages are kept (oldest dropped first). */
const MAX_ENTRIES = 500;

/** The filter fields (and the order) in a fixed order, so that equal filters give equal keys. */
const FILTER_FIELDS = ['status', 'severity', 'service', 'tag', 'author', 'from', 'to', 'q', 'sort'] as const;

type ListPage = Page<PostmortemSummary>;

/** The cache of one store. */
export interface ListCache {
  /** The cached page, or `load()`'s (remembered when no write happened meanwhile). */
  lookup(actor: Actor, filter: PostmortemFilter, page: { limit: number; cursor?: string }, load: () => Promise<ListPage>): Promise<ListPage>;
  /** Forgets every page (called around every write). */
  clear(): void;
}

/** What a page depends on: who may see what (all restricted postmortems, or those of one member), the filter, the page. */
function keyOf(actor: Actor, filter: PostmortemFilter, page: { limit: number; cursor?: string }): string {
  const who = canSeeAllRestricted(actor.role) ? '*' : actor.email.toLowerCase();
  return JSON.stringify([who, ...FILTER_FIELDS.map((f) => filter[f] ?? null), page.limit, page.cursor ?? null]);
}

/**
 * A list cache. `externalChanges` answers a number that changes when another process commits (undefined when the
 * engine cannot tell, and then pages expire after `ttlMs`). Pages handed out are shared: callers must not change them.
 */
export function createListCache(externalChanges: () => number | undefined, now: () => number = Date.now, ttlMs = LIST_CACHE_TTL_MS): ListCache {
  const entries = new Map<string, { page: ListPage; generation: number; marker: number | undefined; expires: number }>();
  // Loads in flight, so that many requests missing the same page at once compute it once.
  const pending = new Map<string, { promise: Promise<ListPage>; generation: number; marker: number | undefined }>();
  let generation = 0;
  return {
    async lookup(actor, filter, page, load) {
      const key = keyOf(actor, filter, page);
      const marker = externalChanges();
      const hit = entries.get(key);
      if (hit !== undefined) {
        const fresh = hit.generation === generation && hit.marker === marker && (marker !== undefined || hit.expires > now());
        if (fresh) return hit.page;
        entries.delete(key);
      }
      const inFlight = pending.get(key);
      if (inFlight !== undefined && inFlight.generation === generation && inFlight.marker === marker) return inFlight.promise;
      const startedIn = generation;
      const promise = load();
      pending.set(key, { promise, generation, marker });
      try {
        const loaded = await promise;
        // Kept only if no write of this process ran meanwhile and no other process committed meanwhile.
        if (startedIn === generation && externalChanges() === marker) {
          entries.set(key, { page: loaded, generation, marker, expires: now() + ttlMs });
          if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value as string);
        }
        return loaded;
      } finally {
        if (pending.get(key)?.promise === promise) pending.delete(key);
      }
    },
    clear() {
      generation += 1;
      entries.clear();
      pending.clear();
    },
  };
}
