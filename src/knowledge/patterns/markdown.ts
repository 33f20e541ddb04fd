/** The pattern report as Markdown: the sentences first, each section's table after its sentences. */
import type { PatternReport } from './report.js';
import type { Share } from './shares.js';
import type { TimeStat } from './times.js';
import { duration, percent } from './words.js';

/** A table cell: pipes escaped, line breaks flattened. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}

function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n');
}

function shareSection(title: string, what: string, shares: readonly Share[]): string {
  const named = shares.filter((s) => s.count > 0);
  if (named.length === 0) return `## ${title}\n\nNo incidents reviewed in this period.\n`;
  return `## ${title}\n\n${named.map((s) => `- ${s.sentence}`).join('\n')}\n\n${table([what, 'incidents', 'share'], named.map((s) => [s.label, String(s.count), percent(s.share)]))}\n`;
}

const minutes = (m: number | null) => (m === null ? '—' : duration(m));

function trendCell(t: TimeStat): string {
  const trend = t.trend.median;
  if (trend === null) return '—';
  return trend.direction === 'unchanged' ? 'unchanged' : `${duration(trend.changeMinutes)} ${trend.direction}`;
}

/** A section of the report: what it is about (the chart that goes with it has the same id) and its Markdown. */
export interface ReportSection {
  id: 'title' | 'brief' | 'severity' | 'triggers' | 'categories' | 'services' | 'repeats' | 'times' | 'actions' | 'budget';
  markdown: string;
}

/** The report's sections in order, each as Markdown. */
export function patternSections(report: PatternReport): ReportSection[] {
  const { period, previousPeriod: before } = report;
  const source = report.source === 'directory' ? 'the postmortems of a directory' : 'the postmortems and incidents on the server';
  const severityRows = report.postmortems.bySeverity.map((s, i) => [s.severity === 'none' ? 'no severity' : s.severity, String(s.count), ...(report.incidents === null ? [] : [String(report.incidents.bySeverity[i]?.count ?? 0)])]);
  const sections: ReportSection[] = [
    { id: 'title', markdown: `# Pattern report, ${period.from} to ${period.to}\n\n${period.days} days, against the ${before.days} before (${before.from} to ${before.to}); from ${source}.\n` },
    { id: 'brief', markdown: `## In brief\n\n${report.headline.map((s) => `- ${s}`).join('\n')}\n` },
    { id: 'severity', markdown: `## Incidents\n\n${[report.postmortems.sentence, ...(report.incidents === null ? [] : [report.incidents.sentence])].map((s) => `- ${s}`).join('\n')}${report.undated > 0 ? `\n- ${report.undated} postmortem${report.undated === 1 ? ' gives' : 's give'} no start time and fall${report.undated === 1 ? 's' : ''} in no period.` : ''}\n\n${table(['severity', 'reviewed', ...(report.incidents === null ? [] : ['recorded'])], severityRows)}\n` },
    { id: 'triggers', markdown: shareSection('Triggers', 'trigger', report.triggers) },
    { id: 'categories', markdown: shareSection('Contributing factors', 'category', report.categories) },
    { id: 'services', markdown: shareSection('Services', 'service', report.services) },
    { id: 'repeats', markdown: `## Repeated failures\n\n${report.repeats.length === 0 ? 'No failure came back in this period.' : report.repeats.map((r) => `- ${r.sentence}`).join('\n')}\n` },
    { id: 'times', markdown: `## Time to detect, acknowledge, mitigate and resolve\n\n${report.times.map((t) => `- ${t.sentence}`).join('\n')}\n\n${table(
      ['time', 'median', 'p90', 'incidents', 'previous median', 'previous p90', 'trend of the median'],
      report.times.map((t) => [t.label, minutes(t.current.median), minutes(t.current.p90), String(t.current.count), minutes(t.previous.median), minutes(t.previous.p90), trendCell(t)]),
    )}\n` },
    { id: 'actions', markdown: `## Action items\n\n${report.actionItems.sentences.map((s) => `- ${s}`).join('\n')}\n` },
    ...(report.budgetByService === undefined ? [] : [{ id: 'budget' as const, markdown: `## Error budget by service\n\n${report.budgetByService.map((b) => `- ${b.sentence}`).join('\n')}\n` }]),
  ];
  return sections;
}

/** The report as a Markdown document. */
export function patternMarkdown(report: PatternReport): string {
  return patternSections(report)
    .map((s) => s.markdown)
    .join('\n');
}
