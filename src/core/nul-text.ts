/**
 * U+0000 in text. PostgreSQL cannot store it in a text column, so Debrief refuses it wherever text comes in
 * (requests, dumps): the same input must not be kept on SQLite and fail on PostgreSQL.
 */

/** How a field with U+0000 is described to the user. */
export const NUL_MESSAGE = 'must not contain NUL (U+0000) characters';

/** The dotted paths (`row.document.title`, `items.0`) of every string in `value` that contains U+0000. */
export function nulPaths(value: unknown, path: readonly string[] = []): string[] {
  if (typeof value === 'string') return value.includes('\u0000') ? [path.join('.')] : [];
  if (Array.isArray(value)) return value.flatMap((item, i) => nulPaths(item, [...path, String(i)]));
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([key, item]) => nulPaths(item, [...path, key]));
  return [];
}
