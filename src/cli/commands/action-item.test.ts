import { randomBytes } from 'node:crypto';
import { expect, it } from 'vitest';
import { runCli } from '../../../test/cli-harness.js';
import { TEST_SOURCE } from '../../../test/server-harness.js';
import { forEachEngine, storeFlags, withTestStore } from '../../../test/store-engines.js';
import { samplePostmortem } from '../../../test/store-fixtures.js';
import { fakeGitHub } from '../../../test/tracker-fakes.js';

forEachEngine((engine) => {
  it('moves an action item to done, has someone else verify it, declines another with a reason, and reports the completion rate', async () => {
    const options = engine.freshOptions();
    await withTestStore(options, async (store) => {
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

forEachEngine((engine) => {
  it('files an action item in the tracker: the refusal first (exit 1, the error), then the ticket; filed again, it is linked', async () => {
    const fake = await fakeGitHub('ghp_cli_token_1234567890');
    const key = randomBytes(32).toString('base64');
    const options = { ...engine.freshOptions(), secretKey: Buffer.from(key, 'base64') };
    try {
      await withTestStore(options, async (store) => {
        await store.createUser({ email: 'ed@example.com', role: 'editor', password: 'long enough pass' }, TEST_SOURCE);
        await store.createUser({ email: 'admin@example.com', role: 'admin', password: 'long enough pass' }, TEST_SOURCE);
        const admin = (await store.listUsers()).find((u) => u.role === 'admin');
        if (admin === undefined) throw new Error('no admin');
        const actor = { userId: admin.id, email: admin.email, role: admin.role };
        await store.createIntegration(actor, { kind: 'github', name: 'Ops repo', settings: { owner: 'acme', repo: 'ops', apiUrl: fake.url }, secret: 'ghp_cli_token_1234567890' });
        await store.createPostmortem(actor, samplePostmortem({ id: 'pm-file' }));
      });
      const env = { DEBRIEF_SECRET_KEY: key, DEBRIEF_PUBLIC_URL: 'https://debrief.example.com', DEBRIEF_NOTIFY_PRIVATE_ADDRESSES: 'allow' };
      const cli = (...args: string[]) => runCli([...args, ...storeFlags(options)], { env });
      fake.failNext({ status: 503, body: { message: 'Service Unavailable' } });
      const refused = await cli('action-item', 'file', 'pm-file', 'AI-1', '--as', 'ed@example.com');
      expect(refused.code).toBe(1);
      expect(refused.stdout).toMatch(/^pm-file\tAI-1\tpending\t\t\terror: GitHub answered 503: the tracker failed; Service Unavailable \(retried at \d{4}-/);
      expect(fake.tickets).toHaveLength(0);
      const badUrl = await cli('action-item', 'file', 'pm-file', '1', '--as', 'ed@example.com', '--public-url', 'debrief.example.com');
      expect(badUrl.code).toBe(2);
      expect(badUrl.stderr).toMatch(/--public-url \(or DEBRIEF_PUBLIC_URL\) "debrief.example.com" is not an http\(s\) URL/);
      const filed = await cli('action-item', 'file', 'pm-file', '1', '--as', 'ed@example.com', '--format', 'json');
      expect(filed.code, filed.stderr).toBe(0);
      expect(JSON.parse(filed.stdout)).toMatchObject({ outcome: 'filed', itemKey: 'title:alert on pool saturation', ticket: { key: '#1', url: 'https://github.com/acme/ops/issues/1' } });
      expect(String(fake.tickets[0]?.body)).toContain('Postmortem: https://debrief.example.com/postmortems/pm-file');
      expect((await cli('action-item', 'file', 'pm-file', '1', '--as', 'ed@example.com')).stdout).toBe('pm-file\ttitle:alert on pool saturation\tlinked\t#1\thttps://github.com/acme/ops/issues/1\n');
      expect(fake.tickets).toHaveLength(1);
    } finally {
      await fake.close();
    }
  });
});
