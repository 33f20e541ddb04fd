/**
 * What the practice derives from all the data (the overview, the completion rate), kept per store and key until the
 * store changes (any write through it, or another process's commit where the engine can tell) or a minute passes
 * (deadlines and due dates move on with the clock): many readers at once share one computation.
 */
import type { Store } from '../../store/store.types.js';

/** How long a derived value is kept while nothing is written. */
const KEPT_MS = 60_000;
/** Values kept at once per store (the oldest are dropped all together). */
const MAX_KEPT = 200;

const kept = new WeakMap<Store, Map<string, Promise<unknown>>>();

/** `compute()`'s answer for `key`, computed once per change of the store and minute of its clock. */
export function derivedOnce<T>(store: Store, key: string, compute: () => Promise<T>): Promise<T> {
  const full = `${key}|${store.changeMarker()}|${Math.floor(store.now() / KEPT_MS)}`;
  let values = kept.get(store);
  if (values === undefined) kept.set(store, (values = new Map()));
  let value = values.get(full) as Promise<T> | undefined;
  if (value === undefined) {
    if (values.size >= MAX_KEPT) values.clear();
    const own = values;
    value = compute();
    own.set(full, value);
    // A failure is not kept: the next reader tries again.
    value.catch(() => own.delete(full));
  }
  return value;
}
