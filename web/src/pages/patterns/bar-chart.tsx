/** A bar chart drawn by uPlot (as wide as its box), with its text alternative: the chart's sentence for screen readers. */
import { useId } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { ChartBox } from '../../components/chart-box.js';
import { useUplot } from '../../hooks/use-uplot.js';
import { barData, barOptions, type BarSeries } from '../../practice/bar-plot.js';

const HEIGHT = 200;

/** The colours of the page, read from its CSS variables. */
function pageColours(element: HTMLElement) {
  const style = getComputedStyle(element);
  const read = (name: string) => style.getPropertyValue(name).trim();
  return { accent: read('--accent'), muted: read('--muted'), grid: read('--line') };
}

/** Bars of one series (the accent colour) or two (this period in the accent colour, the previous muted). */
export function BarChart({ title, description, labels, series }: { title: string; description: string; labels: readonly string[]; series: readonly Omit<BarSeries, 'colour'>[] }) {
  const id = useId();
  const plot = useUplot(
    (element) => {
      const colours = pageColours(element);
      const coloured = series.map((s, i) => ({ ...s, colour: i === 0 ? colours.accent : colours.muted }));
      return new uPlot(barOptions(labels, coloured, { grid: colours.grid, label: colours.muted }, element.clientWidth, HEIGHT), barData(labels, coloured), element);
    },
    HEIGHT,
    [labels, series],
  );
  return (
    <figure className="pattern-chart">
      <figcaption id={`${id}-title`}>{title}</figcaption>
      <ChartBox plot={plot} titleId={`${id}-title`} description={description} />
    </figure>
  );
}
