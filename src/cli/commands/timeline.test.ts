import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
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
    // Imported the rest; exit 1 says some of the export was left out.
    expect(run.code).toBe(1);
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

  /** A Slack export of the corpus's files under `root`, with an incident channel of a day: a directory. */
  async function slackExport(root: string): Promise<void> {
    await mkdir(join(root, 'random'), { recursive: true });
    await mkdir(join(root, 'incident'), { recursive: true });
    await copyFile(payload('slack-export__users.json'), join(root, 'users.json'));
    await copyFile(payload('slack-export__channels.json'), join(root, 'channels.json'));
    await copyFile(payload('slack-export__random__2018-01-20.json'), join(root, 'random', '2018-01-20.json'));
    const incident = [
      { type: 'message', subtype: 'bot_message', username: 'Alertmanager', text: '[FIRING:1] HighErrorRate checkout', ts: '1516460400.000100' },
      { type: 'message', user: 'U6006P1CN', text: 'looking, rolling back', ts: '1516460460.000200', edited: { user: 'U6006P1CN', ts: '1516460500.000000' } },
      { type: 'message', user: 'U6006P1CN', text: 'no time' },
    ];
    await writeFile(join(root, 'incident', '2018-01-20.json'), JSON.stringify(incident));
  }

  it('reads a Slack export\u2019s directory and its zip a file at a time, in the window asked, naming people and what it left out', async () => {
    const root = join(dir, 'slack-export');
    await slackExport(root);
    execFileSync('zip', ['-qr', join(dir, 'slack-export.zip'), '.'], { cwd: root });
    const window = ['--since', '2018-01-20T14:00:00Z', '--until', '2018-01-20T15:30'];
    for (const input of [root, join(dir, 'slack-export.zip')]) {
      const run = await runCli(['timeline', 'import', '--from', 'slack', input, ...window]);
      expect(run.code, run.stderr).toBe(1);
      const printed = JSON.parse(run.stdout) as { timeline: { at: string; actor: string; text: string; source: string }[]; omitted: { reason: string; count: number }[] };
      expect(printed.timeline.map((e) => [e.at, e.actor, e.text])).toEqual([
        ['2018-01-20T14:04:38.000Z', 'k._', '@k._ uploaded a file: dirac72.md and commented: test upload attachment'],
        ['2018-01-20T14:06:52.000Z', 'k._', expect.stringMatching(/^Huh this is very useful/)],
        ['2018-01-20T15:00:00.000Z', 'Alertmanager', '[FIRING:1] HighErrorRate checkout'],
        ['2018-01-20T15:01:00.000Z', 'k._', 'looking, rolling back'],
      ]);
      // A message's id names its channel: the id channels.json gives the folder's name, else the name.
      expect(printed.timeline.map((e) => e.source.replace(/\/.*/, ''))).toEqual(['slack C061A0WJG', 'slack C061A0WJG', 'slack incident', 'slack incident']);
      expect(printed.omitted).toEqual([
        { reason: 'channel joins', count: 3 },
        { reason: 'outside the incident window (2018-01-20T14:00:00.000Z to 2018-01-20T15:30:00.000Z)', count: 6 },
      ]);
      expect(run.stderr).toMatch(/left out .*incident\/2018-01-20\.json message 3: ts is missing\n/);
      expect(run.stderr).toContain('debrief: 9 left out on purpose: 3 channel joins; 6 outside the incident window');
      // Not a terminal: plain progress lines, the last one the total.
      expect(run.stderr).toMatch(/debrief: 4\/4 files read\n/);
    }
  });

  it('takes the window from the postmortem it imports into, and refuses a window that is not one', async () => {
    const root = join(dir, 'slack-window');
    await slackExport(root);
    const into = join(dir, 'slack-window.md');
    await writeFile(into, POSTMORTEM.replace('## Summary', '**Started:** 2018-01-20 15:00 UTC\n**Resolved:** 2018-01-20 15:10 UTC\n\n## Summary'));
    const run = await runCli(['timeline', 'import', '--from', 'slack', root, '--into', into]);
    const printed = JSON.parse(run.stdout) as { added: number; omitted: { reason: string; count: number }[] };
    expect(printed.omitted[1]?.reason).toBe('outside the incident window (2018-01-20T14:00:00.000Z to 2018-01-20T16:10:00.000Z)');
    expect(printed.added).toBe(4);
    // Imported before a message's id named its channel (its ts alone): the same messages, not new ones.
    const written = await readFile(into, 'utf8');
    const former = written.replace(/slack (?:C061A0WJG|incident)\//g, 'slack ');
    expect(former).not.toBe(written);
    await writeFile(into, former);
    const again = await runCli(['timeline', 'import', '--from', 'slack', root, '--into', into]);
    expect((JSON.parse(again.stdout) as { added: number; skipped: number })).toMatchObject({ added: 0, skipped: 4 });
    await expect(readFile(into, 'utf8')).resolves.toBe(former);
    const bad = await runCli(['timeline', 'import', '--from', 'slack', root, '--since', 'yesterday']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('debrief: --since "yesterday" is not an ISO 8601 time (2024-03-03T14:00:00Z)\n');
  });

  it('reads a CSV with the columns and zone given, naming each row it cannot read by file and line', async () => {
    const csv = join(dir, 'notes.csv');
    await writeFile(csv, 'When,Note,Who\n2021-06-04 15:35,Paged the database team,Ana\n2021-06-04 15:50:00+02:00,Failover done,Sam\nlater,Checked,Ana\n');
    const run = await runCli(['timeline', 'import', '--from', 'csv', csv, '--columns', 'time=When,text=Note,actor=Who', '--timezone', 'Europe/Paris', '--format', 'md']);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/\| 2021-06-04 13:35 \(2021-06-04 15:35\) \| Paged the database team \| Ana \| escalation \| csv [0-9a-f]{12}@2021-06-04T13:35:00\.000Z \|/);
    expect(run.stdout).toMatch(/\| 2021-06-04 13:50 \(2021-06-04 15:50:00\+02:00\) \| Failover done \| Sam \|/);
    expect(run.stderr).toMatch(new RegExp(`left out ${csv}:4: time "later" is not a time Debrief reads`));
    const noZone = await runCli(['timeline', 'import', '--from', 'csv', csv, '--columns', 'time=When,text=Note']);
    expect(noZone.stderr).toMatch(new RegExp(`left out ${csv}:2: time "2021-06-04 15:35" has no zone: name the zone the file was written in \\(--timezone`));
    const badZone = await runCli(['timeline', 'import', '--from', 'csv', csv, '--timezone', 'Mars/Olympus']);
    expect([badZone.code, badZone.stderr]).toEqual([2, 'debrief: --timezone: "Mars/Olympus" is not an IANA time zone (Europe/Paris, America/New_York, UTC)\n']);
  });
});
