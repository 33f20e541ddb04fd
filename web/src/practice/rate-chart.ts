/** Where the weekly completion rate is drawn: a line per run of weeks that had something due, its points, the alarm line and the axes' ticks. */
import type { CompletionReport } from '../../../src/core/completion-rate.js';

/** The room around the plot for the axes' labels, in pixels. */
export const CHART_MARGIN = { top: 12, right: 20, bottom: 30, left: 44 } as const;

/** About how wide a date label is, in pixels: fewer labels are shown on a narrow chart. */
const LABEL_WIDTH = 56;

/** One week's point (weeks with nothing due have none). */
export interface ChartPoint {
  x: number;
  y: number;
  rate: number;
  week: CompletionReport['weekly'][number];
}

/** What the chart draws. */
export interface RateChart {
  /** SVG path data, one for each run of weeks with a rate (a week with nothing due breaks the line). */
  lines: string[];
  points: ChartPoint[];
  /** The y of the alarm line. */
  alarmY: number;
  yTicks: { y: number; share: number }[];
  /** The weeks labelled under the x axis (always the last, "now"), by index into the series. */
  xTicks: { x: number; index: number }[];
}

/** The chart of `weekly` in a box of `width` × `height` pixels (x in proportion to time; y from 0 to 100%). */
export function rateChart(weekly: CompletionReport['weekly'], alarmBelow: number, width: number, height: number): RateChart {
  const left = CHART_MARGIN.left;
  const plotWidth = Math.max(1, width - CHART_MARGIN.left - CHART_MARGIN.right);
  const plotHeight = Math.max(1, height - CHART_MARGIN.top - CHART_MARGIN.bottom);
  const times = weekly.map((w) => Date.parse(w.at));
  const first = times[0] ?? 0;
  const span = Math.max(1, (times.at(-1) ?? first) - first);
  const xOf = (i: number) => left + (((times[i] ?? first) - first) / span) * plotWidth;
  const yOf = (share: number) => CHART_MARGIN.top + (1 - Math.min(1, Math.max(0, share))) * plotHeight;

  const points: ChartPoint[] = [];
  const lines: string[] = [];
  let run: string[] = [];
  weekly.forEach((week, i) => {
    if (week.rate === null) {
      if (run.length > 0) lines.push(run.join(' '));
      run = [];
      return;
    }
    const point = { x: xOf(i), y: yOf(week.rate), rate: week.rate, week };
    points.push(point);
    run.push(`${run.length === 0 ? 'M' : 'L'}${point.x.toFixed(1)},${point.y.toFixed(1)}`);
  });
  if (run.length > 0) lines.push(run.join(' '));

  // Every step-th week back from "now"; a Monday too close to "now" (a few days before it) leaves its room to it.
  const step = Math.max(1, Math.ceil((weekly.length * LABEL_WIDTH) / plotWidth));
  const last = weekly.length - 1;
  const xTicks = weekly.flatMap((_, index) => ((last - index) % step === 0 && (index === last || xOf(last) - xOf(index) >= LABEL_WIDTH) ? [{ x: xOf(index), index }] : []));
  return { lines, points, alarmY: yOf(alarmBelow), yTicks: [0, 0.25, 0.5, 0.75, 1].map((share) => ({ y: yOf(share), share })), xTicks };
}
