import { describe, expect, it } from 'vitest';
import { CHART_MARGIN, rateChart } from './rate-chart.js';

const DAY = 86_400_000;
const week = (days: number, rate: number | null) => ({ at: new Date(Date.UTC(2026, 0, 5) + days * DAY).toISOString(), rate, closedOnTime: rate === null ? 0 : 1, due: rate === null ? 0 : 1 });

describe('rateChart', () => {
  const width = 400 + CHART_MARGIN.left + CHART_MARGIN.right;
  const height = 100 + CHART_MARGIN.top + CHART_MARGIN.bottom;

  it('places weeks in proportion to time and rates from 0 at the bottom to 100% at the top', () => {
    const chart = rateChart([week(0, 1), week(7, 0.5), week(14, 0)], 0.7, width, height);
    expect(chart.points.map((p) => [p.x, p.y])).toEqual([
      [CHART_MARGIN.left, CHART_MARGIN.top],
      [CHART_MARGIN.left + 200, CHART_MARGIN.top + 50],
      [CHART_MARGIN.left + 400, CHART_MARGIN.top + 100],
    ]);
    expect(chart.alarmY).toBeCloseTo(CHART_MARGIN.top + 30);
    expect(chart.lines).toEqual(['M44.0,12.0 L244.0,62.0 L444.0,112.0']);
    expect(chart.yTicks.map((t) => t.share)).toEqual([0, 0.25, 0.5, 0.75, 1]);
  });

  it('breaks the line at a week with nothing due', () => {
    const chart = rateChart([week(0, 1), week(7, null), week(14, 0.5), week(21, 0.5)], 0.7, width, height);
    expect(chart.lines).toHaveLength(2);
    expect(chart.points).toHaveLength(3);
  });

  it('leaves out the label of a Monday too close to now', () => {
    const weekly = [...Array.from({ length: 12 }, (_, i) => week(i * 7, 0.8)), week(11 * 7 + 2, 0.8)];
    const ticks = rateChart(weekly, 0.7, 1000, height).xTicks.map((t) => t.index);
    expect(ticks).not.toContain(11);
    expect(ticks.at(-1)).toBe(12);
  });

  it('labels fewer weeks when narrow, always the last one', () => {
    const weekly = Array.from({ length: 13 }, (_, i) => week(i * 7, 0.8));
    expect(rateChart(weekly, 0.7, 1000, height).xTicks).toHaveLength(13);
    const narrow = rateChart(weekly, 0.7, 300, height).xTicks.map((t) => t.index);
    expect(narrow.length).toBeLessThan(13);
    expect(narrow.at(-1)).toBe(12);
  });
});
