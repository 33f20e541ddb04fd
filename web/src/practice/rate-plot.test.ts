import type uPlot from 'uplot';
import { describe, expect, it } from 'vitest';
import type { CompletionReport } from '../../../src/core/completion-rate.js';
import { labelledWeeks, rateData, rateOptions, weekLabel } from './rate-plot.js';

const DAY = 86_400_000;
const MONDAY = Date.UTC(2026, 0, 5);
const week = (days: number, rate: number | null) => ({ at: new Date(MONDAY + days * DAY).toISOString(), rate, closedOnTime: rate === null ? 0 : 1, due: rate === null ? 0 : 1 });
const days = (n: number) => n * DAY;
const colours = { line: '#00f', alarm: '#f00', grid: '#ccc', label: '#666' };
const report = (weekly: CompletionReport['weekly']) => ({ alarmBelow: 0.7, weekly }) as CompletionReport;

describe('rateData', () => {
  it('gives the weeks in Unix seconds, the rate with a gap (null) for a week with nothing due, and the alarm line at every week', () => {
    const [xs, rates, alarm] = rateData([week(0, 1), week(7, null), week(14, 0.5)], 0.7);
    expect(xs).toEqual([MONDAY / 1000, (MONDAY + days(7)) / 1000, (MONDAY + days(14)) / 1000]);
    expect(rates).toEqual([1, null, 0.5]);
    expect(alarm).toEqual([0.7, 0.7, 0.7]);
  });
});

describe('weekLabel', () => {
  it('names a Monday by its day and month, and the last point "now"', () => {
    const weekly = [week(0, 1), week(3, 1)];
    expect(weekLabel(weekly, 0)).toMatch(/5/);
    expect(weekLabel(weekly, 1)).toBe('now');
  });
});

describe('labelledWeeks', () => {
  it('leaves out the label of a Monday too close to now', () => {
    const times = [...Array.from({ length: 12 }, (_, i) => days(i * 7)), days(11 * 7 + 2)];
    const shown = labelledWeeks(times, 936);
    expect(shown).not.toContain(11);
    expect(shown.at(-1)).toBe(12);
  });

  it('labels fewer weeks when narrow, always the last one', () => {
    const times = Array.from({ length: 13 }, (_, i) => days(i * 7));
    expect(labelledWeeks(times, 936)).toHaveLength(13);
    const narrow = labelledWeeks(times, 236);
    expect(narrow.length).toBeLessThan(13);
    expect(narrow.at(-1)).toBe(12);
  });
});

describe('rateOptions', () => {
  const weekly = Array.from({ length: 13 }, (_, i) => week(i * 7, i === 3 ? null : 0.5));
  const options = rateOptions(report(weekly), colours, 640, 220);
  const chart = {} as uPlot;

  it('draws the alarm line dashed, named in the legend with its share, and the rate with a gap where nothing was due', () => {
    const [, rate, alarm] = options.series;
    expect(rate?.spanGaps).toBeFalsy();
    expect(alarm).toMatchObject({ label: 'alarm line', stroke: '#f00', dash: [6, 4] });
    const dash = options.legend?.markers?.dash as (u: uPlot, index: number) => string;
    expect([1, 2].map((index) => dash({ series: options.series } as uPlot, index))).toEqual(['solid', 'dashed']);
  });

  it('gives the figures of the week under the cursor in the legend, and those of now off the chart', () => {
    const legend = (series: number, index: number | null) => (options.series[series]?.value as (u: uPlot, raw: number | null, series: number, index: number | null) => string)(chart, null, series, index);
    expect([0, 1, 2].map((series) => legend(series, null))).toEqual(['now', '50% (1 of 1)', '70%']);
    expect([0, 1].map((series) => legend(series, 3))).toEqual([weekLabel(weekly, 3), 'nothing due']);
  });

  it('runs the y axis from 0 to 100% and labels the x axis at the Mondays, the last "now"', () => {
    expect(options.scales?.y?.range).toEqual([0, 1]);
    const [x, y] = options.axes ?? [];
    const ySplits = (y?.splits as () => number[])();
    expect((y?.values as uPlot.Axis.DynamicValues)(chart, ySplits, 1, 0, 0)).toEqual(['0%', '25%', '50%', '75%', '100%']);
    const xs = rateData(weekly, 0.7)[0] as number[];
    const [min, max] = [xs[0] ?? 0, xs.at(-1) ?? 0];
    // 1000 px for the 12 weeks: room for every label.
    const xSplits = (x?.splits as Exclude<uPlot.Axis.Splits, number[]>)(chart, 0, min, max, max - min, 1000);
    expect(xSplits).toEqual(xs);
    const labels = (x?.values as uPlot.Axis.DynamicValues)(chart, xSplits, 0, 0, 0);
    expect(labels.at(-1)).toBe('now');
    expect(labels[0]).toBe(weekLabel(weekly, 0));
  });
});
