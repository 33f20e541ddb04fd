import { describe, expect, it } from 'vitest';
import { quantile, trendOf } from './stats.js';

describe('quantile', () => {
  it('gives the median of odd and even counts, and interpolates the p90', () => {
    expect(quantile([30, 10, 20], 0.5)).toBe(20);
    expect(quantile([10, 20, 30, 40], 0.5)).toBe(25);
    expect(quantile([10, 20, 30, 40, 50, 60, 70, 80, 90, 100], 0.9)).toBe(91);
    expect(quantile([7], 0.9)).toBe(7);
  });

  it('is null for no values', () => {
    expect(quantile([], 0.5)).toBeNull();
  });
});

describe('trendOf', () => {
  it('calls a shorter time faster, with the change in minutes and as a share', () => {
    expect(trendOf(80, 100)).toEqual({ direction: 'faster', changeMinutes: -20, changeShare: -0.2 });
    expect(trendOf(150, 100)).toEqual({ direction: 'slower', changeMinutes: 50, changeShare: 0.5 });
    expect(trendOf(5, 5)).toEqual({ direction: 'unchanged', changeMinutes: 0, changeShare: 0 });
  });

  it('has no share against a previous 0, and no trend without both figures', () => {
    expect(trendOf(5, 0)?.changeShare).toBeNull();
    expect(trendOf(null, 5)).toBeNull();
    expect(trendOf(5, null)).toBeNull();
  });
});
