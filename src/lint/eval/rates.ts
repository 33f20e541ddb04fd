/** A share of a set: how many of how many, and the fraction. */

/** `hits` of `total`, and hits / total (1 for an empty set). */
export interface Rate {
  hits: number;
  total: number;
  share: number;
}

/** The rate of `items` for which `hit` holds. */
export function rate<T>(items: readonly T[], hit: (item: T) => boolean): Rate {
  const hits = items.filter(hit).length;
  return { hits, total: items.length, share: items.length === 0 ? 1 : hits / items.length };
}

/** `12/13 (0.92)`. */
export function formatRate(r: Rate): string {
  return `${r.hits}/${r.total} (${r.share.toFixed(2)})`;
}
