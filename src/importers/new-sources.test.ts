import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR } from '../../test/corpus.js';
import { parseColumns } from './csv.js';
import { incidentWindow, windowOfKeyTimes } from './incident-window.js';
import { mergeTimeline } from './merge-timeline.js';
import { readSlack, slackUsers } from './slack.js';
import { isoOfEpochMs } from './source-reading.js';
import { readSourceFile } from './sources.js';

const corpus = (name: string): unknown => JSON.parse(readFileSync(join(CORPUS_DIR, 'payloads', name), 'utf8'));
const users = slackUsers(corpus('slack-export__users.json'));

describe('Slack', () => {
  it('reads a day file of an export: people\u2019s messages by their names, channel joins counted as left out', () => {
    const reading = readSlack(corpus('slack-export__random__2018-01-20.json'), { users });
    expect(reading.leftOut).toEqual([]);
    expect(reading.events.slice(0, 2).map((e) => [e.at, e.actor, e.text, e.sources[0]])).toEqual([
      ['2018-01-20T13:22:17.000Z', 'Steve', 'This is Steve typing random stuff.', { vendor: 'slack', id: '1516454537.000093' }],
      ['2018-01-20T14:04:38.000Z', 'k._', '@k._ uploaded a file: dirac72.md and commented: test upload attachment', { vendor: 'slack', id: expect.stringMatching(/^1516457078\./) }],
    ]);
    expect(reading.events.map((e) => e.actor)).toEqual(['Steve', 'k._', 'k._', 'Rhea', 'Rhea', 'Rhea', 'Rhea', 'Rhea']);
    expect(reading.omitted).toEqual([{ reason: 'channel joins', count: 3 }]);
  });

  it('reads the users of an export by display name, else real name', () => {
    expect(users.get('U6006P1CN')).toBe('k._');
    expect(readSlack(corpus('slack-export__random__2017-06-25.json'), { users }).events.map((e) => e.actor)).toEqual(['k._']);
  });

  it('keeps thread replies and edits (at the time first said, with the last text), alerting bots, and counts the rest by why', () => {
    const messages = [
      { type: 'message', user: 'U1', text: 'checkout is <https://status.example.com|down> for <!here>', ts: '1709474400.000100', thread_ts: '1709474400.000100', reply_count: 1, replies: [{ user: 'U2', ts: '1709474460.000200' }] },
      { type: 'message', user: 'U2', text: 'rolling back &amp; watching', ts: '1709474460.000200', thread_ts: '1709474400.000100', parent_user_id: 'U1', edited: { user: 'U2', ts: '1709474999.000000' } },
      { type: 'message', subtype: 'bot_message', bot_id: 'B1', username: 'PagerDuty', text: '', attachments: [{ fallback: 'Triggered #42: checkout 5xx > 5%', color: 'danger' }], ts: '1709474390.000300' },
      { type: 'message', subtype: 'bot_message', bot_id: 'B2', username: 'giphy', text: 'a cat', ts: '1709474500.000000' },
      { type: 'message', subtype: 'channel_leave', user: 'U3', text: '<@U3> has left the channel', ts: '1709474510.000000' },
      { type: 'message', subtype: 'huddle_thread', user: 'U3', text: 'huddle', ts: '1709474520.000000' },
      { type: 'message', user: 'U1', text: 'lunch?', ts: '1709400000.000000' },
      { type: 'message', user: 'U1', text: 'no time here' },
      { type: 'message', user: 'U1', text: 'bad time', ts: 'yesterday' },
    ];
    const reading = readSlack({ ok: true, messages, has_more: true, response_metadata: { next_cursor: 'bmV4dF90czoxNTEyMDg1ODYxMDAwNTQz' } }, { users: new Map([['U1', 'Ana'], ['U2', 'Sam']]), window: { since: '2024-03-03T13:00:00.000Z', until: '2024-03-03T16:00:00.000Z' } });
    expect(reading.events.map((e) => [e.at, e.actor, e.text])).toEqual([
      ['2024-03-03T14:00:00.000Z', 'Ana', 'checkout is down for @here'],
      ['2024-03-03T14:01:00.000Z', 'Sam', 'rolling back & watching'],
      ['2024-03-03T13:59:50.000Z', 'PagerDuty', 'Triggered #42: checkout 5xx > 5%'],
    ]);
    expect(reading.omitted).toEqual([
      { reason: 'messages of bots that are not alerting tools', count: 1 },
      { reason: 'channel leaves', count: 1 },
      { reason: 'messages of subtype huddle_thread, which are not something someone said', count: 1 },
      { reason: 'outside the incident window (2024-03-03T13:00:00.000Z to 2024-03-03T16:00:00.000Z)', count: 1 },
    ]);
    expect(reading.leftOut).toEqual([
      { entry: 'message 8', reason: 'ts is missing' },
      { entry: 'message 9', reason: expect.stringMatching(/^ts "yesterday" is not a Slack time/) },
    ]);
  });

  it('reads an object of an export\u2019s files, with its users.json, and names each day file\u2019s entries', () => {
    const reading = readSourceFile('slack', 'export', JSON.stringify({
      'users.json': corpus('slack-export__users.json'),
      'channels.json': corpus('slack-export__channels.json'),
      'random/2017-06-25.json': corpus('slack-export__random__2017-06-25.json'),
      'incident/2017-06-26.json': [{ type: 'message', text: 'no ts' }, 'not a message'],
    }));
    expect(reading.events.map((e) => e.actor)).toEqual(['k._']);
    expect(reading.leftOut).toEqual([
      { entry: 'export incident/2017-06-26.json message 1', reason: 'ts is missing' },
      { entry: 'export incident/2017-06-26.json message 2', reason: expect.stringMatching(/not a message/) },
    ]);
  });

  it('names an error answer and what is not Slack, and keeps a single message; importing twice adds nothing', () => {
    expect(readSlack({ ok: false, error: 'channel_not_found' }).leftOut[0]?.reason).toMatch(/channel_not_found/);
    expect(readSlack({ hello: 1 }).leftOut[0]?.reason).toMatch(/not a Slack export/);
    const single = readSlack(corpus('slack-export__single-message-with-user-mentions-and-blocks.json'));
    expect(single.events.map((e) => [e.actor, e.text])).toEqual([['Peter', '@U06NU4E26M9 test user mention @U074VRHQ11T']]);
    const first = mergeTimeline([], single.events);
    expect(mergeTimeline(first.timeline, single.events)).toMatchObject({ added: 0, skipped: 1 });
  });
});

