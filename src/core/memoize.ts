/** Remembering the results of pure functions: of one string, with bounded memory, or of one object while it lives. */

/**
 * `compute` with its results remembered per key; the memory is emptied whenever it holds `size` entries,
 * so hostile input cannot grow it without bound. `compute` must be pure and never return undefined.
 */
export function memoize<V>(compute: (key: string) => V, size: number): (key: string) => V {
  const cache = new Map<string, V>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      value = compute(key);
      if (cache.size >= size) cache.clear();
      cache.set(key, value);
    }
    return value;
  };
}

/**
 * `compute` with its result remembered for as long as the object it was computed from lives (a WeakMap), for
 * values derived from objects that are handed out again unchanged, such as the entries of a cache.
 */
export function memoizePerObject<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const cache = new WeakMap<K, V>();
  return (key) => {
    if (cache.has(key)) return cache.get(key) as V;
    const value = compute(key);
    cache.set(key, value);
    return value;
  };
}
