/** How an action item is known across edits of its postmortem: by its id, or by its title where it has none. */
import type { ActionItem } from './postmortem.schema.js';

/** The key of each item, in order: its id, else `title:` and its title in lower case; `#2`, `#3`… after repeats. */
export function itemKeys(items: readonly Pick<ActionItem, 'id' | 'title'>[]): string[] {
  const seen = new Map<string, number>();
  return items.map((item) => {
    const base = item.id ?? `title:${item.title.trim().toLowerCase()}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}#${n}`;
  });
}
