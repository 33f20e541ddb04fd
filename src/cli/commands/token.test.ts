import { expect, it } from 'vitest';
import { runCli } from '../../../test/cli-harness.js';
import { forEachEngine, storeFlags, withTestStore } from '../../../test/store-engines.js';
import { TEST_SOURCE } from '../../../test/server-harness.js';
import type { StoreOptions } from '../../store/open-store.js';

/** The options, after creating the user bot@example.com there. */
async function withBot(options: StoreOptions): Promise<StoreOptions> {
  await withTestStore(options, (store) => store.createUser({ email: 'bot@example.com', role: 'editor', password: 'long enough pass' }, TEST_SOURCE));
  return options;
}

forEachEngine((engine) => {
  it('creates a token (only the token on stdout) that identifies its user, and revokes it by name', async () => {
    const options = await withBot(engine.freshOptions());
    const flags = storeFlags(options);
    const created = await runCli(['token', 'create', '--email', 'bot@example.com', '--name', 'ci', ...flags]);
    expect(created.code).toBe(0);
    expect(created.stderr).toBe('');
    expect(created.stdout).toMatch(/^dbr_[A-Za-z0-9_-]{43}\n$/);
    const unnamed = await runCli(['token', 'create', '--email', 'bot@example.com', ...flags]);
    expect(unnamed.stdout).toMatch(/^dbr_[A-Za-z0-9_-]{43}\n$/);
    await withTestStore(options, async (store) => expect(await store.userForToken(created.stdout.trim())).toMatchObject({ email: 'bot@example.com' }));

    expect(await runCli(['token', 'revoke', '--email', 'bot@example.com', '--name', 'ci', ...flags])).toEqual({ code: 0, stdout: 'revoked the token "ci" of bot@example.com\n', stderr: '' });
    await withTestStore(options, async (store) => {
      expect(await store.userForToken(created.stdout.trim())).toBeNull();
      expect(await store.userForToken(unnamed.stdout.trim())).not.toBeNull();
    });
  });

  it('lists tokens without their secret, with their expiry, cap and last use', async () => {
    const options = await withBot(engine.freshOptions());
    const flags = storeFlags(options);
    const made = await runCli(['token', 'create', '--email', 'bot@example.com', '--name', 'dash', '--expires-in-days', '7', '--role', 'viewer', ...flags]);
    expect(made.code).toBe(0);
    const listed = await runCli(['token', 'list', '--email', 'bot@example.com', ...flags]);
    expect(listed.code).toBe(0);
    expect(listed.stdout).not.toContain(made.stdout.trim().slice(4));
    const [line] = listed.stdout.trim().split('\n');
    const fields = line?.split('\t') ?? [];
    expect(fields.slice(0, 3)).toEqual(['bot@example.com', 'dash', 'viewer']);
    const created = Date.parse(fields[3]?.replace('created ', '') ?? '');
    const expires = Date.parse(fields[4]?.replace('expires ', '') ?? '');
    expect(expires - created).toBe(7 * 86_400_000);
    expect(fields[5]).toBe('last used never');
    await withTestStore(options, async (store) => expect(await store.userForToken(made.stdout.trim())).toMatchObject({ role: 'viewer' }));
    expect((await runCli(['token', 'list', ...flags])).stdout).toContain('bot@example.com\tdash\t');
  });

  // The CLI's own checks do not depend on the engine: SQLite only, to keep the suite fast.
  if (engine.name === 'sqlite') it('reports unknown users and tokens, a taken name and a missing --name with exit 2', async () => {
    const options = await withBot(engine.freshOptions());
    await withTestStore(options, (store) => store.createToken('bot@example.com', { name: 'ci' }, TEST_SOURCE));
    const flags = storeFlags(options);
    const cases: [string[], string][] = [
      [['create', '--email', 'nobody@example.com'], 'debrief: no user with e-mail nobody@example.com\n'],
      [['create', '--email', 'bot@example.com', '--name', 'ci'], 'debrief: bot@example.com already has a token named "ci"; revoke it or choose another name\n'],
      [['revoke', '--email', 'bot@example.com'], 'debrief: token revoke: --name is required\n'],
      [['revoke', '--email', 'bot@example.com', '--name', 'other'], 'debrief: bot@example.com has no token named "other"\n'],
      [['create', '--email', 'bot@example.com', '--name', 'long', '--expires-in-days', '400'], 'debrief: expiresInDays: must be a whole number of days from 1 to 365\n'],
      [['create', '--email', 'bot@example.com', '--name', 'soon', '--expires-in-days', 'soon'], 'debrief: --expires-in-days: "soon" is not a whole number of days (1-365)\n'],
      [['create', '--email', 'bot@example.com', '--name', 'up', '--role', 'admin'], 'debrief: role: bot@example.com is an editor; a token cannot do more than its user\n'],
    ];
    for (const [args, stderr] of cases) expect(await runCli(['token', ...args, ...flags])).toEqual({ code: 2, stdout: '', stderr });
  });
});
