import { describe, expect, it } from 'vitest';
import { samplePostmortem } from '../../../test/store-fixtures.js';
import type { Period } from './period.js';
import { patternReport, periodRows, type PatternInput } from './report.js';
import { postmortemRow, type ActionItemRow, type IncidentRow, type PostmortemRow } from './rows.js';

const PERIOD: Period = { from: '2026-10-01', to: '2026-10-30', days: 30 };
const NOW = Date.parse('2026-11-15T12:00:00Z');

/** A postmortem row with only what a test sets. */
function row(ref: string, startedAt: string | null, over: Partial<PostmortemRow> = {}): PostmortemRow {
  return {
    ref,
    title: `Incident ${ref}`,
    severity: 'SEV2',
    status: 'final',
    startedAt,
    services: [],
    tags: [],
    trigger: 'unknown',
    factorCategories: [],
    failureMode: null,
    minutes: { detect: null, acknowledge: null, mitigate: null, resolve: null },
    ...over,
  };
}

function input(over: Partial<PatternInput>): PatternInput {
  return { source: 'directory', period: PERIOD, now: NOW, postmortems: [], incidents: null, actionItems: [], closingTimesKnown: false, ...over };
}

describe('patternReport', () => {
  it('counts by severity this period and the previous, leaving out undated postmortems', () => {
    const report = patternReport(
      input({
        postmortems: [
          row('a', '2026-10-01T00:00:00Z', { severity: 'SEV1' }),
          row('b', '2026-10-30T23:59:00Z', { severity: 'SEV3' }),
          row('c', '2026-10-15T10:00:00Z', { severity: null }),
          row('d', '2026-09-20T10:00:00Z'),
          row('e', '2026-10-31T00:00:00Z'),
          row('f', null),
        ],
      }),
    );
    expect(report.postmortems.total).toBe(3);
    expect(report.postmortems.previousTotal).toBe(1);
    expect(report.postmortems.bySeverity).toEqual([
      { severity: 'SEV1', count: 1 },
      { severity: 'SEV2', count: 0 },
      { severity: 'SEV3', count: 1 },
      { severity: 'SEV4', count: 0 },
      { severity: 'none', count: 1 },
    ]);
    expect(report.postmortems.sentence).toBe('3 incidents reviewed in this period (1 SEV1, 1 SEV3 and 1 with no severity); 1 in the previous 30 days.');
    expect(report.undated).toBe(1);
    expect(report.previousPeriod).toEqual({ from: '2026-09-01', to: '2026-09-30', days: 30 });
    expect(report.incidents).toBeNull();
  });

  it('says what share of the incidents each trigger, category and service has, most first', () => {
    const deploys = Array.from({ length: 7 }, (_, i) => row(`d${i}`, '2026-10-02T00:00:00Z', { trigger: 'deploy', services: ['checkout'], factorCategories: ['process', 'technical'] }));
    const others = Array.from({ length: 5 }, (_, i) => row(`o${i}`, '2026-10-03T00:00:00Z', { trigger: i === 0 ? 'capacity' : 'unknown', services: i < 2 ? ['Search', 'checkout'] : [] }));
    const report = patternReport(input({ postmortems: [...deploys, ...others] }));
    expect(report.triggers[0]).toEqual({ key: 'deploy', label: 'deploy or change', count: 7, of: 12, share: 0.583, sentence: '7 of the 12 incidents reviewed followed a deploy or change (58%).' });
    expect(report.triggers.find((t) => t.key === 'capacity')?.sentence).toBe('1 of the 12 incidents reviewed ran out of capacity (8%).');
    expect(report.triggers.find((t) => t.key === 'unknown')?.sentence).toBe('4 of the 12 incidents reviewed name no clear trigger (33%).');
    expect(report.triggers.map((t) => t.key)).toEqual(['deploy', 'unknown', 'capacity', 'configuration', 'dependency', 'hardware', 'security']);
    expect(report.categories.slice(0, 3).map((c) => [c.key, c.count])).toEqual([
      ['process', 7],
      ['technical', 7],
      ['none', 5],
    ]);
    expect(report.categories.find((c) => c.key === 'none')?.sentence).toBe('5 of the 12 incidents reviewed named no contributing factor with a category (42%).');
    expect(report.services.map((s) => [s.label, s.count])).toEqual([
      ['checkout', 9],
      ['Search', 2],
    ]);
    expect(report.services[0]?.sentence).toBe('9 of the 12 incidents reviewed involved checkout (75%).');
    expect(report.headline).toContain('7 of the 12 incidents reviewed followed a deploy or change (58%).');
  });

  it('finds the same failure mode on the same service, counting an incident once by its record (which takes its postmortem\u2019s mode when it names none)', () => {
    const postmortems = [
      row('PM-1', '2026-10-02T00:00:00Z', { failureMode: 'disk-full', services: ['payments'] }),
      row('PM-2', '2026-10-09T00:00:00Z', { failureMode: 'disk-full', services: ['payments', 'ledger'] }),
      row('PM-3', '2026-10-10T00:00:00Z', { failureMode: 'disk-full', services: ['search'] }),
      row('PM-4', '2026-10-11T00:00:00Z', { failureMode: 'disk-full', services: ['payments'] }),
    ];
    const incidents: IncidentRow[] = [
      { ref: 'INC-1', severity: 'SEV3', startedAt: '2026-10-02T00:00:00Z', services: ['payments'], failureMode: 'disk-full', postmortemRef: 'PM-1' },
      { ref: 'INC-2', severity: 'SEV4', startedAt: '2026-10-20T00:00:00Z', services: ['payments'], failureMode: 'disk-full', postmortemRef: null },
      { ref: 'INC-3', severity: 'SEV4', startedAt: '2026-09-20T00:00:00Z', services: ['payments'], failureMode: 'disk-full', postmortemRef: null },
      { ref: 'INC-4', severity: 'SEV2', startedAt: '2026-10-11T00:00:00Z', services: [], failureMode: null, postmortemRef: 'PM-4' },
      { ref: 'INC-5', severity: 'SEV4', startedAt: '2026-10-12T00:00:00Z', services: ['payments'], failureMode: null, postmortemRef: null },
    ];
    const report = patternReport(input({ source: 'server', postmortems, incidents }));
    const modes = report.repeats.filter((r) => r.kind === 'failure_mode');
    expect(modes).toEqual([
      { kind: 'failure_mode', service: 'payments', failureMode: 'disk-full', trigger: null, count: 4, refs: ['PM-2', 'INC-1', 'INC-2', 'INC-4'], sentence: 'disk-full hit payments 4 times (PM-2, INC-1, INC-2 and INC-4).' },
    ]);
    expect(report.incidents?.total).toBe(4);
    expect(report.incidents?.previousTotal).toBe(1);
  });

  it('finds the same trigger on the same service twice or more, but not an unknown trigger', () => {
    const report = patternReport(
      input({
        postmortems: [
          row('a', '2026-10-02T00:00:00Z', { trigger: 'configuration', services: ['edge'] }),
          row('b', '2026-10-05T00:00:00Z', { trigger: 'configuration', services: ['edge'] }),
          row('c', '2026-10-06T00:00:00Z', { trigger: 'unknown', services: ['api'] }),
          row('d', '2026-10-07T00:00:00Z', { trigger: 'unknown', services: ['api'] }),
          row('e', '2026-10-08T00:00:00Z', { trigger: 'deploy', services: ['api'] }),
        ],
      }),
    );
    expect(report.repeats.map((r) => r.sentence)).toEqual(['2 incidents of edge followed a configuration change (a and b).']);
  });

  it('gives median and p90 of each time against the previous period, and the trend', () => {
    const minutes = (resolve: number, detect: number | null = null) => ({ detect, acknowledge: null, mitigate: null, resolve });
    const report = patternReport(
      input({
        postmortems: [
          row('a', '2026-10-02T00:00:00Z', { minutes: minutes(60, 5) }),
          row('b', '2026-10-03T00:00:00Z', { minutes: minutes(90, 15) }),
          row('c', '2026-10-04T00:00:00Z', { minutes: minutes(300) }),
          row('p', '2026-09-10T00:00:00Z', { minutes: minutes(100) }),
          row('q', '2026-09-11T00:00:00Z', { minutes: minutes(120) }),
        ],
      }),
    );
    const resolve = report.times.find((t) => t.key === 'resolve');
    expect(resolve?.current).toEqual({ count: 3, median: 90, p90: 258 });
    expect(resolve?.previous).toEqual({ count: 2, median: 110, p90: 118 });
    expect(resolve?.trend.median).toEqual({ direction: 'faster', changeMinutes: -20, changeShare: -0.182 });
    expect(resolve?.sentence).toBe('Median time to resolve 1 h 30 min (p90 4 h 18 min, 3 incidents), 20 min faster than the previous period (1 h 50 min, -18%).');
    expect(report.times.find((t) => t.key === 'detect')?.sentence).toBe('Median time to detect 10 min (p90 14 min, 2 incidents); the previous period gives none to compare.');
    expect(report.times.find((t) => t.key === 'mitigate')?.sentence).toBe('No incident reviewed in this period gives a time to mitigate.');
  });

  it('counts action items created and closed in the period, and overdue on the clock\u2019s day', () => {
    const item = (status: ActionItemRow['status'], createdAt: string | null, closedAt: string | null, due: string | null = null): ActionItemRow => ({ postmortemRef: 'a', status, due, createdAt, closedAt });
    const items = [
      item('done', '2026-10-02T00:00:00Z', '2026-10-20T00:00:00Z'),
      item('open', '2026-10-02T00:00:00Z', null, '2026-11-01'),
      item('in_progress', '2026-10-30T23:00:00Z', null, '2026-11-15'),
      item('verified', '2026-09-01T00:00:00Z', '2026-10-05T00:00:00Z'),
      item('open', '2026-09-01T00:00:00Z', null, '2026-09-30'),
      item('open', '2026-11-02T00:00:00Z', null, '2026-11-03'),
    ];
    const report = patternReport(input({ source: 'server', actionItems: items, closingTimesKnown: true }));
    expect(report.actionItems).toMatchObject({ created: 3, closedOfCreated: 1, closedInPeriod: 2, overdue: 2, today: '2026-11-15' });
    expect(report.actionItems.sentences).toEqual([
      '3 action items were created in this period; 1 of them is closed now.',
      '2 action items were closed in this period.',
      '2 action items are overdue on 2026-11-15 (due before it and still open).',
    ]);
    const unknownClosing = patternReport(input({ actionItems: items }));
    expect(unknownClosing.actionItems.closedInPeriod).toBeNull();
    expect(unknownClosing.actionItems.sentences).toHaveLength(2);
  });

  it('says plainly when the period holds nothing', () => {
    const report = patternReport(input({ postmortems: [row('old', '2025-01-01T00:00:00Z')] }));
    expect(report.postmortems.sentence).toBe('No incidents reviewed in this period; 0 in the previous 30 days.');
    expect(report.triggers.every((t) => t.count === 0 && t.share === 0)).toBe(true);
    expect(report.services).toEqual([]);
    expect(report.repeats).toEqual([]);
    expect(report.headline).toEqual(['No incidents reviewed in this period; 0 in the previous 30 days.', 'No action items were created in this period.']);
  });
});

