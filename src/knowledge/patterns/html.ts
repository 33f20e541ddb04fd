/** The pattern report as one self-contained HTML page: the Markdown sections as sanitized HTML, each followed by its chart as SVG drawn on the server by ECharts. */
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { markdown } from '../../markdown/markdown-it.js';
import { markdownHtml, standalonePage } from '../../markdown/html.js';
import { patternCharts, type PatternChart } from './charts.js';
import { patternSections } from './markdown.js';
import type { PatternReport } from './report.js';

echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

/** How wide the charts are drawn (the page's text column; the SVG scales down with it). */
const WIDTH = 720;

/** The chart as an SVG string (ECharts escapes its labels), in a figure with its title and text alternative. */
function chartFigure(chart: PatternChart): string {
  const instance = echarts.init(null, null, { renderer: 'svg', ssr: true, width: WIDTH, height: chart.height });
  try {
    instance.setOption(chart.option);
    const svg = instance.renderToSVGString().replace('<svg ', `<svg role="img" aria-label="${markdown.utils.escapeHtml(chart.description)}" `);
    return `<figure class="chart" id="chart-${chart.id}">${svg}<figcaption>${markdown.utils.escapeHtml(chart.title)}</figcaption></figure>`;
  } finally {
    instance.dispose();
  }
}

/** The report as a standalone HTML page with its charts (no script: the charts are SVG). */
export function patternHtml(report: PatternReport): string {
  const charts = new Map(patternCharts(report).map((c) => [c.id as string, c]));
  const body = patternSections(report)
    .map((section) => {
      const chart = charts.get(section.id);
      return `${markdownHtml(section.markdown)}${chart === undefined ? '' : chartFigure(chart)}`;
    })
    .join('\n');
  const style = '<style>figure.chart { margin: 0 0 1.5rem; } figure.chart svg { background: #fff; border-radius: 6px; max-width: 100%; height: auto; } figcaption { color: var(--muted); font-size: 0.9em; }</style>';
  return standalonePage(`Pattern report, ${report.period.from} to ${report.period.to}`, body, [style]);
}