describe('Better Stack', () => {
  const page = {
    data: [
      { id: '23', type: 'incident', attributes: { name: 'disk usage monitoring', url: null, cause: 'Disk space usage high', started_at: '2020-03-04T13:30:45.583Z', acknowledged_at: '2020-03-04T13:32:14.121Z', acknowledged_by: 'John Smith', resolved_at: '2020-03-04T14:21:17.137Z', resolved_by: 'John Smith', status: 'Resolved', regions: null }, relationships: { monitor: { data: { id: '2', type: 'monitor' } } } },
      { id: '25', type: 'incident', attributes: { name: 'uptime homepage', url: 'https://uptime.betterstack.com/', cause: 'Status 500', started_at: '2020-03-09T17:37:56.662Z', acknowledged_at: null, acknowledged_by: null, resolved_at: null, resolved_by: null, status: 'Started', regions: ['us', 'eu'] } },
      { id: 26, type: 'incident', attributes: { name: 'api', started_at: '09/03/2020 17:40' } },
      { type: 'incident', attributes: {} },
    ],
    pagination: { first: 'https://uptime.betterstack.com/api/v2/incidents?page=1', last: 'https://uptime.betterstack.com/api/v2/incidents?page=2', prev: null, next: 'https://uptime.betterstack.com/api/v2/incidents?page=2' },
  };

  it('makes an incident\u2019s start an alert with its cause, URL and regions, its acknowledgement and resolution by whom', () => {
    const reading = readSourceFile('betterstack', 'incidents.json', JSON.stringify(page));
    expect(reading.events.map((e) => [e.at, e.kind, e.actor, e.text, e.sources[0]?.id])).toEqual([
      ['2020-03-04T13:30:45.583Z', 'alert', 'Better Stack', 'Better Stack incident started: disk usage monitoring — Disk space usage high', '23:started'],
      ['2020-03-04T13:32:14.121Z', 'acknowledgement', 'John Smith', 'Better Stack incident acknowledged: disk usage monitoring', '23:acknowledged'],
      ['2020-03-04T14:21:17.137Z', 'resolution', 'John Smith', 'Better Stack incident resolved: disk usage monitoring', '23:resolved'],
      ['2020-03-09T17:37:56.662Z', 'alert', 'Better Stack', 'Better Stack incident started: uptime homepage — Status 500 (https://uptime.betterstack.com/; regions us, eu)', '25:started'],
    ]);
    expect(reading.leftOut).toEqual([
      { entry: 'incidents.json data[2].attributes.started_at', reason: '"09/03/2020 17:40" is not an ISO 8601 time' },
      { entry: 'incidents.json data[3]', reason: 'no id' },
    ]);
  });

  it('reads a single incident, and names what is not Better Stack', () => {
    expect(readSourceFile('betterstack', 'one.json', JSON.stringify({ data: page.data[0] })).events).toHaveLength(3);
    expect(readSourceFile('betterstack', 'x.json', '{"incidents": []}').leftOut[0]?.reason).toMatch(/not a Better Stack/);
  });
});

