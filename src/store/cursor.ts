/**
 * Opaque page cursors: where the last page ended, base64url JSON tied to the kind of list (and its order). A cursor
 * comes back from the client, so every part of it is checked against the type of the column it is compared with
 * before it reaches SQL (a hand-made key of the wrong type failed on PostgreSQL and paged wrongly on SQLite).
 */
import type { InputError } from '../core/errors.js';
import { fieldError } from './validate.js';

/**
 * What a list's cursors carry besides the id: a text key, a whole number of an integer column, or nothing (the
 * position is the row's id alone, as for a search by relevance, whose score must not leave the store).
 */
export type CursorKeyType = 'text' | 'integer' | 'none';

/** Where a page ends: the list's sort key (null when the list's cursors carry none) and the id that breaks ties. */
export interface CursorPosition {
  key: string | number | null;
  id: string;
}

/** The longest text key a cursor may carry (the server already refuses cursors of more than 1,000 characters). */
const MAX_TEXT_KEY = 1_000;

/** The longest id a cursor may carry (postmortem ids have at most 64 characters). */
const MAX_ID = 256;

/** The range of the integer columns lists sort by (`integer` has 32 bits on PostgreSQL). */
const INTEGER_MIN = -2_147_483_648;
const INTEGER_MAX = 2_147_483_647;

/** The longest list kind a refusal names (kinds are short words such as `-started` or `action-items`). */
const MAX_KIND = 32;

/** The cursor after `position` in a list of kind `kind`: `[kind, key, id]`, or `[kind, id]` when the key is null. */
export function encodeCursor(kind: string, position: CursorPosition): string {
  const parts = position.key === null ? [kind, position.id] : [kind, position.key, position.id];
  return Buffer.from(JSON.stringify(parts), 'utf8').toString('base64url');
}

/** True when `key` is a key of the type `keyType` that its column can hold. */
export function fitsKeyType(key: unknown, keyType: CursorKeyType): boolean {
  switch (keyType) {
    case 'text':
      return typeof key === 'string' && key.length <= MAX_TEXT_KEY;
    case 'integer':
      return Number.isSafeInteger(key) && (key as number) >= INTEGER_MIN && (key as number) <= INTEGER_MAX;
    case 'none':
      return key === null;
  }
}

/** The JSON a cursor holds, or null when it holds none. */
function cursorJson(cursor: string): unknown {
  try {
    return JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
}

/** InputError naming `cursor`: it is not one of this list. */
function notACursor(): InputError {
  return fieldError('cursor', 'not a cursor of this list (use the nextCursor of the previous page, with the same filters)');
}

/**
 * The position a cursor of kind `kind` stands for, its key of the type the list sorts by; InputError naming `cursor`
 * when it is a cursor of another kind, or not one at all.
 */
export function decodeCursor(kind: string, cursor: string, keyType: CursorKeyType = 'text'): CursorPosition {
  const decoded = cursorJson(cursor);
  if (!Array.isArray(decoded)) throw notACursor();
  const [madeFor] = decoded;
  if (typeof madeFor === 'string' && madeFor !== kind && madeFor.length <= MAX_KIND) {
    throw fieldError('cursor', `was made for the order "${madeFor}", not "${kind}" (send the sort and filters of the page it came from, or start again without a cursor)`);
  }
  const parts = keyType === 'none' ? 2 : 3;
  const id: unknown = decoded[parts - 1];
  const key: unknown = keyType === 'none' ? null : decoded[1];
  if (decoded.length !== parts || madeFor !== kind || typeof id !== 'string' || id.length > MAX_ID || !fitsKeyType(key, keyType)) throw notACursor();
  return { key: key as CursorPosition['key'], id };
}
