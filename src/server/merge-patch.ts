/** RFC 7396 JSON merge patch: objects merge key by key, `null` removes a key, anything else replaces. */
import { InputError } from '../core/errors.js';
import { MAX_JSON_DEPTH, tooDeepMessage } from './json-depth.js';

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A patch object still to merge into `result` (a copy made for the answer), `depth` levels down at `path`. */
interface Merge {
  result: JsonObject;
  patch: JsonObject;
  depth: number;
  path: string;
}

/** A shallow copy of the object `value` (nothing for anything else), with every key an own property. */
function copyOf(value: unknown): JsonObject {
  return Object.fromEntries(isObject(value) ? Object.entries(value) : []);
}

/** Sets `key` as an own data property: assigning `__proto__` would set the prototype instead. */
function setOwn(object: JsonObject, key: string, value: unknown): void {
  Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * The result of applying `patch` to `target` (neither is modified; keys become own properties, never prototypes).
 * Walked with a stack of its own, not by recursion, and refused (InputError naming the path) when the patch nests
 * objects deeper than `maxDepth`: a patch nested 200,000 levels deep must not overflow the call stack.
 */
export function applyMergePatch(target: unknown, patch: unknown, maxDepth: number = MAX_JSON_DEPTH): unknown {
  if (!isObject(patch)) return patch;
  const root = copyOf(target);
  const pending: Merge[] = [{ result: root, patch, depth: 1, path: '' }];
  for (let merge = pending.pop(); merge !== undefined; merge = pending.pop()) {
    const { result, depth, path } = merge;
    if (depth > maxDepth) {
      const message = tooDeepMessage(maxDepth);
      throw new InputError(`The merge patch is ${message} (at ${path}).`, [{ path, message }]);
    }
    for (const [key, value] of Object.entries(merge.patch)) {
      if (value === null) {
        delete result[key];
      } else if (isObject(value)) {
        const child = copyOf(Object.hasOwn(result, key) ? result[key] : undefined);
        setOwn(result, key, child);
        pending.push({ result: child, patch: value, depth: depth + 1, path: path === '' ? key : `${path}.${key}` });
      } else {
        setOwn(result, key, value);
      }
    }
  }
  return root;
}
