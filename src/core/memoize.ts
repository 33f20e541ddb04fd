/** Remembering the results of pure functions of one string, with bounded memory. */

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
