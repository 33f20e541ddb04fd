import { describe, expect, it } from 'vitest';
import { InputError } from '../core/errors.js';
import { MAX_JSON_DEPTH } from './json-depth.js';
import { applyMergePatch } from './merge-patch.js';

/** What `run` throws (undefined when it returns). */
function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}

/** `{"a":{"a":…{}}}` with `depth` objects, built without recursion. */
function nested(depth: number): Record<string, unknown> {
  let value: Record<string, unknown> = {};
  for (let i = 1; i < depth; i++) value = { a: value };
  return value;
}

describe('applyMergePatch (RFC 7396)', () => {
  // The examples of RFC 7396, appendix A.
  it.each([
    [{ a: 'b' }, { a: 'c' }, { a: 'c' }],
    [{ a: 'b' }, { b: 'c' }, { a: 'b', b: 'c' }],
    [{ a: 'b' }, { a: null }, {}],
    [{ a: 'b', b: 'c' }, { a: null }, { b: 'c' }],
    [{ a: ['b'] }, { a: 'c' }, { a: 'c' }],
    [{ a: 'c' }, { a: ['b'] }, { a: ['b'] }],
    [{ a: { b: 'c' } }, { a: { b: 'd', c: null } }, { a: { b: 'd' } }],
    [{ a: [{ b: 'c' }] }, { a: [1] }, { a: [1] }],
    [['a', 'b'], ['c', 'd'], ['c', 'd']],
    [{ a: 'b' }, ['c'], ['c']],
    [{ a: 'foo' }, null, null],
    [{ a: 'foo' }, 'bar', 'bar'],
    [{ e: null }, { a: 1 }, { e: null, a: 1 }],
    [[1, 2], { a: 'b', c: null }, { a: 'b' }],
    [{}, { a: { bb: { ccc: null } } }, { a: { bb: {} } }],
  ])('%j + %j = %j', (target, patch, expected) => {
    expect(applyMergePatch(target, patch)).toEqual(expected);
  });

  it('leaves its inputs alone', () => {
    const target = { a: { b: 1 } };
    applyMergePatch(target, { a: { b: 2 } });
    expect(target).toEqual({ a: { b: 1 } });
  });

  it('keeps a __proto__ key as data, never as a prototype', () => {
    const merged = applyMergePatch({}, JSON.parse('{"__proto__": {"polluted": true}}')) as Record<string, unknown>;
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(merged)).toBe(Object.prototype);
  });

  it('merges as deep as the limit allows, and refuses one level more with the path where it got too deep', () => {
    expect(applyMergePatch({ a: { a: { keep: 1 } } }, nested(3), 3)).toEqual({ a: { a: { keep: 1 } } });
    const error = thrown(() => applyMergePatch({}, nested(4), 3));
    expect(error).toBeInstanceOf(InputError);
    expect(error).toMatchObject({ message: 'The merge patch is nested deeper than 3 levels (at a.a.a).', details: [{ path: 'a.a.a', message: 'nested deeper than 3 levels' }] });
  });

  it('refuses a patch nested 200,000 levels deep (built in memory, not parsed) without overflowing the stack', () => {
    const error = thrown(() => applyMergePatch({}, nested(200_000)));
    expect(error).toBeInstanceOf(InputError);
    expect(error).toMatchObject({ details: [{ path: Array(MAX_JSON_DEPTH).fill('a').join('.'), message: `nested deeper than ${MAX_JSON_DEPTH} levels` }] });
  });
});
