import { randomBytes } from 'node:crypto';
import { expect, it } from 'vitest';
import { runCli } from '../../../test/cli-harness.js';
import { TEST_SOURCE } from '../../../test/server-harness.js';
import { forEachEngine, storeFlags, withTestStore } from '../../../test/store-engines.js';

forEachEngine((engine) => {
  it('adds integrations for admins with DEBRIEF_SECRET_KEY (a generated secret printed once), lists and shows them without secrets, and removes them', async () => {
    const options = engine.freshOptions();
    await withTestStore(options, async (store) => {
      await store.createUser({ email: 'ada@example.com', role: 'admin', password: 'long enough pass' }, TEST_SOURCE);
      await store.createUser({ email: 'ed@example.com', role: 'editor', password: 'long enough pass' }, TEST_SOURCE);
    });
    const env = { DEBRIEF_SECRET_KEY: randomBytes(32).toString('base64') };
    const cli = (...args: string[]) => runCli([...args, ...storeFlags(options)], { env });

    const noKey = await runCli(['integration', 'add', '--as', 'ada@example.com', '--kind', 'alertmanager', '--name', 'Prometheus', ...storeFlags(options)], { env: { DEBRIEF_SECRET_KEY: '' } });
    expect(noKey.code).toBe(2);
    expect(noKey.stderr).toMatch(/set DEBRIEF_SECRET_KEY/);
    const badKey = await runCli(['integration', 'list', ...storeFlags(options)], { env: { DEBRIEF_SECRET_KEY: 'c2hvcnQ=' } });
    expect(badKey.code).toBe(2);
    expect(badKey.stderr).toMatch(/DEBRIEF_SECRET_KEY must be the base64 of exactly 32 random bytes \(it decodes to 5\)/);

    const added = await cli('integration', 'add', '--as', 'ada@example.com', '--kind', 'alertmanager', '--name', 'Prometheus', '--set', 'auth=basic', '--set', 'username=prom');
    expect(added.code, added.stderr).toBe(0);
    expect(added.stdout).toMatch(/^int-\S+\tinstance\tPrometheus\talertmanager\tsecret …\S{4}\t\/api\/v1\/hooks\/alertmanager\/int-\S+\nsecret \(shown only now\): \S{43}\n$/);
    const secret = /shown only now\): (\S+)/.exec(added.stdout)?.[1] ?? '';
    const id = added.stdout.split('\t')[0] ?? '';
    const pd = await cli('integration', 'add', '--as', 'ada@example.com', '--kind', 'pagerduty', '--name', 'PagerDuty', '--secret', 'pagerduty-secret-0001');
    expect(pd.stdout).toMatch(/\tPagerDuty\tpagerduty\tsecret …0001\t/);
    expect(pd.stdout).not.toContain('shown only now');

    const editor = await cli('integration', 'add', '--as', 'ed@example.com', '--kind', 'opsgenie', '--name', 'OG');
    expect(editor.code).toBe(2);
    expect(editor.stderr).toMatch(/only admins may change integrations/);
    const badSet = await cli('integration', 'add', '--as', 'ada@example.com', '--kind', 'alertmanager', '--name', 'X', '--set', 'auth=oauth');
    expect(badSet.code).toBe(2);
    expect(badSet.stderr).toMatch(/settings\.auth/);
    const noPdSecret = await cli('integration', 'add', '--as', 'ada@example.com', '--kind', 'pagerduty', '--name', 'PD2');
    expect(noPdSecret.stderr).toMatch(/secret: PagerDuty shows the signing secret once/);

    const list = await cli('integration', 'list');
    expect(list.stdout.split('\n').filter(Boolean)).toHaveLength(2);
    expect(list.stdout).not.toContain(secret);
    expect((await cli('integration', 'list', '--kind', 'pagerduty', '--format', 'json')).stdout).not.toContain('pagerduty-secret-0001');
    const shown = await cli('integration', 'show', id);
    expect(shown.stdout).toBe(`${added.stdout.split('\n')[0]}\nsettings: auth=basic username=prom\nno deliveries yet\n`);
    expect((await cli('integration', 'remove', id, '--as', 'ada@example.com')).stdout).toBe(`removed integration ${id}\n`);
    const gone = await cli('integration', 'show', id);
    expect(gone.code).not.toBe(0);
    expect(gone.stderr).toMatch(new RegExp(`no integration with id ${id}`));
    // Fourteen runs of the CLI, each starting Node and opening the store.
  }, 90_000);

  it('adds a tracker with its API token and webhook secret, never printing either, and says which settings it lacks', async () => {
    const options = engine.freshOptions();
    await withTestStore(options, async (store) => {
      await store.createUser({ email: 'ada@example.com', role: 'admin', password: 'long enough pass' }, TEST_SOURCE);
    });
    const cli = (...args: string[]) => runCli([...args, ...storeFlags(options)], { env: { DEBRIEF_SECRET_KEY: randomBytes(32).toString('base64') } });
    const missing = await cli('integration', 'add', '--as', 'ada@example.com', '--kind', 'jira', '--name', 'Jira', '--set', 'site=https://acme.atlassian.net', '--secret', 'atlassian-token-0123456789');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/settings\.project/);
    const added = await cli('integration', 'add', '--as', 'ada@example.com', '--kind', 'github', '--name', 'Ops repo', '--set', 'owner=acme', '--set', 'repo=ops', '--secret', 'ghp_cli_token_0123456789', '--webhook-secret', 'github-hook-secret-0123456789', '--format', 'json');
    expect(added.code, added.stderr).toBe(0);
    expect(JSON.parse(added.stdout)).toMatchObject({ integration: { kind: 'github', hasSecret: true, hasWebhookSecret: true, settings: { owner: 'acme', repo: 'ops', apiUrl: 'https://api.github.com' } }, secret: null });
    expect(added.stdout).not.toMatch(/ghp_cli_token_0123456789|github-hook-secret/);
  });
});
