import { expect, it } from 'vitest';
import { runCli } from '../../../test/cli-harness.js';
import { forEachEngine, storeFlags, TEST_PASSWORD_COST } from '../../../test/store-engines.js';
import { withStore } from '../../store/open-store.js';
import { CLI_SOURCE } from './user.js';

forEachEngine((engine) => {
  it('turns local passwords off only once an admin signs in with the provider, and back on from the server\u2019s machine', async () => {
    const options = { ...engine.freshOptions(), passwordCost: TEST_PASSWORD_COST };
    const flags = storeFlags(options);
    await withStore(options, (store) => store.createUser({ email: 'root@example.com', role: 'admin', password: 'correct horse battery' }, CLI_SOURCE));
    expect(await runCli(['sign-in', 'show', ...flags])).toEqual({ code: 0, stdout: 'local passwords: on\n', stderr: '' });

    const refused = await runCli(['sign-in', 'local-passwords', 'off', ...flags]);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toMatch(/no enabled admin has signed in with the identity provider yet/);
    expect(refused.stdout).toBe('');

    await withStore(options, (store) =>
      store.signInWithIdentity({ issuer: 'https://login.example.com', subject: 'root-1', email: 'root@example.com', emailVerified: true, name: null, role: null }, 'viewer', { ip: '127.0.0.1', via: 'api' }),
    );
    expect(await runCli(['sign-in', 'local-passwords', 'off', ...flags])).toMatchObject({ code: 0, stdout: expect.stringMatching(/^local passwords: off/) });
    expect((await runCli(['sign-in', 'show', ...flags])).stdout).toMatch(/^local passwords: off/);
    expect(await runCli(['sign-in', 'local-passwords', 'on', ...flags])).toMatchObject({ code: 0, stdout: 'local passwords: on\n' });
    expect((await runCli(['sign-in', 'local-passwords', ...flags])).stderr).toMatch(/say on or off, not nothing/);
    const audit = await withStore(options, (store) => store.listAudit({ action: 'settings.changed' }, {}));
    expect(audit.items.map((e) => [e.via, e.details])).toEqual([
      ['cli', { from: false, to: true }],
      ['cli', { from: true, to: false }],
    ]);
  });
});
