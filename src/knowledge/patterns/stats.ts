/** Medians and percentiles of durations, and how one period's figure moved against the last. */

/** The q-quantile (0..1) of the values, interpolated between the two nearest ranks; null for no values. */
export function quantile(values: readonly number[], q: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const low = sorted[below] as number;
  const high = sorted[Math.min(below + 1, sorted.length - 1)] as number;
  return Math.round((low + (high - low) * (position - below)) * 10) / 10;
}

/** How a duration moved from the previous period to this one. */
export interface Trend {
  direction: 'faster' | 'slower' | 'unchanged';
  /** This period's figure minus the previous one's, in minutes. */
  changeMinutes: number;
  /** The change as a share of the previous figure (0.25 = 25% longer); null when the previous was 0. */
  changeShare: number | null;
}

/** The trend from `before` to `now` (shorter is faster); null when either is not known. */
export function trendOf(now: number | null, before: number | null): Trend | null {
  if (now === null || before === null) return null;
  const changeMinutes = Math.round((now - before) * 10) / 10;
  return {
    direction: changeMinutes < 0 ? 'faster' : changeMinutes > 0 ? 'slower' : 'unchanged',
    changeMinutes,
    changeShare: before === 0 ? null : Math.round((changeMinutes / before) * 1000) / 1000,
  };
}
