/** The weekly completion rate as uPlot draws it: its columns of data, its series (the rate and the alarm line) and its axes. */
import type uPlot from 'uplot';
import type { CompletionReport } from '../../../src/core/completion-rate.js';
import { percent, rateParts } from './rate-words.js';

type Weekly = CompletionReport['weekly'];

/** About how wide a date label is, in pixels: fewer labels are shown on a narrow chart. */
const LABEL_WIDTH = 56;

/** The chart's colours as values (a canvas takes no var(--…)). */
export interface PlotColours {
  line: string;
  alarm: string;
  grid: string;
  label: string;
}

/** A point of the series as the axis, the legend and the table name it: "2 Mar" (the Monday, UTC), or "now" for the last. */
export function weekLabel(weekly: Weekly, index: number): string {
  const at = weekly[index]?.at;
  if (at === undefined || index === weekly.length - 1) return 'now';
  return new Date(at).toLocaleDateString(undefined, { day: 'numeric', month: 'short', timeZone: 'UTC' });
}

/** The weeks labelled under an x axis `plotWidth` pixels wide, by index into `times`: every step-th back from "now" (always labelled), less a Monday too close to it. */
export function labelledWeeks(times: number[], plotWidth: number): number[] {
  const last = times.length - 1;
  const first = times[0] ?? 0;
  const now = times[last] ?? first;
  const pxPerUnit = Math.max(1, plotWidth) / Math.max(1, now - first);
  const step = Math.max(1, Math.ceil((times.length * LABEL_WIDTH) / Math.max(1, plotWidth)));
  return times.flatMap((time, index) => ((last - index) % step === 0 && (index === last || (now - time) * pxPerUnit >= LABEL_WIDTH) ? [index] : []));
}

/** The weeks as uPlot's x: Unix seconds. */
function weekSeconds(weekly: Weekly): number[] {
  return weekly.map((week) => Date.parse(week.at) / 1000);
}

/** uPlot's columns: the weeks (Unix seconds), the rate (null, a gap, for a week with nothing due) and the alarm line at every week. */
export function rateData(weekly: Weekly, alarmBelow: number): uPlot.AlignedData {
  return [weekSeconds(weekly), weekly.map((week) => week.rate), weekly.map(() => alarmBelow)];
}

/** The name of the week at `seconds` (one of `xs`, the weeks' x), or "—" for none. */
function labelAt(weekly: Weekly, xs: number[], seconds: number | null): string {
  const index = seconds === null ? -1 : xs.indexOf(seconds);
  return index === -1 ? '—' : weekLabel(weekly, index);
}

/** A week's rate as the legend gives it: "0% (0 of 10)", or "nothing due". */
function legendRate(week: Weekly[number] | undefined): string {
  return week === undefined || week.rate === null ? 'nothing due' : `${percent(week.rate)} (${rateParts(week)})`;
}

/** uPlot's options for the chart of `report`, `width` × `height` CSS pixels: y from 0 to 100%, the alarm line dashed and named in the legend, which gives the figures of the week under the cursor. */
export function rateOptions(report: CompletionReport, colours: PlotColours, width: number, height: number): uPlot.Options {
  const { weekly } = report;
  const xs = weekSeconds(weekly);
  const axis = { stroke: colours.label, grid: { stroke: colours.grid, width: 1 }, ticks: { stroke: colours.grid, width: 1 } };
  return {
    width,
    height,
    cursor: { drag: { x: false, y: false } },
    legend: { markers: { dash: (u, index) => (u.series[index]?.dash === undefined ? 'solid' : 'dashed') } },
    scales: { x: { time: true }, y: { range: [0, 1] } },
    series: [
      // The legend names the week under the cursor, or the last ("now") when the cursor is off the chart.
      { label: 'Week of', value: (_u, _seconds, _series, index) => weekLabel(weekly, index ?? weekly.length - 1) },
      {
        label: 'Completion rate',
        stroke: colours.line,
        width: 2.5,
        points: { show: true, size: 8, fill: colours.line },
        value: (_u, _share, _series, index) => legendRate(weekly[index ?? weekly.length - 1]),
      },
      { label: 'alarm line', class: 'chart-alarm', stroke: colours.alarm, width: 2, dash: [6, 4], points: { show: false }, value: () => percent(report.alarmBelow) },
    ],
    axes: [
      {
        ...axis,
        // uPlot found `space` pixels for `incr` seconds, so the plot is space × (max − min) / incr pixels wide.
        splits: (_u, _axis, min, max, incr, space) => {
          const shown = new Set(labelledWeeks(xs, (space * (max - min)) / incr));
          return xs.filter((_, index) => shown.has(index));
        },
        values: (_u, splits) => splits.map((seconds) => labelAt(weekly, xs, seconds)),
      },
      { ...axis, splits: () => [0, 0.25, 0.5, 0.75, 1], values: (_u, splits) => splits.map(percent) },
    ],
  };
}
