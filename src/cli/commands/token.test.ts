import { expect, it } from 'vitest';
import { runCli } from '../../../test/cli-harness.js';
import { forEachEngine, storeFlags } from '../../../test/store-engines.js';
import { withStore, type StoreOptions } from '../../store/open-store.js';

/** The options, after creating the user bot@example.com there. */
async function withBot(options: StoreOptions): Promise<StoreOptions> {
  await withStore(options, (store) => store.createUser({ email: 'bot@example.com', role: 'editor', password: 'long enough' }));
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
    await withStore(options, async (store) => expect(await store.userForToken(created.stdout.trim())).toMatchObject({ email: 'bot@example.com' }));

    expect(await runCli(['token', 'revoke', '--email', 'bot@example.com', '--name', 'ci', ...flags])).toEqual({ code: 0, stdout: 'revoked the token "ci" of bot@example.com\n', stderr: '' });
    await withStore(options, async (store) => {
      expect(await store.userForToken(created.stdout.trim())).toBeNull();
      expect(await store.userForToken(unnamed.stdout.trim())).not.toBeNull();
    });
  });

  // The CLI's own checks do not depend on the engine: SQLite only, to keep the suite fast.
  if (engine.name === 'sqlite') it('reports unknown users and tokens, a taken name and a missing --name with exit 2', async () => {
    const options = await withBot(engine.freshOptions());
    await withStore(options, (store) => store.createToken('bot@example.com', 'ci'));
    const flags = storeFlags(options);
    const cases: [string[], string][] = [
      [['create', '--email', 'nobody@example.com'], 'debrief: no user with e-mail nobody@example.com\n'],
      [['create', '--email', 'bot@example.com', '--name', 'ci'], 'debrief: bot@example.com already has a token named "ci"; revoke it or choose another name\n'],
      [['revoke', '--email', 'bot@example.com'], 'debrief: token revoke: --name is required\n'],
      [['revoke', '--email', 'bot@example.com', '--name', 'other'], 'debrief: bot@example.com has no token named "other"\n'],
    ];
    for (const [args, stderr] of cases) expect(await runCli(['token', ...args, ...flags])).toEqual({ code: 2, stdout: '', stderr });
  });
});
