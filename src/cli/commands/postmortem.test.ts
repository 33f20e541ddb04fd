import { expect, it } from 'vitest';
import { runCli } from '../../../test/cli-harness.js';
import { TEST_SOURCE } from '../../../test/server-harness.js';
import { forEachEngine, storeFlags } from '../../../test/store-engines.js';
import { samplePostmortem } from '../../../test/store-fixtures.js';
import { withStore } from '../../store/open-store.js';

forEachEngine((engine) => {
  it('deletes a postmortem (admins), lists it as deleted and undeletes it whole', async () => {
    const options = engine.freshOptions();
    await withStore(options, async (store) => {
      await store.createUser({ email: 'ops@example.com', role: 'admin', password: 'long enough pass' }, TEST_SOURCE);
      await store.createUser({ email: 'ed@example.com', role: 'editor', password: 'long enough pass' }, TEST_SOURCE);
      const ed = (await store.listUsers()).find((u) => u.email === 'ed@example.com');
      await store.createPostmortem({ userId: ed?.id ?? '', email: 'ed@example.com', role: 'editor' }, samplePostmortem({ id: 'INC-9', title: 'Disk full' }));
    });
    const run = (...args: string[]) => runCli(['postmortem', ...args, ...storeFlags(options)]);
    const refused = await run('delete', 'INC-9', '--as', 'ed@example.com');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/only admins may delete postmortems/);
    expect((await run('delete', 'INC-9', '--as', 'ops@example.com')).stdout).toBe('deleted INC-9; an admin can restore it for 30 days (debrief postmortem deleted, then undelete)\n');
    const listed = await run('deleted', '--as', 'ops@example.com');
    expect(listed.stdout).toMatch(/^(del-\S+)\tINC-9\tDisk full\tdeleted \S+ by ops@example\.com\trestorable until \S+\n$/);
    const deletedId = listed.stdout.split('\t')[0] ?? '';
    expect((await run('undelete', deletedId, '--as', 'ops@example.com')).stdout).toBe('restored INC-9\n');
    expect((await run('deleted', '--as', 'ops@example.com')).stdout).toBe('nothing was deleted in the last 30 days\n');
    await withStore(options, async (store) => expect((await store.getPostmortem({ userId: 'x', email: 'ops@example.com', role: 'admin' }, 'INC-9')).postmortem.title).toBe('Disk full'));
    expect((await run('undelete', '--as', 'ops@example.com')).stderr).toMatch(/give the id of the deleted copy/);
  });
});
