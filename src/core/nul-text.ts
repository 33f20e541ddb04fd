/**
 * U+0000 in text. PostgreSQL cannot store it in a text column, so Debrief refuses it wherever text comes in
 * (requests, dumps): the same input must not be kept on SQLite and fail on PostgreSQL.
 */

/** How a field with U+0000 is described to the user. */
export const NUL_MESSAGE = 'must not contain NUL (U+0000) characters';

/** A value still to look at, with its parent and the key that leads to it (for the path, built only on a find). */
interface Visit {
  value: unknown;
  key: string | number;
  parent: Visit | null;
}

function pathOf(visit: Visit): string {
  const keys: string[] = [];
  for (let v: Visit | null = visit; v !== null && v.parent !== null; v = v.parent) keys.push(String(v.key));
  return keys.reverse().join('.');
}

/** True for what must be looked at: a string with U+0000 (to report it in order) or an object or array (to walk it). */
function worthAVisit(item: unknown): boolean {
  return typeof item === 'string' ? item.includes('\u0000') : typeof item === 'object' && item !== null;
}

/**
 * The dotted paths (`row.document.title`, `items.0`) of every string in `value` that contains U+0000. Walked with
 * a stack of its own, not by recursion: JSON nested thousands of levels deep is cheap to send and must not
 * overflow the call stack. Nothing is allocated for a value that holds no NUL, beyond one visit per object and
 * array: it runs on every request body, up to the largest one accepted.
 */
export function nulPaths(value: unknown): string[] {
  const found: string[] = [];
  const stack: Visit[] = [{ value, key: '', parent: null }];
  for (let visit = stack.pop(); visit !== undefined; visit = stack.pop()) {
    const current = visit.value;
    if (typeof current === 'string') {
      if (current.includes('\u0000')) found.push(pathOf(visit));
    } else if (Array.isArray(current)) {
      for (let i = current.length - 1; i >= 0; i--) {
        const item: unknown = current[i];
        if (worthAVisit(item)) stack.push({ value: item, key: i, parent: visit });
      }
    } else if (typeof current === 'object' && current !== null) {
      const keys = Object.keys(current);
      for (let i = keys.length - 1; i >= 0; i--) {
        const key = keys[i] as string;
        const item: unknown = (current as Record<string, unknown>)[key];
        if (worthAVisit(item)) stack.push({ value: item, key, parent: visit });
      }
    }
  }
  return found;
}
