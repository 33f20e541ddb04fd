import { expect, it } from 'vitest';
import { runCli } from '../../../test/cli-harness.js';
import { forEachEngine, storeFlags, TEST_PASSWORD_COST } from '../../../test/store-engines.js';
import { withStore } from '../../store/open-store.js';
import { CLI_SOURCE } from './user.js';

const SESSION = { maxSeconds: 3600, idleSeconds: 600 };

forEachEngine((engine) => {
  it('creates users with the password from stdin, lists them and changes roles', async () => {
    const options = engine.freshOptions();
    const flags = storeFlags(options);
    expect(await runCli(['user', 'create', '--email', 'Ada@Example.com', '--role', 'admin', '--name', 'Ada L.', ...flags], { input: 'correct horse battery\nignored\n' })).toEqual({
      code: 0,
      stdout: 'created admin ada@example.com\n',
      stderr: '',
    });
    expect((await runCli(['user', 'create', '--email', 'ed@example.com', '--role', 'viewer', ...flags], { input: 'battery staple horse' })).code).toBe(0);
    expect(await runCli(['user', 'set-role', '--email', 'ed@example.com', '--role', 'editor', ...flags])).toMatchObject({ code: 0, stdout: 'ed@example.com is now editor\n' });
    expect(await runCli(['user', 'list', ...flags])).toEqual({ code: 0, stdout: 'ada@example.com\tadmin\tAda L.\ned@example.com\teditor\ted\n', stderr: '' });
    await withStore(options, async (store) => {
      expect(await store.verifyPassword('ada@example.com', 'correct horse battery')).toMatchObject({ ok: true });
      expect(await store.verifyPassword('ed@example.com', 'battery staple horse')).toMatchObject({ ok: true });
    });
  });

  it('disables an account (its sessions end and its tokens are revoked), enables it, and sets its password', async () => {
    // The accounts are made at the tests' hashing cost: each hash at the real one takes most of a second.
    const options = { ...engine.freshOptions(), passwordCost: TEST_PASSWORD_COST };
    const flags = storeFlags(options);
    const { session, token } = await withStore(options, async (store) => {
      await store.createUser({ email: 'root@example.com', role: 'admin', password: 'correct horse battery' }, CLI_SOURCE);
      const sam = await store.createUser({ email: 'sam@example.com', role: 'editor', password: 'sam first passphrase' }, CLI_SOURCE);
      return { session: await store.createSession(sam.id, SESSION), token: (await store.createToken('sam@example.com', { name: 'ci' }, CLI_SOURCE)).token };
    });

    expect(await runCli(['user', 'disable', '--email', 'SAM@example.com', ...flags])).toEqual({
      code: 0,
      stdout: 'disabled sam@example.com: its sessions are ended and its tokens revoked\n',
      stderr: '',
    });
    expect((await runCli(['user', 'list', ...flags])).stdout).toMatch(/^sam@example.com\teditor\tsam\tdisabled since \d{4}-\d\d-\d\dT/m);
    await withStore(options, async (store) => {
      expect(await store.getSession(session.id, SESSION)).toBeNull();
      expect(await store.userForToken(token)).toBeNull();
      expect(await store.verifyPassword('sam@example.com', 'sam first passphrase')).toMatchObject({ ok: false, reason: 'disabled' });
    });
    expect(await runCli(['user', 'enable', '--email', 'sam@example.com', ...flags])).toMatchObject({ code: 0, stdout: 'enabled sam@example.com: it can sign in again\n' });
    expect(await runCli(['user', 'set-password', '--email', 'sam@example.com', ...flags], { input: 'sam second passphrase\n' })).toMatchObject({
      code: 0,
      stdout: 'set the password of sam@example.com; its sessions are ended\n',
    });
    await withStore(options, async (store) => {
      expect(await store.verifyPassword('sam@example.com', 'sam second passphrase')).toMatchObject({ ok: true });
      const log = await store.listAudit({ email: 'sam@example.com' }, {});
      expect(log.items.map((e) => [e.action, e.via])).toEqual([
        ['user.password_changed', 'cli'],
        ['user.enabled', 'cli'],
        ['user.disabled', 'cli'],
        ['token.created', 'cli'],
        ['user.created', 'cli'],
      ]);
      expect(log.items.find((e) => e.action === 'user.disabled')?.details).toEqual({ sessionsEnded: 1, tokensRevoked: 1 });
    });
  });

  // The CLI's own checks do not depend on the engine: they run on SQLite only, to keep the suite fast.

  if (engine.name === 'sqlite') it('refuses bad input with exit 2 and a message, creating nobody', async () => {
    const flags = storeFlags(engine.freshOptions());
    const noPassword = `debrief: user create: no password on stdin; pipe it in, e.g. printf '%s\\n' "$PASSWORD" | debrief user create …\n`;
    const cases: [string[], string, string | RegExp][] = [
      [['--role', 'admin'], 'x\n', 'debrief: user create: --email is required\n'],
      [['--email', 'a@example.com', '--role', 'admin'], '', noPassword],
      [['--email', 'a@example.com', '--role', 'admin'], '\nsecond line is not read\n', noPassword],
      [['--email', 'a@example.com', '--role', 'admin'], '12345678\n', 'debrief: password: must be at least 12 characters long; a few unrelated words make a good one\n'],
      [['--email', 'a@example.com', '--role', 'admin'], '123456789012\n', /^debrief: password: is too easy to guess: .+\n$/],
      [['--email', 'not-an-email', '--role', 'admin'], 'long enough pass\n', 'debrief: email: "not-an-email" is not an e-mail address\n'],
    ];
    for (const [args, input, stderr] of cases) {
      const run = await runCli(['user', 'create', ...args, ...flags], { input });
      expect(run).toMatchObject({ code: 2, stdout: '' });
      if (typeof stderr === 'string') expect(run.stderr).toBe(stderr);
      else expect(run.stderr).toMatch(stderr);
    }
    expect((await runCli(['user', 'list', ...flags])).stdout).toBe('');
  });

  if (engine.name === 'sqlite') it('reports a taken e-mail, an unknown user, a bad role and the last admin with exit 2', async () => {
    const flags = storeFlags(engine.freshOptions());
    await runCli(['user', 'create', '--email', 'a@example.com', '--role', 'admin', ...flags], { input: 'long enough pass\n' });
    expect(await runCli(['user', 'create', '--email', 'A@example.com', '--role', 'editor', ...flags], { input: 'long enough pass\n' })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'debrief: a user with e-mail a@example.com already exists\n',
    });
    expect(await runCli(['user', 'set-role', '--email', 'b@example.com', '--role', 'editor', ...flags])).toMatchObject({ code: 2, stderr: 'debrief: no user with e-mail b@example.com\n' });
    const lastAdmin = 'debrief: a@example.com is the only admin who can sign in; make someone else admin first\n';
    expect(await runCli(['user', 'set-role', '--email', 'a@example.com', '--role', 'viewer', ...flags])).toMatchObject({ code: 2, stderr: lastAdmin });
    expect(await runCli(['user', 'disable', '--email', 'a@example.com', ...flags])).toMatchObject({ code: 2, stderr: lastAdmin });
    expect(await runCli(['user', 'disable', ...flags])).toMatchObject({ code: 2, stderr: 'debrief: user disable: --email is required\n' });
    const badRole = await runCli(['user', 'set-role', '--email', 'a@example.com', '--role', 'root', ...flags]);
    expect(badRole.code).toBe(2);
    expect(badRole.stderr).toContain("option '--role <role>' argument 'root' is invalid");
  });

  // On PostgreSQL, instances starting at once are covered in src/store/open-store.test.ts.
  if (engine.name === 'sqlite') it('lets several processes start on a new database at once', async () => {
    const flags = storeFlags(engine.freshOptions());
    const runs = await Promise.all(
      ['a', 'b', 'c', 'd'].map((who) => runCli(['user', 'create', '--email', `${who}@example.com`, '--role', 'editor', ...flags], { input: 'long enough pass\n' })),
    );
    expect(runs.map((r) => [r.code, r.stderr])).toEqual(Array(4).fill([0, '']));
    expect((await runCli(['user', 'list', ...flags])).stdout.split('\n').filter(Boolean)).toHaveLength(4);
  });
});