describe('CSV', () => {
  it('maps columns by name, reads times with a zone, and names each row it left out by file and line', () => {
    const text = ['Timestamp,Message,Who,Kind', '2024-03-03T14:00:00Z,Checkout 5xx alert fired,PagerDuty,alert', '"2024-03-03 14:05:00 +01:00","Rolled back, ""v2.14""",Ana,mitigation', '1709475000,Status page updated,,unknown-kind', ',no time,,', '2024-03-03 15:00,No zone here,,', 'soon,bad time,,'].join('\n');
    const reading = readSourceFile('csv', 'log.csv', text);
    expect(reading.events.map((e) => [e.at, e.text, e.actor, e.kind])).toEqual([
      ['2024-03-03T14:00:00.000Z', 'Checkout 5xx alert fired', 'PagerDuty', 'alert'],
      ['2024-03-03T13:05:00.000Z', 'Rolled back, "v2.14"', 'Ana', 'mitigation'],
      ['2024-03-03T14:10:00.000Z', 'Status page updated', null, null],
    ]);
    expect(reading.leftOut).toEqual([
      { entry: 'log.csv:5', reason: 'no time' },
      { entry: 'log.csv:6', reason: expect.stringMatching(/^time "2024-03-03 15:00" has no zone: name the zone .*--timezone/) },
      { entry: 'log.csv:7', reason: expect.stringMatching(/^time "soon" is not a time Debrief reads/) },
    ]);
  });

  it('reads times without a zone in the zone given, columns named by the caller, and refuses a header without them', () => {
    const text = 'When,Note,By\n2024-07-01 09:30,Deploy of v3,Sam\n';
    const reading = readSourceFile('csv', 'paris.csv', text, { timezone: 'Europe/Paris', columns: { time: 'when', text: 'Note', actor: 'By' } });
    expect(reading.events.map((e) => [e.at, e.text, e.actor])).toEqual([['2024-07-01T07:30:00.000Z', 'Deploy of v3', 'Sam']]);
    expect(readSourceFile('csv', 'x.csv', 'a,b\n1,2\n').leftOut).toEqual([{ entry: 'x.csv:1', reason: expect.stringMatching(/^no time column: .*--columns time=NAME/) }]);
    expect(readSourceFile('csv', 'x.csv', text, { columns: { time: 'Zeit' } }).leftOut[0]?.reason).toMatch(/^no column "Zeit" for time/);
    expect(readSourceFile('csv', 'e.csv', '').leftOut[0]?.reason).toMatch(/empty/);
    expect(parseColumns('time=When, text = Note')).toEqual({ time: 'When', text: 'Note' });
    expect(parseColumns('when=x')).toEqual({ problem: expect.stringMatching(/FIELD=COLUMN/) });
  });

  it('names a row that is not CSV and goes on; the same file twice adds nothing', () => {
    const reading = readSourceFile('csv', 'q.csv', 'time,text\n2024-03-03T14:00:00Z,a"b\n2024-03-03T14:01:00Z,fine\n');
    expect(reading.leftOut).toEqual([{ entry: 'q.csv:2', reason: expect.stringMatching(/^not CSV \(Invalid Opening Quote/) }]);
    expect(reading.events.map((e) => e.text)).toEqual(['fine']);
    expect(readSourceFile('csv', 'u.csv', 'time,text\n2024-03-03T14:00:00Z,"unclosed\n').leftOut).toEqual([{ entry: 'u.csv:2', reason: expect.stringMatching(/^not CSV \(Quote Not Closed/) }]);
    const good = readSourceFile('csv', 'g.csv', 'time,text\n2024-03-03T14:00:00Z,one\n2024-03-03T14:01:00Z,two\n').events;
    expect(mergeTimeline(mergeTimeline([], good).timeline, good)).toMatchObject({ added: 0, skipped: 2 });
  });
});

describe('the incident window', () => {
  it('reaches an hour around the key times, stays open while unresolved, and takes what the caller asks instead', () => {
    const times = { startedAt: '2024-03-03T14:00:00.000Z', detectedAt: '2024-03-03T14:05:00.000Z', acknowledgedAt: null, mitigatedAt: null, resolvedAt: '2024-03-03T15:00:00.000Z' };
    expect(windowOfKeyTimes(times)).toEqual({ since: '2024-03-03T13:00:00.000Z', until: '2024-03-03T16:00:00.000Z' });
    expect(windowOfKeyTimes({ ...times, resolvedAt: null })).toEqual({ since: '2024-03-03T13:00:00.000Z', until: null });
    expect(incidentWindow({ since: '2024-03-03T14:00' }, times)).toEqual({ window: { since: '2024-03-03T14:00:00.000Z', until: null } });
    expect(incidentWindow({ since: 'now' }, null)).toEqual({ problem: expect.stringMatching(/^since "now" is not an ISO 8601 time/) });
    expect(incidentWindow({ since: '2024-03-04', until: '2024-03-03' }, null)).toEqual({ problem: expect.stringMatching(/is after until/) });
  });
});

describe('epoch milliseconds as ISO 8601', () => {
  it('writes what toISOString writes, for any instant of the years 1970 to 9999 and in any order', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 253_402_300_799_999 }), { minLength: 1, maxLength: 20 }), (instants) => {
      for (const ms of instants) expect(isoOfEpochMs(ms)).toBe(new Date(ms).toISOString());
    }));
    expect(isoOfEpochMs(Date.UTC(2024, 1, 29, 23, 59, 59, 7))).toBe('2024-02-29T23:59:59.007Z');
  });
});
