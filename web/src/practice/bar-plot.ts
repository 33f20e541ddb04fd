/** Bars as uPlot draws them: one bar per label, or two side by side (this period and the previous), the labels under them. */
import uPlot from 'uplot';

/** One series of bars: its name (for the legend) and a value per label (null: none to show). */
export interface BarSeries {
  label: string;
  values: readonly (number | null)[];
  colour: string;
}

/** The chart's axis and grid colours as values (a canvas takes no var(--…)). */
export interface BarColours {
  grid: string;
  label: string;
}

/** uPlot's columns: the labels' positions (0, 1, 2…) and each series' values. */
export function barData(labels: readonly string[], series: readonly BarSeries[]): uPlot.AlignedData {
  return [labels.map((_, i) => i), ...series.map((s) => [...s.values])];
}

/** uPlot's options for bars over `labels`, `width` × `height` CSS pixels: two series stand side by side at each label, from 0 up. */
export function barOptions(labels: readonly string[], series: readonly BarSeries[], colours: BarColours, width: number, height: number): uPlot.Options {
  const axis = { stroke: colours.label, grid: { stroke: colours.grid, width: 1 }, ticks: { stroke: colours.grid, width: 1 } };
  const paired = series.length > 1;
  return {
    width,
    height,
    cursor: { drag: { x: false, y: false } },
    legend: { show: paired },
    scales: { x: { time: false, range: [-0.5, labels.length - 0.5] }, y: { range: (_u, _min, max) => [0, Math.max(1, max) * 1.1] } },
    series: [
      { label: 'Of', value: (_u, index) => labels[index] ?? '—' },
      ...series.map((s, i) => ({
        label: s.label,
        stroke: s.colour,
        fill: s.colour,
        width: 0,
        points: { show: false },
        // Side by side: the first ends at the label, the second starts there.
        paths: uPlot.paths.bars?.({ size: [paired ? 0.4 : 0.6, 80], align: paired ? (i === 0 ? -1 : 1) : 0 }),
      })),
    ],
    axes: [
      { ...axis, grid: { show: false }, splits: () => labels.map((_, i) => i), values: (_u, splits) => splits.map((i) => labels[i] ?? '') },
      { ...axis, values: (_u, splits) => splits.map((v) => (Number.isInteger(v) ? String(v) : '')) },
    ],
  };
}
