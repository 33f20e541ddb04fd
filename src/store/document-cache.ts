/**
 * An in-process cache of stored postmortems as text, for the most frequent request: read one. An entry is
 * handed out only while nothing has changed since it was read, by the same rules as the list cache:
 * - every write through this store empties the cache (and a read that overlapped a write is not kept);
 * - another process's commit changes the engine's marker (SQLite's `data_version`, PostgreSQL's commit
 *   notifications), which every lookup compares; while the engine cannot tell, nothing is cached.
 * Who may see an entry is checked on every lookup, as the SQL of a read checks it.
 */
import { canSeeAllRestricted } from '../core/access.js';
import type { Actor, StoredPostmortemText } from './store.types.js';

/** How many characters of documents are kept at most (the least recently read are dropped first). */
export const DOCUMENT_CACHE_MAX_CHARS = 128 * 1024 * 1024;

/** The cache of one store. */
export interface DocumentCache {
  /**
   * The cached postmortem when the actor may see it, else `load()`'s answer (remembered when nothing changed
   * meanwhile). `load` checks visibility itself and throws when the actor may not see the postmortem.
   */
  lookup(actor: Actor, id: string, load: () => Promise<StoredPostmortemText>): Promise<StoredPostmortemText>;
  /** Forgets every entry (called around every write). */
  clear(): void;
}

/** True when the actor may see the postmortem: what `visibleTo` asks in SQL. */
function visible(actor: Actor, stored: StoredPostmortemText): boolean {
  return !stored.restricted || canSeeAllRestricted(actor.role) || stored.members.includes(actor.email.toLowerCase());
}

/**
 * A document cache. `externalChanges` answers a number that changes when another process commits, or undefined
 * when the engine cannot tell (then every lookup loads). Entries handed out are shared: callers must not change them.
 */
export function createDocumentCache(externalChanges: () => number | undefined, maxChars = DOCUMENT_CACHE_MAX_CHARS): DocumentCache {
  const entries = new Map<string, StoredPostmortemText>();
  let chars = 0;
  let generation = 0;
  let marker: number | undefined;

  const forget = (id: string, stored: StoredPostmortemText) => {
    entries.delete(id);
    chars -= stored.document.length;
  };
  const clear = () => {
    generation += 1;
    entries.clear();
    chars = 0;
  };

  return {
    async lookup(actor, id, load) {
      const now = externalChanges();
      if (now !== marker) {
        clear();
        marker = now;
      }
      const hit = now === undefined ? undefined : entries.get(id);
      // A hit the actor may not see goes to the database, which answers "not found" in its own words.
      if (hit !== undefined && visible(actor, hit)) {
        // Most recently read last, so that the oldest reads are the first dropped.
        entries.delete(id);
        entries.set(id, hit);
        return hit;
      }
      const startedIn = generation;
      const loaded = await load();
      if (now !== undefined && startedIn === generation && externalChanges() === now && loaded.document.length <= maxChars) {
        const old = entries.get(id);
        if (old !== undefined) forget(id, old);
        entries.set(id, loaded);
        chars += loaded.document.length;
        for (const [oldestId, oldest] of entries) {
          if (chars <= maxChars) break;
          forget(oldestId, oldest);
        }
      }
      return loaded;
    },
    clear,
  };
}
