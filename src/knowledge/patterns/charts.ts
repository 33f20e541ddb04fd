/**
 * The charts of a pattern report as ECharts options (plain data): the same options draw the server's HTML report
 * (SVG rendered on the server) and the web page (ECharts in the browser), so both show the same pictures.
 */
import type { EChartsCoreOption } from 'echarts/core';
import type { PatternReport } from './report.js';
import type { Share } from './shares.js';

/** A chart: a stable id, a title, a sentence that says what it shows (its text alternative), its height and its options. */
export interface PatternChart {
  id: 'severity' | 'triggers' | 'categories' | 'services' | 'times';
  title: string;
  description: string;
  height: number;
  option: EChartsCoreOption;
}

/** The colours of the charts: this period and the previous one. */
export interface ChartColours {
  current: string;
  previous: string;
  text: string;
  grid: string;
}

/** Colours with enough contrast on white for text and bars. */
export const DEFAULT_COLOURS: ChartColours = { current: '#2456a6', previous: '#9aa5b1', text: '#2b2f33', grid: '#d5dae0' };

/** How many services a chart shows (the table under it lists all). */
const SHOWN_SERVICES = 10;
/** Pixels per bar row, and for the axes. */
const ROW = 28;
const AXES = 48;

/** Horizontal bars, one per label, the first on top. */
function bars(labels: readonly string[], series: readonly { name: string; data: readonly number[]; colour: string }[], colours: ChartColours, unit: string): EChartsCoreOption {
  const axisLabel = { color: colours.text };
  return {
    animation: false,
    grid: { left: 8, right: 32, top: series.length > 1 ? 28 : 8, bottom: 8 },
    legend: series.length > 1 ? { top: 0, textStyle: { color: colours.text } } : undefined,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'value', minInterval: 1, name: unit, nameLocation: 'end', nameTextStyle: { color: colours.text }, axisLabel, splitLine: { lineStyle: { color: colours.grid } } },
    yAxis: { type: 'category', inverse: true, data: [...labels], axisLabel, axisLine: { lineStyle: { color: colours.grid } } },
    series: series.map((s) => ({ type: 'bar', name: s.name, data: [...s.data], itemStyle: { color: s.colour }, label: { show: true, position: 'right', color: colours.text } })),
  };
}

function height(rows: number, legend = false): number {
  return Math.max(2, rows) * ROW + AXES + (legend ? 24 : 0);
}

function shareChart(id: PatternChart['id'], title: string, shares: readonly Share[], colours: ChartColours): PatternChart {
  const top = shares.slice(0, SHOWN_SERVICES);
  const named = top.filter((s) => s.count > 0);
  return {
    id,
    title,
    description: named.length === 0 ? `${title}: no incidents reviewed.` : `${title}: ${named.map((s) => `${s.label} ${s.count}`).join(', ')}.`,
    height: height(top.length),
    option: bars(
      top.map((s) => s.label),
      [{ name: 'incidents', data: top.map((s) => s.count), colour: colours.current }],
      colours,
      'incidents',
    ),
  };
}

/** The report's charts: severity, triggers, factor categories, services (the first ten) and the median times against the previous period. */
export function patternCharts(report: PatternReport, colours: ChartColours = DEFAULT_COLOURS): PatternChart[] {
  const severities = report.postmortems.bySeverity.map((s) => (s.severity === 'none' ? 'no severity' : s.severity));
  const severitySeries = [
    { name: 'reviewed', data: report.postmortems.bySeverity.map((s) => s.count), colour: colours.current },
    ...(report.incidents === null ? [] : [{ name: 'recorded', data: report.incidents.bySeverity.map((s) => s.count), colour: colours.previous }]),
  ];
  const times = report.times;
  const median = (m: number | null) => (m === null ? 0 : Math.round(m));
  return [
    {
      id: 'severity',
      title: 'Incidents by severity',
      description: `Incidents by severity: ${report.postmortems.bySeverity.map((s, i) => `${severities[i]} ${s.count}`).join(', ')}.`,
      height: height(severities.length, severitySeries.length > 1),
      option: bars(severities, severitySeries, colours, 'incidents'),
    },
    shareChart('triggers', 'Incidents by trigger', report.triggers, colours),
    shareChart('categories', 'Incidents by contributing-factor category', report.categories, colours),
    shareChart('services', 'Incidents by service', report.services, colours),
    {
      id: 'times',
      title: 'Median times, this period and the previous',
      description: `Median minutes, this period against the previous: ${times.map((t) => `${t.label} ${t.current.median ?? 'none'} against ${t.previous.median ?? 'none'}`).join('; ')}.`,
      height: height(times.length * 2, true),
      option: bars(
        times.map((t) => t.label),
        [
          { name: `${report.period.from} to ${report.period.to}`, data: times.map((t) => median(t.current.median)), colour: colours.current },
          { name: `${report.previousPeriod.from} to ${report.previousPeriod.to}`, data: times.map((t) => median(t.previous.median)), colour: colours.previous },
        ],
        colours,
        'minutes',
      ),
    },
  ];
}
