/**
 * The weekly completion rate as a line chart (SVG, as wide as its box) with the alarm line drawn, and its text
 * alternative: a description of the chart and the series as a table.
 */
import { useId } from 'react';
import type { CompletionReport } from '../../api/types.js';
import { TableHead } from '../../components/table-head.js';
import { useWidth } from '../../hooks/use-width.js';
import { CHART_MARGIN, rateChart } from '../../practice/rate-chart.js';
import { percent, rateParts } from '../../practice/rate-words.js';

const HEIGHT = 220;

/** A point of the series as the axis and the table name it: "2 Mar" (the Monday, UTC), or "now" for the last. */
function weekLabel(weekly: CompletionReport['weekly'], index: number): string {
  const at = weekly[index]?.at;
  if (at === undefined || index === weekly.length - 1) return 'now';
  return new Date(at).toLocaleDateString(undefined, { day: 'numeric', month: 'short', timeZone: 'UTC' });
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
  const [box, width] = useWidth(640);
  const id = useId();
  const chart = rateChart(report.weekly, report.alarmBelow, width, HEIGHT);
  const known = report.weekly.filter((week) => week.rate !== null);
  const alarm = percent(report.alarmBelow);
  const description =
    known.length === 0
      ? `Nothing was due in any of the last 12 weeks, so there is no line yet. The alarm line is at ${alarm}.`
      : `The rate at each Monday of the last 12 weeks, then now: from ${percent(known[0]?.rate ?? 0)} to ${percent(known.at(-1)?.rate ?? 0)}; weeks with nothing due leave a gap. The alarm line is at ${alarm}. The figures are in the table below the chart.`;
  const plotRight = width - CHART_MARGIN.right;
  return (
    <figure className="completion-chart">
      <div ref={box} className="chart-box">
        <svg width={width} height={HEIGHT} role="img" aria-labelledby={`${id}-title`} aria-describedby={`${id}-desc`}>
          <title id={`${id}-title`}>Completion rate per week</title>
          <desc id={`${id}-desc`}>{description}</desc>
          {chart.yTicks.map((tick) => (
            <g key={tick.share}>
              <line className="chart-grid" x1={CHART_MARGIN.left} x2={plotRight} y1={tick.y} y2={tick.y} />
              <text className="chart-label" x={CHART_MARGIN.left - 6} y={tick.y} textAnchor="end" dominantBaseline="middle">
                {percent(tick.share)}
              </text>
            </g>
          ))}
          {chart.xTicks.map((tick) => (
            <text key={tick.index} className="chart-label" x={tick.x} y={HEIGHT - 8} textAnchor={tick.index === report.weekly.length - 1 ? 'end' : 'middle'}>
              {weekLabel(report.weekly, tick.index)}
            </text>
          ))}
          <line className="chart-alarm" x1={CHART_MARGIN.left} x2={plotRight} y1={chart.alarmY} y2={chart.alarmY} />
          <text className="chart-alarm-label" x={plotRight} y={chart.alarmY - 5} textAnchor="end">
            {alarm} line
          </text>
          {chart.lines.map((d) => (
            <path key={d} className="chart-line" d={d} />
          ))}
          {chart.points.map((point) => (
            <circle key={point.week.at} className={point.rate < report.alarmBelow ? 'chart-point chart-point-low' : 'chart-point'} cx={point.x} cy={point.y} r={4}>
              <title>{`${point.week.at.slice(0, 10)}: ${percent(point.rate)} (${rateParts(point.week)})`}</title>
            </circle>
          ))}
        </svg>
      </div>
      <SeriesTable report={report} />
    </figure>
  );
}
