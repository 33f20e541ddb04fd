import type uPlot from 'uplot';
import { describe, expect, it } from 'vitest';
import { barData, barOptions } from './bar-plot.js';

const colours = { grid: '#ccc', label: '#666' };
const labels = ['deploy or change', 'capacity', 'unknown'];

describe('bar charts', () => {
  it('puts each label at its position and each series beside it', () => {
    expect(barData(labels, [{ label: 'incidents', values: [7, 1, 0], colour: '#00f' }])).toEqual([
      [0, 1, 2],
      [7, 1, 0],
    ]);
  });

  it('names the labels under the bars, counts in whole numbers from 0, and shows a legend only for two series', () => {
    const one = barOptions(labels, [{ label: 'incidents', values: [7, 1, 0], colour: '#00f' }], colours, 600, 200);
    const axes = one.axes as uPlot.Axis[];
    const u = {} as uPlot;
    expect((axes[0]?.values as (u: uPlot, splits: number[]) => string[])(u, [0, 1, 2])).toEqual(labels);
    expect((axes[1]?.values as (u: uPlot, splits: number[]) => string[])(u, [0, 0.5, 1])).toEqual(['0', '', '1']);
    expect((one.scales?.y?.range as (u: uPlot, min: number, max: number) => [number, number])(u, 0, 10)).toEqual([0, 11]);
    expect(one.legend?.show).toBe(false);
    const two = barOptions(labels, [{ label: 'now', values: [1, 2, 3], colour: '#00f' }, { label: 'before', values: [3, 2, 1], colour: '#999' }], colours, 600, 200);
    expect(two.legend?.show).toBe(true);
    expect(two.series.slice(1).map((s) => s.label)).toEqual(['now', 'before']);
  });
});
