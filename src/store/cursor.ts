/** Opaque page cursors: the sort key and id of the last row shown, base64url JSON, tied to the kind of list (and its order). */
import { fieldError } from './validate.js';

/** Where a page ends: the list's sort key (a time, a title, a count, a search score…) and the id that breaks ties. */
export interface CursorPosition {
  key: string | number;
  id: string;
}

/** The cursor after `position` in a list of kind `kind`. */
export function encodeCursor(kind: string, position: CursorPosition): string {
  return Buffer.from(JSON.stringify([kind, position.key, position.id]), 'utf8').toString('base64url');
}

/**
 * The position a cursor of kind `kind` stands for, its key of the type the list sorts by; InputError naming `cursor`
 * when it is not one (a hand-made key of the wrong type reached SQL: PostgreSQL failed on it, SQLite paged wrongly).
 */
export function decodeCursor(kind: string, cursor: string, keyType: 'string' | 'number' = 'string'): CursorPosition {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    decoded = null;
  }
  if (Array.isArray(decoded) && decoded.length === 3 && typeof decoded[2] === 'string') {
    const key: unknown = decoded[1];
    if ((keyType === 'string' && typeof key === 'string') || (keyType === 'number' && typeof key === 'number' && Number.isFinite(key))) {
      if (decoded[0] === kind) return { key, id: decoded[2] };
      if (typeof decoded[0] === 'string') {
        throw fieldError('cursor', `was made for the order "${decoded[0]}", not "${kind}" (send the sort and filters of the page it came from, or start again without a cursor)`);
      }
    }
  }
  throw fieldError('cursor', 'not a cursor of this list (use the nextCursor of the previous page, with the same filters)');
}
