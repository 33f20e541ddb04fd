import { describe, expect, it, vi } from 'vitest';
import { memoize, memoizePerObject } from './memoize.js';

describe('memoize', () => {
  it('computes once per key, and starts afresh when full', () => {
    const compute = vi.fn((key: string) => key.length);
    const length = memoize(compute, 2);
    expect([length('a'), length('a'), length('bb')]).toEqual([1, 1, 2]);
    expect(compute).toHaveBeenCalledTimes(2);
    length('ccc');
    length('a');
    expect(compute).toHaveBeenCalledTimes(4);
  });
});

describe('memoizePerObject', () => {
  it('computes once per object, not per equal object', () => {
    const compute = vi.fn((key: { n: number }) => ({ doubled: key.n * 2 }));
    const double = memoizePerObject(compute);
    const one = { n: 1 };
    expect(double(one)).toBe(double(one));
    expect(double({ n: 1 })).toEqual({ doubled: 2 });
    expect(compute).toHaveBeenCalledTimes(2);
  });
});
