import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR } from '../../test/corpus.js';
import type { TimelineEvent } from '../core/postmortem.schema.js';
import { mergeTimeline } from './merge-timeline.js';
import { readSourceFile, type TimelineSource } from './sources.js';

/** What a source makes of a payload of the corpus (real vendor payloads: see ../shared/corpus/SOURCES.tsv). */
function read(source: TimelineSource, name: string) {
  return readSourceFile(source, name, readFileSync(join(CORPUS_DIR, 'payloads', name), 'utf8'));
}

describe('Alertmanager and Grafana', () => {
  it('makes each firing alert an alert event at its start, named with where it fired', () => {
    const { events, leftOut } = read('alertmanager', 'alertmanager-webhook__firing-two-alerts.json');
    expect(leftOut).toEqual([]);
    expect(events.map((e) => [e.at, e.kind, e.actor, e.text])).toEqual([
      ['2020-02-06T00:17:58.432Z', 'alert', 'Alertmanager', 'Alert firing: High CPU Temperature (host andromeda) — High CPU core temperature'],
      ['2020-02-06T00:17:58.432Z', 'alert', 'Alertmanager', 'Alert firing: High CPU Temperature (host andromeda) — High CPU core temperature'],
    ]);
    expect(events.map((e) => e.written)).toEqual(['2020-02-06T00:17:58.432911368Z', '2020-02-06T00:17:58.432911368Z']);
    expect(new Set(events.map((e) => e.sources[0]?.id)).size).toBe(2);
  });

  it('says so when a resolved alert has no end time, and keeps its firing', () => {
    const { events, leftOut } = read('alertmanager', 'alertmanager-webhook__resolved-single-alert.json');
    expect(events).toHaveLength(1);
    expect(leftOut).toEqual([{ entry: 'alertmanager-webhook__resolved-single-alert.json alerts[0]', reason: expect.stringMatching(/resolved, but with no end/) }]);
  });

  it('reads Grafana\u2019s unified alerting payloads as Grafana\u2019s', () => {
    const { events } = read('grafana', 'grafana-webhook__unified-alerting-resolved.json');
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((e) => e.sources[0]?.vendor === 'grafana' && e.actor === 'Grafana')).toBe(true);
  });
});

describe('PagerDuty', () => {
  it('reads v3 webhook events: the trigger an alert, the acknowledgement, a note as investigation, the resolution', () => {
    const kinds = ['triggered', 'acknowledged', 'annotated', 'resolved'].map((type) => read('pagerduty', `pagerduty-webhook-v3__incident-${type}.json`).events[0]);
    expect(kinds.map((e) => [e?.kind, e?.actor])).toEqual([['alert', 'PIG 208'], ['acknowledgement', 'PIG 208'], ['investigation', 'Harsh Santwani'], ['resolution', 'PIG 208']]);
    expect(kinds[0]?.text).toBe('Triggered: #9 Test Incident 3');
    expect(kinds[2]?.text).toBe('Note: Running KILL on long-running queries from the reporting-service.');
    expect(kinds[0]?.sources).toEqual([{ vendor: 'pagerduty', id: '01BZYIL05THJDFF2Y08X9SVMTU' }]);
  });

  it('reads the log entries of a v2 webhook, and REST log entries, leaving out notifications and entries without a time', () => {
    const v2 = read('pagerduty', 'pagerduty-webhook-v2__incident-trigger-with-log-entries.json');
    expect(v2.events.map((e) => [e.at, e.kind, e.actor, e.text])).toEqual([['2017-09-26T15:14:36.000Z', 'alert', 'Laura Haley', 'Triggered through the website']]);
    const rest = readSourceFile('pagerduty', 'log.json', JSON.stringify({ log_entries: [
      { id: 'A1', type: 'trigger_log_entry', summary: 'Triggered through the API', created_at: '2015-11-07T00:14:20Z', agent: { summary: 'My Mail Service' } },
      { id: 'A2', type: 'notify_log_entry', summary: 'Notified Ana by SMS', created_at: '2015-11-07T00:14:25Z' },
      { id: 'A3', type: 'annotate_log_entry', summary: 'Note added', note: 'Failing over the mail queue', created_at: '2015-11-07T00:20:00+01:00', agent: { summary: 'Ana' } },
      { id: 'A4', type: 'resolve_log_entry', summary: 'Resolved by Ana' },
    ] }));
    expect(rest.events.map((e) => [e.at, e.kind, e.text])).toEqual([['2015-11-07T00:14:20.000Z', 'alert', 'Triggered through the API'], ['2015-11-06T23:20:00.000Z', 'investigation', 'Note: Failing over the mail queue']]);
    expect(rest.leftOut).toEqual([{ entry: 'log.json log_entries[3]', reason: 'no time (created_at)' }]);
    expect(rest.omitted).toEqual([{ reason: 'notify_log_entry: notifications sent, not events of the incident', count: 1 }]);
  });

  it('names the file and what is wrong when it is not an export, and goes on with the rest', () => {
    expect(readSourceFile('pagerduty', 'broken.json', '{"log_entries": [').leftOut).toEqual([{ entry: 'broken.json', reason: expect.stringMatching(/^not JSON \(.+\); export the pagerduty data as JSON$/) }]);
    expect(readSourceFile('pagerduty', 'other.json', '{"hello": 1}').leftOut).toEqual([{ entry: 'other.json', reason: expect.stringMatching(/not a PagerDuty export/) }]);
    const lines = readSourceFile('pagerduty', 'events.jsonl', ['triggered', 'resolved'].map((t) => readFileSync(join(CORPUS_DIR, 'payloads', `pagerduty-webhook-v3__incident-${t}.json`), 'utf8').replace(/\n\s*/g, '')).join('\n'));
    expect(lines.events.map((e) => e.kind)).toEqual(['alert', 'resolution']);
  });
});

