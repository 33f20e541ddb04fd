/**
 * The timeline import's stored tokens and uploads over the API: a Slack or PagerDuty token an admin stores as an
 * integration (sealed, never answered) used by a fetch that gives none, tested against a loopback Slack and
 * PagerDuty (test/fake-fetch-apis.ts); the addresses integrations may call; and a Slack workspace export uploaded as
 * a zip.
 */
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { fakeFetchApisPerFile } from '../../../test/fake-fetch-apis.js';
import { serverPerFile } from '../../../test/server-harness.js';
import { slackExportZip } from '../../../test/slack-export-zip.js';
import { forEachEngine } from '../../../test/store-engines.js';

const KEY = randomBytes(32);
const SLACK_TOKEN = 'xoxb-stored-token-0001';

forEachEngine((engine) => {
  describe('stored fetch tokens, outbound addresses and zip uploads', () => {
    const fake = fakeFetchApisPerFile();
    const { fetchApis } = fake;
    const server = serverPerFile(engine, { fetchApis, notifications: { allowPrivate: true } }, { secretKey: KEY });
    const closed = serverPerFile(engine, {}, { secretKey: KEY });
    const newPostmortem = async (times: Record<string, string>) => {
      const created = await server().call('editor', 'POST', '/api/v1/postmortems', { json: { title: 'Checkout down', times } });
      expect(created.statusCode, created.body).toBe(201);
      return `/api/v1/postmortems/${(created.json() as { id: string }).id}/timeline/import`;
    };

    it('fetches with the token an admin stored when none is given, never answers it, and says what to configure when there is none', async () => {
      const url = await newPostmortem({ startedAt: '2024-03-03T14:00:00Z', resolvedAt: '2024-03-03T14:30:00Z' });
      const none = await server().call('editor', 'POST', url, { json: { source: 'pagerduty', fetch: { id: 'P1' }, preview: true } });
      expect([none.statusCode, none.json().error.details[0].path]).toEqual([422, 'fetch.token']);
      expect(none.json().error.message).toBe('no pagerduty token: give it as fetch.token, or have an admin store one as a pagerduty-api integration (Integrations page, or debrief integration add --kind pagerduty-api --secret TOKEN)');

      const added = await server().call('admin', 'POST', '/api/v1/integrations', { json: { kind: 'slack-api', name: 'Slack workspace', secret: SLACK_TOKEN } });
      expect(added.statusCode, added.body).toBe(201);
      expect(added.json()).toMatchObject({ integration: { kind: 'slack-api', hasSecret: true, secretHint: '…0001', hookUrl: null, settings: { apiUrl: null } }, secret: null });
      const listed = await server().call('admin', 'GET', '/api/v1/integrations');
      expect(listed.body).not.toContain(SLACK_TOKEN);

      fake.asked.length = 0;
      const fetched = await server().call('editor', 'POST', url, { json: { source: 'slack', fetch: { id: 'C1' } }, headers: { 'if-match': '"1"' } });
      expect(fetched.statusCode, fetched.body).toBe(200);
      expect((fetched.json() as { timeline: { actor: string; source: string }[] }).timeline.map((e) => [e.actor, e.source])).toEqual([['Ana', 'slack C1/1709474400.000100'], ['Bo Chen', 'slack C1/1709474460.000200']]);
      expect(new Set(fake.asked.map((a) => a.authorization))).toEqual(new Set([`Bearer ${SLACK_TOKEN}`]));
      // A token given in the call wins over the stored one.
      const given = await server().call('editor', 'POST', url, { json: { source: 'slack', fetch: { id: 'C1', token: 'xoxb-bad' }, preview: true } });
      expect(given.json().error.message).toBe('Slack conversations.history of C1: invalid_auth');
    });

    it('tests a stored token against the tool, and says when the tool refuses it', async () => {
      const slack = await server().call('admin', 'POST', '/api/v1/integrations', { json: { kind: 'slack-api', name: 'Slack for testing', secret: SLACK_TOKEN } });
      const tested = await server().call('admin', 'POST', `/api/v1/integrations/${(slack.json() as { integration: { id: string } }).integration.id}/test`);
      expect(tested.json()).toEqual({ ok: true, hookUrl: null, lastDelivery: null, checks: [{ name: 'token', ok: true, detail: 'opens under DEBRIEF_SECRET_KEY (…0001)' }, { name: 'connection', ok: true, detail: 'Slack takes the token: workspace Acme as debrief' }] });
      const pagerduty = await server().call('admin', 'POST', '/api/v1/integrations', { json: { kind: 'pagerduty-api', name: 'PagerDuty REST', secret: 'pd-revoked-token-0000' } });
      const refused = await server().call('admin', 'POST', `/api/v1/integrations/${(pagerduty.json() as { integration: { id: string } }).integration.id}/test`);
      expect(refused.json()).toMatchObject({ ok: false, checks: [{ name: 'token', ok: true }, { name: 'connection', ok: false, detail: 'PagerDuty GET /abilities: HTTP 401: check the token and its scopes' }] });
      const noToken = await server().call('admin', 'POST', '/api/v1/integrations', { json: { kind: 'pagerduty-api', name: 'No token' } });
      expect([noToken.statusCode, noToken.json().error.details[0].path]).toEqual([422, 'secret']);
    });

    it('refuses link-local addresses in an integration\u2019s settings, and private ones unless the instance allows them', async () => {
      const metadata = await server().call('admin', 'POST', '/api/v1/integrations', { json: { kind: 'slack-api', name: 'Metadata', secret: SLACK_TOKEN, settings: { apiUrl: 'http://169.254.169.254/latest' } } });
      expect([metadata.statusCode, metadata.json().error.details]).toEqual([422, [{ path: 'settings.apiUrl', message: '169.254.169.254 is a link-local address, which is never called' }]]);
      const jira = await closed().call('admin', 'POST', '/api/v1/integrations', { json: { kind: 'jira', name: 'Jira', secret: 'jira-api-token-0000', settings: { site: 'http://127.0.0.1:8080', project: 'OPS', email: 'bot@example.com' } } });
      expect([jira.statusCode, jira.json().error.details]).toEqual([422, [{ path: 'settings.site', message: '127.0.0.1 is a loopback address (allowed only when an admin allows private addresses)' }]]);
      const github = await closed().call('admin', 'POST', '/api/v1/integrations', { json: { kind: 'github', name: 'GitHub', secret: 'ghp_token_0000000000', settings: { owner: 'acme', repo: 'ops', apiUrl: 'http://10.1.2.3/api/v3' } } });
      expect(github.json().error.details).toEqual([{ path: 'settings.apiUrl', message: '10.1.2.3 is a private address (allowed only when an admin allows private addresses)' }]);
      const allowed = await server().call('admin', 'POST', '/api/v1/integrations', { json: { kind: 'github', name: 'GitHub on the LAN', secret: 'ghp_token_0000000000', settings: { owner: 'acme', repo: 'ops', apiUrl: 'http://10.1.2.3/api/v3' } } });
      expect(allowed.statusCode, allowed.body).toBe(201);
    });

    it('imports a Slack workspace export uploaded as a zip, a file at a time, each message by its channel, and refuses what is not a zip', async () => {
      const url = await newPostmortem({ startedAt: '2018-01-20T15:00:00Z', resolvedAt: '2018-01-20T15:10:00Z' });
      const zip = slackExportZip();
      const upload = (query: string, headers: Record<string, string> = {}) => server().call('editor', 'POST', `${url}?${query}`, { payload: zip, headers: { 'content-type': 'application/zip', ...headers } });
      const preview = await upload('source=slack&name=acme.zip&preview=true');
      expect(preview.statusCode, preview.body).toBe(200);
      const previewed = preview.json() as { added: number; version: null; leftOut: unknown[]; timeline: { actor: string; source: string }[] };
      expect(previewed.timeline.map((e) => [e.actor, e.source.replace(/\/.*/, '')])).toEqual([['k._', 'slack C061A0WJG'], ['k._', 'slack C061A0WJG'], ['Alertmanager', 'slack incident']]);
      expect(previewed.leftOut).toEqual([{ entry: 'acme.zip:incident/2018-01-20.json message 2', reason: 'ts is missing' }]);
      expect(previewed.version).toBeNull();
      const imported = await upload('source=slack', { 'if-match': '"1"' });
      expect([imported.statusCode, imported.json().added, imported.json().version]).toEqual([200, 3, 2]);
      const again = await upload('source=slack', { 'if-match': '"2"' });
      expect([again.json().added, again.json().skipped, again.json().version]).toEqual([0, 3, 2]);

      const noSource = await upload('preview=true');
      expect([noSource.statusCode, noSource.json().error.details]).toEqual([422, [{ path: 'source', message: 'required with a zip upload' }]]);
      const notZip = await server().call('editor', 'POST', `${url}?source=slack&preview=true`, { payload: Buffer.from('not a zip at all'), headers: { 'content-type': 'application/zip' } });
      expect([notZip.statusCode, notZip.json().error.message]).toEqual([422, expect.stringMatching(/^upload\.zip: cannot read it as a zip: /)]);
      const other = await server().call('editor', 'POST', `${url}?source=slack`, { payload: zip, headers: { 'content-type': 'application/octet-stream' } });
      expect(other.statusCode).toBe(415);
    });
  });
});
