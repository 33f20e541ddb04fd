/**
 * `debrief timeline import --fetch`: Slack's conversations.history and PagerDuty's log entries fetched live, against a
 * loopback server that answers in the shapes the vendors document (docs.slack.dev conversations.history; PagerDuty's
 * REST v2 `GET /incidents/{id}/log_entries`), page after page, with their refusals.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../test/cli-harness.js';
import { TEST_SOURCE } from '../../../test/server-harness.js';
import { forEachEngine, storeFlags } from '../../../test/store-engines.js';
import { withStore } from '../../store/open-store.js';
import { startFakeFetchApis, type FakeFetchApis } from '../../../test/fake-fetch-apis.js';

let fake: FakeFetchApis;
let api = '';
let asked: FakeFetchApis['asked'];

beforeAll(async () => {
  fake = await startFakeFetchApis();
  api = fake.url;
  asked = fake.asked;
});

afterAll(() => fake.close());

describe('debrief timeline import --fetch', () => {
  it('fetches a Slack channel\u2019s history page after page by cursor, in the window, with the token of the environment', async () => {
    asked.length = 0;
    const run = await runCli(['timeline', 'import', '--from', 'slack', '--fetch', 'C1', '--api-url', `${api}/slack`, '--since', '2024-03-03T13:00:00Z', '--until', '2024-03-03T16:00:00Z'], { env: { DEBRIEF_SLACK_TOKEN: 'xoxb-good' } });
    expect(run.code, run.stderr).toBe(1);
    const printed = JSON.parse(run.stdout) as { timeline: { at: string; text: string; source: string }[]; omitted: unknown[] };
    expect(printed.timeline.map((e) => [e.at, e.text, e.source])).toEqual([
      ['2024-03-03T14:00:00.000Z', 'checkout is down', 'slack C1/1709474400.000100'],
      ['2024-03-03T14:01:00.000Z', 'rolled back', 'slack C1/1709474460.000200'],
    ]);
    expect(printed.omitted).toEqual([{ reason: 'channel joins', count: 1 }]);
    expect(run.stderr).toContain('debrief: left out slack C1 page 2 message 2: ts is missing\n');
    expect(asked.filter((a) => a.path.endsWith('conversations.history')).map((a) => [a.query.channel, a.query.cursor, a.query.oldest, a.query.latest, a.authorization])).toEqual([
      ['C1', undefined, '1709470800.000000', '1709481600.000000', 'Bearer xoxb-good'],
      ['C1', 'bmV4dF90czoxNzA5NDc0NDAw', '1709470800.000000', '1709481600.000000', 'Bearer xoxb-good'],
    ]);
  });

  it('says what Slack refused: a bad token, an unknown channel, a rate limit, no token at all', async () => {
    const slack = (channel: string, token?: string) => runCli(['timeline', 'import', '--from', 'slack', '--fetch', channel, '--api-url', `${api}/slack`, ...(token === undefined ? [] : ['--token', token])], { env: { DEBRIEF_SLACK_TOKEN: '' } });
    await expect(slack('C1', 'xoxb-bad')).resolves.toMatchObject({ code: 2, stderr: 'debrief: Slack conversations.history of C1: invalid_auth\n' });
    await expect(slack('C404', 'xoxb-good')).resolves.toMatchObject({ code: 2, stderr: 'debrief: Slack conversations.history of C404: channel_not_found\n' });
    await expect(slack('CBUSY', 'xoxb-good')).resolves.toMatchObject({ code: 2, stderr: 'debrief: Slack conversations.history of CBUSY, page 1: rate limited (Retry-After 120 s); try again later\n' });
    await expect(slack('C1')).resolves.toMatchObject({ code: 2, stderr: 'debrief: no slack token: give --token or set DEBRIEF_SLACK_TOKEN, or have an admin store one as a slack-api integration (Integrations page, or debrief integration add --kind slack-api --secret TOKEN)\n' });
  });

  it('fetches a PagerDuty incident\u2019s log entries page after page by offset, with PagerDuty\u2019s headers', async () => {
    asked.length = 0;
    const run = await runCli(['timeline', 'import', '--from', 'pagerduty', '--fetch', 'P1', '--token', 'pd-good', '--api-url', `${api}/pd`]);
    expect(run.code, run.stderr).toBe(0);
    const printed = JSON.parse(run.stdout) as { timeline: { kind: string; actor: string; source: string }[]; omitted: unknown[] };
    expect(printed.timeline.map((e) => [e.kind, e.actor, e.source])).toEqual([['alert', 'Checkout', 'pagerduty L1'], ['acknowledgement', 'Ana', 'pagerduty L3']]);
    expect(printed.omitted).toEqual([{ reason: 'notify_log_entry: notifications sent, not events of the incident', count: 1 }]);
    expect(asked.map((a) => [a.path, a.query.offset, a.authorization, a.accept])).toEqual([
      ['/pd/incidents/P1/log_entries', '0', 'Token token=pd-good', 'application/vnd.pagerduty+json;version=2'],
      ['/pd/incidents/P1/log_entries', '2', 'Token token=pd-good', 'application/vnd.pagerduty+json;version=2'],
    ]);
    const refused = await runCli(['timeline', 'import', '--from', 'pagerduty', '--fetch', 'P1', '--token', 'pd-bad', '--api-url', `${api}/pd`]);
    expect([refused.code, refused.stderr]).toEqual([2, 'debrief: PagerDuty log entries of P1, page 1: HTTP 401: check the token and its scopes\n']);
    const other = await runCli(['timeline', 'import', '--from', 'opsgenie', '--fetch', 'A1', '--token', 't']);
    expect(other.stderr).toBe('debrief: --fetch: only slack and pagerduty can be fetched live; export the opsgenie data and name the files\n');
  });
});

forEachEngine((engine) => {
  it('fetches with the token an admin stored (debrief integration add --kind slack-api) when none is given, and refuses a metadata address', async () => {
    const options = engine.freshOptions();
    await withStore(options, (store) => store.createUser({ email: 'ada@example.com', role: 'admin', password: 'long enough pass' }, TEST_SOURCE));
    const env = { DEBRIEF_SECRET_KEY: randomBytes(32).toString('base64'), DEBRIEF_SLACK_TOKEN: '' };
    const cli = (...args: string[]) => runCli([...args, ...storeFlags(options)], { env });
    const metadata = await cli('integration', 'add', '--as', 'ada@example.com', '--kind', 'slack-api', '--name', 'Slack', '--secret', 'xoxb-stored-token-0001', '--set', 'apiUrl=http://169.254.169.254/api');
    expect([metadata.code, metadata.stderr]).toEqual([2, 'debrief: settings.apiUrl: 169.254.169.254 is a link-local address, which is never called\n']);
    const added = await cli('integration', 'add', '--as', 'ada@example.com', '--kind', 'slack-api', '--name', 'Slack', '--secret', 'xoxb-stored-token-0001');
    expect(added.stdout).toMatch(/\tSlack\tslack-api\tsecret …0001\t-\n$/);
    asked.length = 0;
    const run = await cli('timeline', 'import', '--from', 'slack', '--fetch', 'C1', '--api-url', `${api}/slack`);
    expect(run.code, run.stderr).toBe(1);
    expect((JSON.parse(run.stdout) as { timeline: { actor: string }[] }).timeline.map((e) => e.actor)).toEqual(['Ana', 'Bo Chen']);
    expect(new Set(asked.map((a) => a.authorization))).toEqual(new Set(['Bearer xoxb-stored-token-0001']));
    const pagerduty = await cli('timeline', 'import', '--from', 'pagerduty', '--fetch', 'P1', '--api-url', `${api}/pd`);
    expect(pagerduty.stderr).toMatch(/^debrief: no pagerduty token: give --token or set DEBRIEF_PAGERDUTY_TOKEN, or have an admin store one as a pagerduty-api integration/);
  });
});