describe('Opsgenie', () => {
  it('reads webhook actions: the creation an alert at its creation, the acknowledgement and the close at their update (nanoseconds)', () => {
    const [created, acknowledged, closed] = ['create', 'acknowledge', 'close'].map((a) => read('opsgenie', `opsgenie-webhook__alert-${a}.json`).events[0]);
    expect([created?.at, created?.kind, created?.actor, created?.text]).toEqual(['2017-08-14T11:25:56.288Z', 'alert', 'test@example.com', 'Create: another alert']);
    expect([acknowledged?.at, acknowledged?.kind, acknowledged?.text]).toEqual(['2015-01-05T10:03:44.764Z', 'acknowledgement', 'Acknowledge: test alert']);
    expect(closed?.kind).toBe('resolution');
    expect(created?.sources[0]?.id).toMatch(/^ec03dad6-62c8-4c94-b38b-d88f398e900f:Create:/);
  });

  it('reads an alert\u2019s activity log, and names what is not an Opsgenie export', () => {
    const log = readSourceFile('opsgenie', 'logs.json', JSON.stringify({ data: [{ log: 'Alert acknowledged via web', type: 'system', owner: 'ana@example.com', createdAt: '2024-03-01T14:05:00.120Z', offset: '1709301900120_1' }, { log: 'no time' }] }));
    expect(log.events.map((e) => [e.at, e.actor, e.kind, e.sources[0]?.id])).toEqual([['2024-03-01T14:05:00.120Z', 'ana@example.com', null, '1709301900120_1']]);
    // The log says no kind: the engine infers it from the text, as for written events.
    expect(mergeTimeline([], log.events).timeline[0]?.kind).toBe('acknowledgement');
    expect(log.leftOut).toEqual([{ entry: 'logs.json data[1]', reason: 'no time (createdAt)' }]);
    expect(readSourceFile('opsgenie', 'x.json', '{"alerts": []}').leftOut[0]?.reason).toMatch(/not an Opsgenie export/);
  });
});

describe('Statuspage', () => {
  it('makes each update of an incident a communication at its display time', () => {
    const { events, leftOut } = read('statuspage', 'statuspage-webhook__incident-created.json');
    expect(leftOut).toEqual([]);
    expect(events.map((e) => [e.at, e.kind, e.actor])).toEqual([['2017-12-26T07:32:00.548Z', 'communication', 'Statuspage']]);
    expect(events[0]?.text).toMatch(/^Status page \(identified\): Database query delays — We just encountered that database queries are timing out/);
  });

  it('says a component update holds nothing for the timeline', () => {
    const reading = read('statuspage', 'statuspage-webhook__component-status-update.json');
    expect(reading.leftOut).toEqual([]);
    expect(reading.omitted).toEqual([{ reason: expect.stringMatching(/component updates/), count: 1 }]);
  });
});

describe('merging into a timeline', () => {
  const typed = (at: string, text: string, kind: TimelineEvent['kind'] = null): TimelineEvent => ({ at, written: at.slice(11, 16), approximate: false, text, actor: null, kind, source: null });

  it('adds events by time, never touches what was written by hand, and changes nothing the second time', () => {
    const before = [typed('2020-02-06T00:10:00Z', 'Deploy of the scheduler', 'change'), typed('2020-02-06T00:30:00Z', 'Rolled back by Ana', 'mitigation')];
    const imported = read('alertmanager', 'alertmanager-webhook__firing-two-alerts.json').events;
    const first = mergeTimeline(before, imported);
    expect(first).toMatchObject({ added: 2, merged: 0, skipped: 0 });
    expect(first.timeline.map((e) => e.text.slice(0, 20))).toEqual(['Deploy of the schedu', 'Alert firing: High C', 'Alert firing: High C', 'Rolled back by Ana']);
    expect(first.timeline[0]).toEqual(before[0]);
    expect(first.timeline[1]?.source).toMatch(/^alertmanager a1bc48475b20e73d@2020-02-06T00:17:58.432Z:firing$/);
    const again = mergeTimeline(first.timeline, imported);
    expect(again).toMatchObject({ added: 0, merged: 0, skipped: 2 });
    expect(again.timeline).toEqual(first.timeline);
  });

  it('joins what two tools saw of one happening into one event that names both', () => {
    const fromPagerDuty = readSourceFile('pagerduty', 'pd.json', JSON.stringify({ log_entries: [{ id: 'PD1', type: 'trigger_log_entry', summary: 'Triggered: High CPU Temperature on andromeda', created_at: '2020-02-06T00:18:30Z', agent: { summary: 'Prometheus' } }] })).events;
    const fromAlertmanager = read('alertmanager', 'alertmanager-webhook__resolved-single-alert.json').events;
    const merged = mergeTimeline(mergeTimeline([], fromAlertmanager).timeline, fromPagerDuty);
    expect(merged).toMatchObject({ added: 0, merged: 1 });
    expect(merged.timeline).toHaveLength(1);
    expect(merged.timeline[0]?.source).toMatch(/^alertmanager .+:firing; pagerduty PD1$/);
    // An alert of something else, a minute later, is its own event.
    const other = readSourceFile('pagerduty', 'pd2.json', JSON.stringify({ log_entries: [{ id: 'PD2', type: 'trigger_log_entry', summary: 'Triggered: disk full on ledger-db', created_at: '2020-02-06T00:18:40Z' }] })).events;
    expect(mergeTimeline(merged.timeline, other)).toMatchObject({ added: 1, merged: 0 });
  });
});
