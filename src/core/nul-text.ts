/**
 * U+0000 in text. PostgreSQL cannot store it in a text column, so Debrief refuses it wherever text comes in
 * (requests, dumps): the same input must not be kept on SQLite and fail on PostgreSQL.
 */

/** How a field with U+0000 is described to the user. */
export const NUL_MESSAGE = 'must not contain NUL (U+0000) characters';

/** A value still to look at, with its parent and the key that leads to it (for the path, built only on a find). */
interface Visit {
  value: unknown;
  key: string;
  parent: Visit | null;
}

function pathOf(visit: Visit): string {
  const keys: string[] = [];
  for (let v: Visit | null = visit; v !== null && v.parent !== null; v = v.parent) keys.push(v.key);
  return keys.reverse().join('.');
}

/**
 * The dotted paths (`row.document.title`, `items.0`) of every string in `value` that contains U+0000. Walked with
 * a stack of its own, not by recursion: JSON nested thousands of levels deep is cheap to send and must not
 * overflow the call stack.
 */
export function nulPaths(value: unknown): string[] {
  const found: string[] = [];
  const stack: Visit[] = [{ value, key: '', parent: null }];
  for (let visit = stack.pop(); visit !== undefined; visit = stack.pop()) {
    const current = visit.value;
    if (typeof current === 'string') {
      if (current.includes('\u0000')) found.push(pathOf(visit));
    } else if (typeof current === 'object' && current !== null) {
      const entries = Array.isArray(current) ? current.map((item, i) => [String(i), item] as const) : Object.entries(current);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, item] = entries[i] as readonly [string, unknown];
        if (typeof item === 'string' ? item.includes('\u0000') : typeof item === 'object' && item !== null) stack.push({ value: item, key, parent: visit });
      }
    }
  }
  return found;
}
