import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusDir, runCli, tempDir } from '../../../test/cli-harness.js';

const payload = (name: string) => join(corpusDir, 'payloads', name);

const POSTMORTEM = `# 2021-06-04 Checkout errors

## Summary

Checkout failed for some customers.

## Timeline

| Time (UTC) | Event |
| --- | --- |
| 2021-06-04 13:30 | Deploy of checkout v2.14 |
| 2021-06-04 14:10 | Rolled back to v2.13 |
`;

describe('debrief timeline import', () => {
  let dir = '';
  let cleanup: () => Promise<void> = async () => undefined;
  beforeAll(async () => ({ dir, cleanup } = await tempDir()));
  afterAll(() => cleanup());

  it('adds the events of PagerDuty exports to a postmortem by time, keeps the written ones, and adds nothing the second time', async () => {
    const into = join(dir, 'checkout.md');
    await writeFile(into, POSTMORTEM);
    const files = ['triggered', 'acknowledged'].map((t) => payload(`pagerduty-webhook-v3__incident-${t}.json`));
    const first = await runCli(['timeline', 'import', '--from', 'pagerduty', ...files, '--into', into]);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toContain(`${into}: 2 added, 0 joined an event another tool gave, 0 already there`);
    const written = await readFile(into, 'utf8');
    const rows = written.split('\n').filter((line) => line.startsWith('| 2021-06-04'));
    expect(rows.map((row) => row.split(' | ')[1])).toEqual(['Deploy of checkout v2.14', 'Triggered: #9 Test Incident 3', 'Acknowledged: #10 Test Incident', 'Rolled back to v2.13']);
    expect(JSON.parse(first.stdout)).toMatchObject({ added: 2, merged: 0, skipped: 0, leftOut: [] });

    const again = await runCli(['timeline', 'import', '--from', 'pagerduty', ...files, '--into', into]);
    expect(again.stderr).toContain('0 added, 0 joined an event another tool gave, 2 already there');
    expect(await readFile(into, 'utf8')).toBe(written);
  });

  it('prints what it read when there is no postmortem to add it to, naming each file and entry it left out', async () => {
    const broken = join(dir, 'broken.json');
    await writeFile(broken, '{"alerts": [{"startsAt": "soon"}');
    const run = await runCli(['timeline', 'import', '--from', 'alertmanager', payload('alertmanager-webhook__firing-two-alerts.json'), broken, payload('alertmanager-webhook__resolved-single-alert.json')]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(new RegExp(`left out ${broken}: not JSON \\(.+\\); export the alertmanager data as JSON`));
    expect(run.stderr).toMatch(/left out .*resolved-single-alert\.json alerts\[0\]: resolved, but with no end/);
    const printed = JSON.parse(run.stdout) as { timeline: { kind: string; source: string }[] };
    expect(printed.timeline.map((e) => e.kind)).toEqual(['alert', 'alert']);
  });

  it('refuses a run with nothing readable, and an unknown source, with the reason', async () => {
    const none = await runCli(['timeline', 'import', '--from', 'pagerduty', join(dir, 'missing.json')]);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/left out .*missing\.json: /);
    const unknown = await runCli(['timeline', 'import', '--from', 'nagios', payload('alertmanager-webhook__firing-two-alerts.json')]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/nagios/);
    expect(unknown.stderr).not.toMatch(/\n\s+at /);
  });
});
