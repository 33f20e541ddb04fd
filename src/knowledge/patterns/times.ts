/** Time to detect, acknowledge, mitigate and resolve in a period: median and p90, and their trend against the previous period. */
import { TIME_KEYS, type PostmortemRow, type TimeKey } from './rows.js';
import { quantile, trendOf, type Trend } from './stats.js';
import { counted, duration, percent } from './words.js';

/** The figures of one period: how many incidents give the time, its median and its 90th percentile (minutes). */
export interface TimeFigures {
  count: number;
  median: number | null;
  p90: number | null;
}

/** One of the four times, in this period and the previous, with the trend of its median and p90 and the sentence. */
export interface TimeStat {
  key: TimeKey;
  label: string;
  current: TimeFigures;
  previous: TimeFigures;
  trend: { median: Trend | null; p90: Trend | null };
  sentence: string;
}

function figures(rows: readonly PostmortemRow[], key: TimeKey): TimeFigures {
  const values = rows.flatMap((r) => (r.minutes[key] === null ? [] : [r.minutes[key]]));
  return { count: values.length, median: quantile(values, 0.5), p90: quantile(values, 0.9) };
}

/** ", 20 min faster than the previous period (1 h 45 min, -19%)". */
function trendWords(trend: Trend | null, before: number | null): string {
  if (trend === null || before === null) return '; the previous period gives none to compare';
  if (trend.direction === 'unchanged') return `, the same as the previous period`;
  const share = trend.changeShare === null ? '' : `, ${trend.changeShare > 0 ? '+' : '-'}${percent(Math.abs(trend.changeShare))}`;
  return `, ${duration(trend.changeMinutes)} ${trend.direction} than the previous period (${duration(before)}${share})`;
}

/** The four times of the period against the previous one. */
export function timeStats(current: readonly PostmortemRow[], previous: readonly PostmortemRow[]): TimeStat[] {
  return TIME_KEYS.map((key) => {
    const label = `time to ${key}`;
    const now = figures(current, key);
    const before = figures(previous, key);
    const trend = { median: trendOf(now.median, before.median), p90: trendOf(now.p90, before.p90) };
    const sentence =
      now.median === null || now.p90 === null
        ? `No incident reviewed in this period gives a ${label}.`
        : `Median ${label} ${duration(now.median)} (p90 ${duration(now.p90)}, ${counted(now.count, 'incident')})${trendWords(trend.median, before.median)}.`;
    return { key, label, current: now, previous: before, trend, sentence };
  });
}
