import { describe, expect, it } from 'vitest';
import { patternCsv } from './csv.js';
import { patternHtml } from './html.js';
import { patternMarkdown } from './markdown.js';
import { patternReport } from './report.js';
import type { PostmortemRow } from './rows.js';

const NOW = Date.parse('2026-11-15T12:00:00Z');

function row(ref: string, over: Partial<PostmortemRow>): PostmortemRow {
  return {
    ref,
    title: `Incident ${ref}`,
    severity: 'SEV2',
    status: 'final',
    startedAt: '2026-10-05T10:00:00Z',
    services: ['checkout'],
    tags: [],
    trigger: 'deploy',
    factorCategories: ['process'],
    failureMode: null,
    minutes: { detect: 4, acknowledge: 9, mitigate: 30, resolve: 75 },
    ...over,
  };
}

const rows = [row('pm/a.md', { title: 'Pool <script>alert(1)</script> | exhausted', services: ['pay|ments'] }), row('pm/b.md', { title: '=HYPERLINK("x")', trigger: 'capacity', startedAt: '2026-10-06T10:00:00Z' })];
const report = patternReport({ source: 'directory', period: { from: '2026-10-01', to: '2026-10-30', days: 30 }, now: NOW, postmortems: rows, incidents: null, actionItems: [], closingTimesKnown: false });

describe('the renderers of the pattern report', () => {
  it('writes Markdown with the sentences and tables, pipes escaped', () => {
    const md = patternMarkdown(report);
    expect(md).toMatch(/^# Pattern report, 2026-10-01 to 2026-10-30\n/);
    expect(md).toContain('- 1 of the 2 incidents reviewed followed a deploy or change (50%).');
    expect(md).toContain('| pay\\|ments | 1 | 50% |');
    expect(md).toContain('| time to resolve | 1 h 15 min | 1 h 15 min | 2 | — | — | — |');
    expect(md).not.toContain('## Error budget by service');
  });

  it('shows a budget section when a source fills it', () => {
    expect(patternMarkdown({ ...report, budgetByService: [{ service: 'checkout', sentence: 'checkout spent 40% of its error budget.' }] })).toContain('## Error budget by service\n\n- checkout spent 40% of its error budget.');
  });

  it('writes one CSV line per postmortem, quoting what must be and defusing formulas', () => {
    const csv = patternCsv(rows);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('ref,title,started_at,severity,status,trigger,factor_categories,services,tags,failure_mode,time_to_detect_minutes,time_to_acknowledge_minutes,time_to_mitigate_minutes,time_to_resolve_minutes');
    expect(lines[1]).toBe('pm/a.md,Pool <script>alert(1)</script> | exhausted,2026-10-05T10:00:00Z,SEV2,final,deploy,process,pay|ments,,,4,9,30,75');
    expect(lines[2]).toBe(`pm/b.md,"'=HYPERLINK(""x"")",2026-10-06T10:00:00Z,SEV2,final,capacity,process,checkout,,,4,9,30,75`);
    expect(lines).toHaveLength(4);
  });

  it('writes a self-contained page with an SVG chart per section and no script', () => {
    const html = patternHtml(report);
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).not.toMatch(/<script/i);
    for (const id of ['severity', 'triggers', 'categories', 'services', 'times']) expect(html).toContain(`<figure class="chart" id="chart-${id}"><svg role="img"`);
    expect(html).toContain('1 of the 2 incidents reviewed followed a deploy or change (50%).');
    expect(html).toContain('pay|ments');
  });
});