describe('postmortemRow and periodRows', () => {
  it('reads a document: trigger from its change events, times derived, categories once each', () => {
    const pm = samplePostmortem({
      contributingFactors: [
        { text: 'No canary', category: 'process', actionItems: [] },
        { text: 'No review', category: 'process', actionItems: [] },
      ],
      times: { startedAt: '2026-10-01T10:00:00Z', detectedAt: '2026-10-01T10:12:00Z', acknowledgedAt: null, mitigatedAt: null, resolvedAt: '2026-10-01T11:30:00Z' },
      extraFrontMatter: { failureMode: 'Pool-Exhaustion' },
    });
    const r = postmortemRow(pm, 'PM-9');
    expect(r).toMatchObject({ ref: 'PM-9', trigger: 'deploy', factorCategories: ['process'], failureMode: 'pool-exhaustion', startedAt: '2026-10-01T10:00:00Z' });
    expect(r.minutes).toEqual({ detect: 12, acknowledge: null, mitigate: null, resolve: 90 });
  });

  it('keeps the rows of the period in start order', () => {
    const rows = [row('b', '2026-10-05T00:00:00Z'), row('x', '2026-11-05T00:00:00Z'), row('a', '2026-10-02T00:00:00Z')];
    expect(periodRows(rows, PERIOD).map((r) => r.ref)).toEqual(['a', 'b']);
  });
});
