import { expect, it } from 'vitest';
import { runCli } from '../../../test/cli-harness.js';
import { TEST_SOURCE } from '../../../test/server-harness.js';
import { forEachEngine, storeFlags, withTestStore } from '../../../test/store-engines.js';

forEachEngine((engine) => {
  it('adds channels for admins (a generated secret printed once), lists them without secrets, refuses private receivers, moves one to a team, and shows the delivery log', async () => {
    const options = engine.freshOptions();
    await withTestStore(options, async (store) => {
      await store.createUser({ email: 'ada@example.com', role: 'admin', password: 'long enough pass' }, TEST_SOURCE);
      await store.createUser({ email: 'ed@example.com', role: 'editor', password: 'long enough pass' }, TEST_SOURCE);
    });
    const cli = (...args: string[]) => runCli([...args, ...storeFlags(options)]);
    const hook = await cli('channel', 'add', '--as', 'ada@example.com', '--scope', 'instance', '--name', 'Sheriff hook', '--kind', 'webhook', '--url', 'https://93.184.216.34/hooks/debrief?token=abc');
    expect(hook.code, hook.stderr).toBe(0);
    expect(hook.stdout).toMatch(/^ch-\S+\tinstance\tSheriff hook\twebhook\thttps:\/\/93\.184\.216\.34\/hooks\/debrief\?…\nsigning secret \(shown only now\): whsec_\S+\n$/);
    const secret = /whsec_\S+/.exec(hook.stdout)?.[0] ?? '';
    expect((await cli('channel', 'add', '--as', 'ada@example.com', '--scope', 'instance', '--name', 'Mail', '--kind', 'email', '--to', 'a@example.com', '--to', 'b@example.com')).stdout).toMatch(/\tMail\temail\ta@example\.com,b@example\.com\n$/);
    const list = await cli('channel', 'list');
    expect(list.stdout.split('\n').filter(Boolean)).toHaveLength(2);
    expect(list.stdout).not.toContain(secret);
    expect(list.stdout).not.toContain('token=abc');
    const editor = await cli('channel', 'add', '--as', 'ed@example.com', '--scope', 'instance', '--name', 'X', '--kind', 'email', '--to', 'x@example.com');
    expect(editor.code).toBe(2);
    expect(editor.stderr).toMatch(/only admins may change notification channels/);
    const loopback = await cli('channel', 'add', '--as', 'ada@example.com', '--scope', 'instance', '--name', 'Local', '--kind', 'webhook', '--url', 'http://127.0.0.1:9/hook');
    expect(loopback.code).toBe(2);
    expect(loopback.stderr).toMatch(/url: 127\.0\.0\.1 is a loopback address/);
    expect((await cli('channel', 'deliveries')).stdout).toBe('no deliveries\n');
    const id = hook.stdout.split('\t')[0] ?? '';
    expect((await cli('team', 'set', 'Search', '--as', 'ada@example.com')).code).toBe(0);
    const settings = ['--as', 'ada@example.com', '--name', 'Sheriff hook', '--kind', 'webhook', '--url', 'https://93.184.216.34/hooks/debrief'];
    const moved = await cli('channel', 'update', id, ...settings, '--scope', 'team:Search');
    expect(moved.code, moved.stderr).toBe(0);
    expect(moved.stdout).toBe(`${id}\tteam:search\tSheriff hook\twebhook\thttps://93.184.216.34/hooks/debrief\n`);
    expect((await cli('channel', 'update', id, ...settings)).stdout).toMatch(/\tteam:search\t/);
    const nowhere = await cli('channel', 'update', id, ...settings, '--scope', 'team:nobody');
    expect(nowhere.code).toBe(2);
    expect(nowhere.stderr).toMatch(/no team named "nobody"/);
    expect((await cli('channel', 'list', '--scope', 'team:search', '--format', 'json')).stdout).not.toContain(secret);
    expect((await cli('channel', 'remove', id, '--as', 'ada@example.com')).stdout).toBe(`removed channel ${id}\n`);
  }, 90_000); // some twenty runs of the CLI, each opening the store: over PostgreSQL each costs ~1.5 s under CI's load
});
