/**
 * The weekly completion rate as a line chart drawn by uPlot (as wide as its box) with the alarm line dashed, and its
 * text alternative: a description of the chart and the series as a table.
 */
import { useId } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { CompletionReport } from '../../api/types.js';
import { ChartBox } from '../../components/chart-box.js';
import { TableHead } from '../../components/table-head.js';
import { useUplot } from '../../hooks/use-uplot.js';
import { rateData, rateOptions, weekLabel, type PlotColours } from '../../practice/rate-plot.js';
import { percent, rateParts } from '../../practice/rate-words.js';

/** The height of the plot and its axes, in pixels (the legend comes under it). */
const HEIGHT = 220;

/** The chart's colours from the page's CSS variables. */
function colours(element: HTMLElement): PlotColours {
  const style = getComputedStyle(element);
  const read = (name: string) => style.getPropertyValue(name).trim();
  return { line: read('--accent'), alarm: read('--error'), grid: read('--line'), label: read('--muted') };
}

/** A uPlot chart of `report` in the element the returned `host` ref is put on, as wide as `box` (see useUplot). */
function useRatePlot(report: CompletionReport) {
  return useUplot((element) => new uPlot(rateOptions(report, colours(element), element.clientWidth, HEIGHT), rateData(report.weekly, report.alarmBelow), element), HEIGHT, [report]);
}

/** The weekly figures as a table, in a disclosure under the chart. */
function SeriesTable({ report }: { report: CompletionReport }) {
  return (
    <details className="chart-figures">
      <summary>The weekly figures</summary>
      <div className="table-scroll">
        <table className="list-table">
          <caption className="visually-hidden">The completion rate at each Monday of the last 12 weeks, then now</caption>
          <TableHead columns={['Week of', 'Rate', 'Closed on time']} />
          <tbody>
            {report.weekly.map((week, index) => (
              <tr key={week.at}>
                <td>{weekLabel(report.weekly, index)}</td>
                <td>{week.rate === null ? '—' : percent(week.rate)}</td>
                <td>{rateParts(week)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}

/** The chart and its figures. */
export function CompletionChart({ report }: { report: CompletionReport }) {
  const plot = useRatePlot(report);
  const id = useId();
  const known = report.weekly.filter((week) => week.rate !== null);
  const alarm = percent(report.alarmBelow);
  const description =
    known.length === 0
      ? `Nothing was due in any of the last 12 weeks, so there is no line yet. The alarm line is at ${alarm}.`
      : `The rate at each Monday of the last 12 weeks, then now: from ${percent(known[0]?.rate ?? 0)} to ${percent(known.at(-1)?.rate ?? 0)}; weeks with nothing due leave a gap. The alarm line is at ${alarm}. The figures are in the table below the chart.`;
  return (
    <figure className="completion-chart">
      <span id={`${id}-title`} className="visually-hidden">
        Completion rate per week
      </span>
      <ChartBox plot={plot} titleId={`${id}-title`} description={description} />
      <SeriesTable report={report} />
    </figure>
  );
}
