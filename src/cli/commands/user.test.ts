import { expect, it } from 'vitest';
import { runCli } from '../../../test/cli-harness.js';
import { forEachEngine, storeFlags } from '../../../test/store-engines.js';
import { withStore } from '../../store/open-store.js';

forEachEngine((engine) => {
  it('creates users with the password from stdin, lists them and changes roles', async () => {
    const options = engine.freshOptions();
    const flags = storeFlags(options);
    expect(await runCli(['user', 'create', '--email', 'Ada@Example.com', '--role', 'admin', '--name', 'Ada L.', ...flags], { input: 'correct horse\nignored\n' })).toEqual({
      code: 0,
      stdout: 'created admin ada@example.com\n',
      stderr: '',
    });
    expect((await runCli(['user', 'create', '--email', 'ed@example.com', '--role', 'viewer', ...flags], { input: 'battery staple' })).code).toBe(0);
    expect(await runCli(['user', 'set-role', '--email', 'ed@example.com', '--role', 'editor', ...flags])).toMatchObject({ code: 0, stdout: 'ed@example.com is now editor\n' });
    expect(await runCli(['user', 'list', ...flags])).toEqual({ code: 0, stdout: 'ada@example.com\tadmin\tAda L.\ned@example.com\teditor\ted\n', stderr: '' });
    await withStore(options, async (store) => {
      expect(await store.verifyPassword('ada@example.com', 'correct horse')).not.toBeNull();
      expect(await store.verifyPassword('ed@example.com', 'battery staple')).not.toBeNull();
    });
  });

  // The CLI's own checks do not depend on the engine: they run on SQLite only, to keep the suite fast.

  if (engine.name === 'sqlite') it('refuses bad input with exit 2 and a message, creating nobody', async () => {
    const flags = storeFlags(engine.freshOptions());
    const noPassword = `debrief: user create: no password on stdin; pipe it in, e.g. printf '%s\\n' "$PASSWORD" | debrief user create …\n`;
    const cases: [string[], string, string][] = [
      [['--role', 'admin'], 'x\n', 'debrief: user create: --email is required\n'],
      [['--email', 'a@example.com', '--role', 'admin'], '', noPassword],
      [['--email', 'a@example.com', '--role', 'admin'], '\nsecond line is not read\n', noPassword],
      [['--email', 'a@example.com', '--role', 'admin'], 'short\n', 'debrief: password: must be at least 8 characters long\n'],
      [['--email', 'not-an-email', '--role', 'admin'], 'long enough\n', 'debrief: email: "not-an-email" is not an e-mail address\n'],
    ];
    for (const [args, input, stderr] of cases) {
      expect(await runCli(['user', 'create', ...args, ...flags], { input })).toEqual({ code: 2, stdout: '', stderr });
    }
    expect((await runCli(['user', 'list', ...flags])).stdout).toBe('');
  });

  if (engine.name === 'sqlite') it('reports a taken e-mail, an unknown user and a bad role with exit 2', async () => {
    const flags = storeFlags(engine.freshOptions());
    await runCli(['user', 'create', '--email', 'a@example.com', '--role', 'admin', ...flags], { input: 'long enough\n' });
    expect(await runCli(['user', 'create', '--email', 'A@example.com', '--role', 'editor', ...flags], { input: 'long enough\n' })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'debrief: a user with e-mail a@example.com already exists\n',
    });
    expect(await runCli(['user', 'set-role', '--email', 'b@example.com', '--role', 'editor', ...flags])).toMatchObject({ code: 2, stderr: 'debrief: no user with e-mail b@example.com\n' });
    expect(await runCli(['user', 'set-role', '--email', 'a@example.com', '--role', 'viewer', ...flags])).toMatchObject({
      code: 2,
      stderr: 'debrief: a@example.com is the only admin; make someone else admin first\n',
    });
    const badRole = await runCli(['user', 'set-role', '--email', 'a@example.com', '--role', 'root', ...flags]);
    expect(badRole.code).toBe(2);
    expect(badRole.stderr).toContain("option '--role <role>' argument 'root' is invalid");
  });

  // On PostgreSQL, instances starting at once are covered in src/store/open-store.test.ts.
  if (engine.name === 'sqlite') it('lets several processes start on a new database at once', async () => {
    const flags = storeFlags(engine.freshOptions());
    const runs = await Promise.all(
      ['a', 'b', 'c', 'd'].map((who) => runCli(['user', 'create', '--email', `${who}@example.com`, '--role', 'editor', ...flags], { input: 'long enough\n' })),
    );
    expect(runs.map((r) => [r.code, r.stderr])).toEqual(Array(4).fill([0, '']));
    expect((await runCli(['user', 'list', ...flags])).stdout.split('\n').filter(Boolean)).toHaveLength(4);
  });
});
