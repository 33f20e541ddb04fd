import { expect, it } from 'vitest';
import { runCli } from '../../../test/cli-harness.js';
import { TEST_SOURCE } from '../../../test/server-harness.js';
import { forEachEngine, storeFlags } from '../../../test/store-engines.js';
import { samplePostmortem } from '../../../test/store-fixtures.js';
import { withStore } from '../../store/open-store.js';

forEachEngine((engine) => {
  it('moves an action item to done, has someone else verify it, declines another with a reason, and reports the completion rate', async () => {
    const options = engine.freshOptions();
    await withStore(options, async (store) => {
      for (const [email, role] of [['owner@example.com', 'editor'], ['rev@example.com', 'editor']] as const) await store.createUser({ email, role, password: 'long enough pass' }, TEST_SOURCE);
      const owner = (await store.listUsers()).find((u) => u.email === 'owner@example.com');
      if (owner === undefined) throw new Error('no owner');
      const pm = samplePostmortem({ id: 'pm-cli', teams: ['Payments'] });
      pm.actionItems = pm.actionItems.map((a, i) => ({ ...a, id: `AI-${i + 1}`, owner: 'owner@example.com', due: '2000-01-01' }));
      await store.createPostmortem({ userId: owner.id, email: owner.email, role: owner.role }, pm);
    });
    const cli = (...args: string[]) => runCli([...args, ...storeFlags(options)]);
    expect((await cli('action-item', 'status', 'pm-cli', 'AI-1', '--to', 'done', '--as', 'owner@example.com')).stdout).toMatch(/^pm-cli\tAI-1\tdone\tversion 2\t/);
    const own = await cli('action-item', 'verify', 'pm-cli', 'AI-1', '--evidence', 'works for me', '--as', 'owner@example.com');
    expect(own.code).toBe(2);
    expect(own.stderr).toMatch(/you own action item AI-1/);
    expect((await cli('action-item', 'status', 'pm-cli', 'AI-1', '--to', 'verified', '--as', 'rev@example.com')).stderr).toMatch(/--to must be one of open, in_progress, done, wont_do/);
    expect((await cli('action-item', 'verify', 'pm-cli', 'AI-1', '--evidence', 'the deploy failed in staging without the pool size', '--as', 'rev@example.com')).stdout).toMatch(/^pm-cli\tAI-1\tverified\tversion 3\t/);
    expect((await cli('action-item', 'status', 'pm-cli', 'AI-2', '--to', 'wont_do', '--as', 'owner@example.com')).stderr).toMatch(/say why it will not be done/);
    expect((await cli('action-item', 'status', 'pm-cli', 'AI-2', '--to', 'wont_do', '--reason', 'the pool goes away with the migration', '--as', 'owner@example.com')).code).toBe(0);
    // Both items were created today and are due in 2000: not in the window of items created in the last 90 days that fell due.
    const metrics = await cli('metrics', '--format', 'json');
    expect(JSON.parse(metrics.stdout)).toMatchObject({ requireVerification: true, overall: { due: expect.any(Number) }, weekly: expect.any(Array) });
    expect((await cli('metrics')).stdout).toMatch(/^Action items closed by their due date, created \d{4}-\d\d-\d\d to \d{4}-\d\d-\d\d \(closed = verified\):\n/);
  });
});
