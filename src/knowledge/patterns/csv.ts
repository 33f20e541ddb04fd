/** The rows under a pattern report as CSV (RFC 4180): one line per postmortem of the period, with what the report counted of it. */
import { TIME_KEYS, type PostmortemRow } from './rows.js';

const HEADER = ['ref', 'title', 'started_at', 'severity', 'status', 'trigger', 'factor_categories', 'services', 'tags', 'failure_mode', ...TIME_KEYS.map((k) => `time_to_${k}_minutes`)];

/** A field quoted where it must be; text a spreadsheet would run as a formula (=, +, -, @) is led by a quote mark. */
function field(value: string | number | null): string {
  if (value === null) return '';
  const text = typeof value === 'number' ? String(value) : /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The rows as CSV, a header line first, lines ended by CRLF. */
export function patternCsv(rows: readonly PostmortemRow[]): string {
  const lines = rows.map((r) =>
    [r.ref, r.title, r.startedAt, r.severity, r.status, r.trigger, r.factorCategories.join(';'), r.services.join(';'), r.tags.join(';'), r.failureMode, ...TIME_KEYS.map((k) => r.minutes[k])].map(field).join(','),
  );
  return [HEADER.join(','), ...lines].map((l) => `${l}\r\n`).join('');
}
