import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR } from '../../../test/corpus.js';
import { fakeFetchApisPerFile } from '../../../test/fake-fetch-apis.js';
import { serverPerFile } from '../../../test/server-harness.js';
import { forEachEngine } from '../../../test/store-engines.js';

const payload = (name: string): unknown => JSON.parse(readFileSync(join(CORPUS_DIR, 'payloads', name), 'utf8'));

forEachEngine((engine) => {
  describe('POST /postmortems/{id}/timeline/import', () => {
    // A loopback Slack and PagerDuty, started before the app, which is told to fetch from them.
    const fake = fakeFetchApisPerFile();
    const { fetchApis } = fake;
    const server = serverPerFile(engine, { fetchApis });
    const create = async () => {
      const response = await server().call('editor', 'POST', '/api/v1/postmortems', { json: { title: 'Checkout errors', timeline: [{ at: '2021-06-04T13:30:00Z', written: '13:30', approximate: false, text: 'Deploy of checkout v2.14', actor: 'Sam', kind: 'change', source: null }] } });
      expect(response.statusCode, response.body).toBe(201);
      return response.json() as { id: string; version: number };
    };

    it('previews without changing anything, then imports with If-Match as a revision, and adds nothing the second time', async () => {
      const { id } = await create();
      const url = `/api/v1/postmortems/${id}/timeline/import`;
      const body = { source: 'pagerduty', payload: payload('pagerduty-webhook-v3__incident-triggered.json') };
      const preview = await server().call('editor', 'POST', url, { json: { ...body, preview: true } });
      expect(preview.statusCode, preview.body).toBe(200);
      expect(preview.json()).toMatchObject({ added: 1, merged: 0, skipped: 0, leftOut: [], version: null });
      expect(preview.json().timeline.map((e: { text: string }) => e.text)).toEqual(['Deploy of checkout v2.14', 'Triggered: #9 Test Incident 3']);
      expect((await server().call('viewer', 'GET', `/api/v1/postmortems/${id}`)).json()).toMatchObject({ version: 1, timeline: [{ text: 'Deploy of checkout v2.14' }] });

      expect((await server().call('editor', 'POST', url, { json: body })).statusCode).toBe(428);
      const imported = await server().call('editor', 'POST', url, { json: body, headers: { 'if-match': '"1"' } });
      expect(imported.statusCode, imported.body).toBe(200);
      expect(imported.headers.etag).toBe('"2"');
      expect(imported.json()).toMatchObject({ added: 1, version: 2 });
      const stored = (await server().call('viewer', 'GET', `/api/v1/postmortems/${id}`)).json();
      expect(stored.timeline[1]).toMatchObject({ at: '2021-06-04T13:35:29.781Z', kind: 'alert', actor: 'PIG 208', source: 'pagerduty 01BZYIL05THJDFF2Y08X9SVMTU' });
      const revisions = (await server().call('viewer', 'GET', `/api/v1/postmortems/${id}/revisions`)).json().items as { note: string | null }[];
      expect(revisions.at(-1)?.note).toBe('timeline: 1 events imported from pagerduty');

      const again = await server().call('editor', 'POST', url, { json: body, headers: { 'if-match': '"2"' } });
      expect(again.json()).toMatchObject({ added: 0, skipped: 1, version: 2 });
    });

    it('takes an export\u2019s text, names what it left out, and refuses viewers, stale versions and unknown sources', async () => {
      const { id } = await create();
      const url = `/api/v1/postmortems/${id}/timeline/import`;
      const text = `${JSON.stringify(payload('alertmanager-webhook__resolved-single-alert.json'))}\n{"alerts": "not a list"}`;
      const read = await server().call('editor', 'POST', url, { json: { source: 'alertmanager', payload: text, name: 'pasted.jsonl', preview: true } });
      expect(read.json()).toMatchObject({ added: 1, leftOut: [{ entry: 'pasted.jsonl:1 alerts[0]', reason: expect.stringMatching(/no end/) }, { entry: 'pasted.jsonl:2', reason: expect.stringMatching(/no "alerts" list/) }] });
      expect((await server().call('viewer', 'POST', url, { json: { source: 'alertmanager', payload: text, preview: true } })).statusCode).toBe(403);
      expect((await server().call('editor', 'POST', url, { json: { source: 'alertmanager', payload: text }, headers: { 'if-match': '"9"' } })).statusCode).toBe(412);
      const unknown = await server().call('editor', 'POST', url, { json: { source: 'nagios', payload: {} } });
      expect(unknown.statusCode).toBe(422);
      expect(unknown.json().error.details).toEqual([expect.objectContaining({ path: 'source' })]);
    });

    it('reads a Slack export\u2019s files in the postmortem\u2019s window, naming people and counting what it left out, and CSV and Better Stack', async () => {
      const created = await server().call('editor', 'POST', '/api/v1/postmortems', { json: { title: 'Upload failures', times: { startedAt: '2018-01-20T15:00:00Z', resolvedAt: '2018-01-20T15:10:00Z' } } });
      expect(created.statusCode, created.body).toBe(201);
      const url = `/api/v1/postmortems/${(created.json() as { id: string }).id}/timeline/import`;
      const files = { 'users.json': payload('slack-export__users.json'), 'random/2018-01-20.json': payload('slack-export__random__2018-01-20.json'), 'random/2018-01-21.json': [{ type: 'message', text: 'no ts' }] };
      const slack = await server().call('editor', 'POST', url, { json: { source: 'slack', payload: files, name: 'export.zip', preview: true } });
      expect(slack.statusCode, slack.body).toBe(200);
      const answer = slack.json() as { added: number; omitted: { reason: string; count: number }[]; leftOut: unknown[]; timeline: { actor: string; text: string }[] };
      // The window: an hour before the start to an hour after the resolution.
      expect(answer.timeline.map((e) => [e.actor, e.text.slice(0, 30)])).toEqual([['k._', '@k._ uploaded a file: dirac72.'], ['k._', 'Huh this is very useful being ']]);
      expect(answer.omitted).toEqual([{ reason: 'channel joins', count: 3 }, { reason: 'outside the incident window (2018-01-20T14:00:00.000Z to 2018-01-20T16:10:00.000Z)', count: 6 }]);
      expect(answer.leftOut).toEqual([{ entry: 'export.zip random/2018-01-21.json message 1', reason: 'ts is missing' }]);
      const asked = await server().call('editor', 'POST', url, { json: { source: 'slack', payload: files, since: '2018-01-20T17:15:06Z', preview: true } });
      expect((asked.json() as { added: number }).added).toBe(3);
      const badSince = await server().call('editor', 'POST', url, { json: { source: 'slack', payload: files, since: 'yesterday', preview: true } });
      expect([badSince.statusCode, badSince.json().error.message]).toEqual([422, 'since "yesterday" is not an ISO 8601 time (2024-03-03T14:00:00Z)']);

      const csv = 'When,What\n2018-01-20 16:02,Restarted the uploader\n';
      const local = await server().call('editor', 'POST', url, { json: { source: 'csv', payload: csv, name: 'notes.csv', columns: { time: 'When', text: 'What' }, timezone: 'Europe/Berlin', preview: true } });
      expect(local.json()).toMatchObject({ added: 1, leftOut: [], omitted: [] });
      expect((local.json() as { timeline: { at: string }[] }).timeline[0]?.at).toBe('2018-01-20T15:02:00.000Z');
      const noZone = await server().call('editor', 'POST', url, { json: { source: 'csv', payload: csv, name: 'notes.csv', columns: { time: 'When', text: 'What' }, preview: true } });
      expect(noZone.json().leftOut).toEqual([{ entry: 'notes.csv:2', reason: expect.stringMatching(/has no zone/) }]);
      const badZone = await server().call('editor', 'POST', url, { json: { source: 'csv', payload: csv, timezone: 'Mars/Olympus', preview: true } });
      expect(badZone.statusCode).toBe(422);
      expect(badZone.json().error.details).toEqual([expect.objectContaining({ path: 'timezone' })]);

      const incidents = { data: [{ id: '23', type: 'incident', attributes: { name: 'uploads', cause: 'Status 500', started_at: '2018-01-20T15:00:30.000Z', acknowledged_at: '2018-01-20T15:02:00.000Z', acknowledged_by: 'Rhea', resolved_at: null, resolved_by: null, regions: ['eu'] } }], pagination: { next: null } };
      const better = await server().call('editor', 'POST', url, { json: { source: 'betterstack', payload: incidents, preview: true } });
      expect((better.json() as { timeline: { kind: string; actor: string; source: string }[] }).timeline.map((e) => [e.kind, e.actor, e.source])).toEqual([['alert', 'Better Stack', 'betterstack 23:started'], ['acknowledgement', 'Rhea', 'betterstack 23:acknowledged']]);
    });

    it('fetches live from Slack and PagerDuty with a token sent for the call, and says what the tool refused', async () => {
      const created = await server().call('editor', 'POST', '/api/v1/postmortems', { json: { title: 'Checkout down', times: { startedAt: '2024-03-03T14:00:00Z', resolvedAt: '2024-03-03T14:30:00Z' } } });
      const url = `/api/v1/postmortems/${(created.json() as { id: string }).id}/timeline/import`;
      fake.asked.length = 0;
      const slack = await server().call('editor', 'POST', url, { json: { source: 'slack', fetch: { id: 'C1', token: 'xoxb-good' } }, headers: { 'if-match': '"1"' } });
      expect(slack.statusCode, slack.body).toBe(200);
      expect(slack.json()).toMatchObject({ added: 2, version: 2, omitted: [{ reason: 'channel joins', count: 1 }], leftOut: [{ entry: 'slack C1 page 2 message 2', reason: 'ts is missing' }] });
      expect((slack.json() as { timeline: { text: string; source: string }[] }).timeline.map((e) => [e.text, e.source])).toEqual([['checkout is down', 'slack C1/1709474400.000100'], ['rolled back', 'slack C1/1709474460.000200']]);
      // The window sent to Slack: an hour either side of the postmortem's key times.
      expect(fake.asked.filter((a) => a.path.endsWith('conversations.history')).map((a) => [a.query.channel, a.query.cursor, a.query.oldest, a.query.latest, a.authorization])).toEqual([
        ['C1', undefined, '1709470800.000000', '1709479800.000000', 'Bearer xoxb-good'],
        ['C1', 'bmV4dF90czoxNzA5NDc0NDAw', '1709470800.000000', '1709479800.000000', 'Bearer xoxb-good'],
      ]);
      const pagerduty = await server().call('editor', 'POST', url, { json: { source: 'pagerduty', fetch: { id: 'P1', token: 'pd-good' }, preview: true } });
      expect((pagerduty.json() as { timeline: { kind: string; source: string }[] }).timeline.map((e) => [e.kind, e.source])).toEqual([
        ['detection', 'slack C1/1709474400.000100'],
        ['alert', 'pagerduty L1'],
        ['mitigation', 'slack C1/1709474460.000200'],
        ['acknowledgement', 'pagerduty L3'],
      ]);

      const refused = await server().call('editor', 'POST', url, { json: { source: 'slack', fetch: { id: 'C1', token: 'xoxb-bad' }, preview: true } });
      expect([refused.statusCode, refused.json().error.message]).toEqual([422, 'Slack conversations.history of C1: invalid_auth']);
      const both = await server().call('editor', 'POST', url, { json: { source: 'slack', fetch: { id: 'C1', token: 'xoxb-good' }, payload: [], preview: true } });
      expect([both.statusCode, both.json().error.details]).toEqual([422, [{ path: 'fetch', message: 'give payload or fetch, not both' }]]);
      const neither = await server().call('editor', 'POST', url, { json: { source: 'slack', preview: true } });
      expect(neither.json().error.details).toEqual([{ path: 'payload', message: 'give payload or fetch' }]);
      const notFetchable = await server().call('editor', 'POST', url, { json: { source: 'opsgenie', fetch: { id: 'A1', token: 't' }, preview: true } });
      expect([notFetchable.statusCode, notFetchable.json().error.details]).toEqual([422, [{ path: 'fetch', message: 'opsgenie cannot be fetched live' }]]);
    });
  });
});
