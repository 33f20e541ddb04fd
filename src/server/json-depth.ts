/**
 * How deep JSON nests. Request bodies are checked on their raw text, before JSON.parse builds anything: a body
 * nested a million levels deep is cheap to send and costly to parse and to walk.
 */
import { InputError } from '../core/errors.js';

/** The deepest nesting of arrays and objects the API takes; a postmortem needs 4 (review.approvals.0.by). */
export const MAX_JSON_DEPTH = 64;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const COMMA = 0x2c;

/** The index of the quote that closes the string opening at `start`, or -1 when it never closes. */
function stringEnd(text: string, start: number): number {
  for (let end = text.indexOf('"', start + 1); end !== -1; end = text.indexOf('"', end + 1)) {
    let backslashes = 0;
    while (text.charCodeAt(end - 1 - backslashes) === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return end;
  }
  return -1;
}

/** The index of the bracket that opens level `limit + 1`, or -1 when the text stays within `limit` (one pass, no allocation). */
function tooDeepAt(text: string, limit: number): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      i = stringEnd(text, i);
      // An unclosed string cannot nest any further; JSON.parse will refuse it.
      if (i === -1) return -1;
    } else if (c === OPEN_ARRAY || c === OPEN_OBJECT) {
      if (++depth > limit) return i;
    } else if (c === CLOSE_ARRAY || c === CLOSE_OBJECT) {
      depth--;
    }
  }
  return -1;
}

/** A container open at some point of the text: an array counts its items, an object remembers its last key. */
interface Open {
  array: boolean;
  index: number;
  key: string;
  expectingKey: boolean;
}

/** A string literal of the text as its value (as written when it is not valid JSON). */
function keyOf(literal: string): string {
  try {
    return String(JSON.parse(literal));
  } catch {
    return literal.slice(1, -1);
  }
}

/** The dotted path (`tags.0.0`) of the value that starts at `at`; read again only for the answer of a refusal. */
function pathAt(text: string, at: number): string {
  const open: Open[] = [];
  for (let i = 0; i < at; i++) {
    const c = text.charCodeAt(i);
    const top = open[open.length - 1];
    if (c === QUOTE) {
      const end = stringEnd(text, i);
      if (end === -1) break;
      if (top !== undefined && !top.array && top.expectingKey) {
        top.key = keyOf(text.slice(i, end + 1));
        top.expectingKey = false;
      }
      i = end;
    } else if (c === OPEN_ARRAY || c === OPEN_OBJECT) {
      open.push({ array: c === OPEN_ARRAY, index: 0, key: '', expectingKey: c === OPEN_OBJECT });
    } else if (c === CLOSE_ARRAY || c === CLOSE_OBJECT) {
      open.pop();
    } else if (c === COMMA && top !== undefined) {
      if (top.array) top.index++;
      else top.expectingKey = true;
    }
  }
  return open.map((o) => (o.array ? String(o.index) : o.key)).join('.');
}

/** How a value nested too deep is described to the user. */
export function tooDeepMessage(limit: number): string {
  return `nested deeper than ${limit} levels`;
}

/** Refuses (InputError naming where) a JSON text that nests arrays and objects deeper than `limit`. */
export function assertJsonDepth(text: string, limit: number = MAX_JSON_DEPTH): void {
  const at = tooDeepAt(text, limit);
  if (at === -1) return;
  const path = pathAt(text, at);
  const message = tooDeepMessage(limit);
  throw new InputError(`The JSON body is ${message} (at ${path === '' ? 'the top' : path}).`, [{ path, message }]);
}
