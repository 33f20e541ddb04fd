/**
 * What the practice derives from all the data (the overview, the completion rate), kept per store and key until the
 * store changes (any write through it, or another process's commit where the engine can tell) or a minute passes
 * (deadlines and due dates move on with the clock): many readers at once share one computation. When only the
 * minute has moved on, readers get the value of the minute before while it is computed again (once): it is never
 * older than two minutes, and nobody waits on the clock's account.
 */
import type { Store } from '../../store/store.types.js';

/** How long a derived value is kept while nothing is written. */
const KEPT_MS = 60_000;
/** Values kept at once per store (the oldest are dropped all together). */
const MAX_KEPT = 200;

/** A value as it was computed: the store's change marker and the minute it was computed for. */
interface Kept {
  marker: string;
  minute: number;
  value: Promise<unknown>;
  /** True once the value has resolved (only a resolved value is handed out while the next one is computed). */
  ready: boolean;
  /** True while the value of a later minute is computed. */
  refreshing: boolean;
}

const kept = new WeakMap<Store, Map<string, Kept>>();

/**
 * Computes the value of `key` for a marker and minute. A fresh value is kept at once; a refresh (`replacing` the
 * value of the minute before) once it resolves, and only if that value is still the one kept. A failure is not kept.
 */
function computeInto(values: Map<string, Kept>, key: string, marker: string, minute: number, compute: () => Promise<unknown>, replacing?: Kept): Kept {
  const entry: Kept = { marker, minute, value: compute(), ready: false, refreshing: false };
  if (replacing === undefined) values.set(key, entry);
  entry.value.then(
    () => {
      entry.ready = true;
      if (replacing !== undefined && values.get(key) === replacing) values.set(key, entry);
    },
    () => {
      if (values.get(key) === entry) values.delete(key);
    },
  );
  return entry;
}

/** `compute()`'s answer for `key`, computed once per change of the store and minute of its clock. */
export function derivedOnce<T>(store: Store, key: string, compute: () => Promise<T>): Promise<T> {
  const marker = store.changeMarker();
  const minute = Math.floor(store.now() / KEPT_MS);
  let values = kept.get(store);
  if (values === undefined) kept.set(store, (values = new Map()));
  const entry = values.get(key);
  if (entry !== undefined && entry.marker === marker) {
    if (entry.minute === minute) return entry.value as Promise<T>;
    if (entry.ready && entry.minute === minute - 1) {
      if (!entry.refreshing) {
        entry.refreshing = true;
        const refresh = computeInto(values, key, marker, minute, compute, entry);
        refresh.value.catch(() => (entry.refreshing = false));
      }
      return entry.value as Promise<T>;
    }
  }
  if (values.size >= MAX_KEPT) values.clear();
  return computeInto(values, key, marker, minute, compute).value as Promise<T>;
}
