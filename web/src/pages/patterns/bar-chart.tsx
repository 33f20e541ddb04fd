/** A bar chart drawn by uPlot (as wide as its box), with its text alternative: the chart's sentence for screen readers. */
import { useEffect, useId, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { useWidth } from '../../hooks/use-width.js';
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
  const [box, width] = useWidth(0);
  const host = useRef<HTMLDivElement>(null);
  const plot = useRef<uPlot | null>(null);
  const id = useId();
  useEffect(() => {
    const element = host.current;
    if (element === null) return;
    const colours = pageColours(element);
    const coloured = series.map((s, i) => ({ ...s, colour: i === 0 ? colours.accent : colours.muted }));
    const chart = new uPlot(barOptions(labels, coloured, { grid: colours.grid, label: colours.muted }, element.clientWidth, HEIGHT), barData(labels, coloured), element);
    plot.current = chart;
    return () => {
      chart.destroy();
      plot.current = null;
    };
  }, [labels, series]);
  useEffect(() => {
    if (width > 0) plot.current?.setSize({ width, height: HEIGHT });
  }, [width]);
  return (
    <figure className="pattern-chart">
      <figcaption id={`${id}-title`}>{title}</figcaption>
      <span id={`${id}-desc`} className="visually-hidden">
        {description}
      </span>
      <div ref={box} className="chart-box" role="img" aria-labelledby={`${id}-title`} aria-describedby={`${id}-desc`}>
        <div ref={host} />
      </div>
    </figure>
  );
}
