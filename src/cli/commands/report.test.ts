import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../../../test/cli-harness.js';
import { patternPostmortems, Q1, writePatternDirectory } from '../../../test/pattern-fixtures.js';
import { TEST_SOURCE } from '../../../test/server-harness.js';
import { forEachEngine, storeFlags, TEST_PASSWORD_COST } from '../../../test/store-engines.js';
import type { PatternReport } from '../../knowledge/patterns/report.js';
import { withStore } from '../../store/open-store.js';

const PERIOD = ['--from', Q1.from, '--to', Q1.to];

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ dir, cleanup } = await tempDir('debrief-report-'));
  await writePatternDirectory(dir);
});
afterAll(() => cleanup());

/** The report as JSON from a CLI run that must succeed. */
async function jsonReport(args: string[]): Promise<PatternReport> {
  const run = await runCli([...args, ...PERIOD, '--format', 'json']);
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as PatternReport;
}

describe('debrief report --in DIR', () => {
  it('counts the directory\u2019s postmortems of the period and says it in sentences', async () => {
    const report = await jsonReport(['report', '--in', dir]);
    expect(report.postmortems).toMatchObject({ total: 3, previousTotal: 1 });
    expect(report.postmortems.sentence).toBe('3 incidents reviewed in this period (1 SEV1 and 2 SEV2); 1 in the previous 90 days.');
    expect(report.triggers[0]?.sentence).toBe('2 of the 3 incidents reviewed followed a deploy or change (67%).');
    expect(report.triggers.find((t) => t.key === 'capacity')?.count).toBe(1);
    expect(report.repeats[0]?.sentence).toBe('pool-exhaustion hit checkout-api 2 times (PM-A and PM-B).');
    expect(report.times.find((t) => t.key === 'resolve')).toMatchObject({ current: { count: 3, median: 90 }, previous: { count: 1, median: 150 } });
    // PM-A, PM-B and PM-D each have an item due 2024-03-15 and open; PM-C's item is done.
    expect(report.actionItems).toMatchObject({ created: 5, closedOfCreated: 1, closedInPeriod: null, overdue: 3 });
    expect(report.incidents).toBeNull();
  });

  it('writes Markdown by default, a page with SVG charts, and the CSV of the rows', async () => {
    const md = await runCli(['report', '--in', dir, ...PERIOD]);
    expect(md.stdout).toMatch(/^# Pattern report, 2026-01-01 to 2026-03-31\n/);
    expect(md.stdout).toContain('- 2 of the 3 incidents reviewed followed a deploy or change (67%).');
    const html = await runCli(['report', '--in', dir, ...PERIOD, '--format', 'html']);
    expect(html.stdout).toMatch(/^<!doctype html>/);
    expect(html.stdout).toContain('<figure class="chart" id="chart-triggers"><svg');
    const csv = await runCli(['report', '--in', dir, ...PERIOD, '--format', 'csv']);
    const lines = csv.stdout.trimEnd().split('\r\n');
    expect(lines.map((l) => l.split(',')[0])).toEqual(['ref', 'PM-A', 'PM-B', 'PM-C']);
    expect(lines[3]).toContain(',capacity,,search,capacity,,20,,,240');
  }, 60_000);

  it('names the flag and the form of a bad date, and asks for a source', async () => {
    const bad = await runCli(['report', '--in', dir, '--from', '2026-02-30']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--from: "2026-02-30" is not a date; use YYYY-MM-DD');
    const neither = await runCli(['report']);
    expect(neither.code).toBe(2);
    expect(neither.stderr).toContain('give either --in DIR');
  }, 60_000);
});

forEachEngine((engine) => {
  it('reports the store for the account of --as, and the same figures as the directory', async () => {
    const options = engine.freshOptions();
    await withStore({ ...options, passwordCost: TEST_PASSWORD_COST }, async (store) => {
      const admin = await store.createUser({ email: 'admin@example.com', role: 'admin', password: 'long enough pass' }, TEST_SOURCE);
      await store.createUser({ email: 'viewer@example.com', role: 'viewer', password: 'long enough pass' }, TEST_SOURCE);
      const actor = { userId: admin.id, email: admin.email, role: admin.role };
      for (const pm of patternPostmortems()) await store.createPostmortem(actor, pm);
    });
    const server = (as: string) => ['report', '--server', '--as', as, ...storeFlags(options)];
    const viewer = await jsonReport(server('viewer@example.com'));
    const fromDir = await jsonReport(['report', '--in', dir]);
    for (const key of ['postmortems', 'undated', 'triggers', 'categories', 'services', 'repeats', 'times'] as const) expect(viewer[key], key).toEqual(fromDir[key]);
    expect(viewer.incidents).toMatchObject({ total: 0 });
    // The store knows the items were written today, after the first quarter: none of them is the quarter's.
    expect(viewer.actionItems).toMatchObject({ created: 0, closedInPeriod: 0, overdue: 0 });
    // Over the last 90 days: 7 items the viewer may see (PM-C's done), 3 of them open and due in 2024.
    const recent = await runCli([...server('viewer@example.com'), '--format', 'json']);
    expect((JSON.parse(recent.stdout) as PatternReport).actionItems).toMatchObject({ created: 7, closedOfCreated: 1, closedInPeriod: 1, overdue: 3 });
    const csv = await runCli([...server('viewer@example.com'), ...PERIOD, '--format', 'csv']);
    expect(csv.stdout).not.toContain('PM-E');
    expect(csv.stdout).not.toContain('Credential leak');
    // The admin may read the restricted postmortem: it is counted.
    expect((await jsonReport(server('admin@example.com'))).postmortems.total).toBe(4);
    const nobody = await runCli([...server('nobody@example.com'), ...PERIOD]);
    expect(nobody.code).toBe(2);
    expect(nobody.stderr).toContain('--as: no account nobody@example.com');
  }, 120_000);
});
