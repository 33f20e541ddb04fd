/** The pattern report over HTTP: the report of a period, and the addresses of its files. */
import { queryString, sendJson } from './http.js';
import type { PatternReport } from './types.js';

/** The period asked for (YYYY-MM-DD; '' for the server's default). */
export interface ReportPeriod {
  from: string;
  to: string;
}

/** The report of the period. */
export function getPatternReport(period: ReportPeriod, signal?: AbortSignal): Promise<PatternReport> {
  return sendJson(`/api/v1/reports/patterns${queryString({ from: period.from, to: period.to })}`, { signal });
}

/** The address of the report's rows as CSV, or of the report as Markdown or an HTML page with charts (downloads). */
export function patternFileHref(period: ReportPeriod, format: 'csv' | 'md' | 'html'): string {
  return `/api/v1/reports/patterns${queryString({ from: period.from, to: period.to, format })}`;
}
