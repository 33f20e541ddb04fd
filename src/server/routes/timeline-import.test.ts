import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR } from '../../../test/corpus.js';
import { serverPerFile } from '../../../test/server-harness.js';
import { forEachEngine } from '../../../test/store-engines.js';

const payload = (name: string): unknown => JSON.parse(readFileSync(join(CORPUS_DIR, 'payloads', name), 'utf8'));

forEachEngine((engine) => {
  describe('POST /postmortems/{id}/timeline/import', () => {
    const server = serverPerFile(engine);
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
  });
});
