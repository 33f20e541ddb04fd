import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { runCli, tempDir } from '../../../test/cli-harness.js';
import { TEST_SOURCE } from '../../../test/server-harness.js';
import { forEachEngine, storeFlags, withTestStore } from '../../../test/store-engines.js';
import type { StoreOptions } from '../../store/open-store.js';

/** Makes an admin, an editor and a viewer. */
async function seed(options: StoreOptions): Promise<void> {
  await withTestStore(options, async (store) => {
    for (const [email, role] of [['ada@example.com', 'admin'], ['ed@example.com', 'editor'], ['vi@example.com', 'viewer']] as const) {
      await store.createUser({ email, role, password: 'long enough pass' }, TEST_SOURCE);
    }
  });
}

let dir = '';
let cleanup: () => Promise<void> = async () => undefined;
beforeAll(async () => {
  ({ dir, cleanup } = await tempDir());
});
afterAll(() => cleanup());

forEachEngine((engine) => {
  it('records incidents with the policy’s decision and its reasons, lists, shows and waives them', async () => {
    const options = engine.freshOptions();
    await seed(options);
    const cli = (...args: string[]) => runCli([...args, ...storeFlags(options)]);
    const added = await cli('incident', 'add', '--as', 'ed@example.com', '--title', 'Checkout 502s', '--severity', 'P2', '--started', '2026-03-02 09:10', '--resolved', '2026-03-02T10:00:00Z', '--service', 'checkout-api', '--impact-minutes', '42');
    expect(added.code, added.stderr).toBe(0);
    expect(added.stdout).toMatch(/^INC-1\tCheckout 502s\tSEV2\tversion 2\n/);
    expect(added.stdout).toMatch(/ {2}owed: full \(policy v0\)\n {4}- customer-visible impact 42 min ≥ 15 min\n/);
    expect(added.stdout).toMatch(/ {2}postmortem: \S+\n {2}draftBy: 2026-03-03T10:00:00\.000Z \((pending|met|due soon|late)\)\n/);

    const blip = await cli('incident', 'add', '--as', 'ed@example.com', '--title', 'Cache blip', '--severity', 'SEV4', '--impact-minutes', '0', '--auto-resolved', '--format', 'json');
    expect(JSON.parse(blip.stdout)).toMatchObject({ id: 'INC-2', title: 'Cache blip', owed: 'none', postmortemId: null, deadlines: null });

    const list = await cli('incident', 'list');
    expect(list.stdout.split('\n').filter(Boolean).map((l) => l.split('\t').slice(0, 3))).toEqual([['INC-2', 'SEV4', 'none'], ['INC-1', 'SEV2', 'full']]);
    expect((await cli('incident', 'list', '--owed', 'none', '--format', 'json')).stdout).toMatch(/"id": "INC-2"/);

    const viewer = await cli('incident', 'add', '--as', 'vi@example.com', '--title', 'x');
    expect(viewer.code).toBe(2);
    expect(viewer.stderr).toMatch(/may read incidents but not record/);
    const noReason = await cli('incident', 'waive', 'INC-1', '--as', 'ada@example.com');
    expect(noReason.stderr).toMatch(/--reason is required/);
    const byEditor = await cli('incident', 'waive', 'INC-1', '--as', 'ed@example.com', '--reason', 'covered by INC-0');
    expect(byEditor.stderr).toMatch(/only admins may waive/);
    const waived = await cli('incident', 'waive', 'INC-1', '--as', 'ada@example.com', '--reason', 'covered by the Q1 review');
    expect(waived.stdout).toMatch(/ {2}waived by ada@example\.com at .*: covered by the Q1 review\n/);
    expect((await cli('incident', 'show', 'INC-1', '--format', 'json')).stdout).toMatch(/"reason": "covered by the Q1 review"/);
    const missing = await cli('incident', 'show', 'INC-77');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/incident "INC-77" not found/);
  });

  it('lists a security incident redacted unless --as names someone who may read it, and shows it only to them', async () => {
    const options = engine.freshOptions();
    await seed(options);
    const cli = (...args: string[]) => runCli([...args, ...storeFlags(options)]);
    const title = 'Signing key pushed to a public repository';
    expect((await cli('incident', 'add', '--as', 'ed@example.com', '--title', title, '--severity', 'SEV2', '--service', 'signing-svc', '--security-exposure')).code).toBe(0);
    for (const as of [[], ['--as', 'vi@example.com']]) {
      const list = await cli('incident', 'list', ...as);
      expect(list.stdout).toMatch(/^INC-1\tSEV2\tfull\t\t-\t-\tRestricted incident\n$/);
      expect((await cli('incident', 'list', '--format', 'json', ...as)).stdout).not.toMatch(/signing|Signing/);
      const show = await cli('incident', 'show', 'INC-1', ...as);
      expect(show.code).toBe(2);
      expect(show.stderr).toMatch(/INC-1 is a security incident: only admins, whoever recorded it and readers of its restricted postmortem see it; --as names such an account/);
      expect(show.stderr).not.toContain(title);
    }
    for (const as of ['ed@example.com', 'ada@example.com']) {
      expect((await cli('incident', 'list', '--as', as)).stdout).toContain(`\t${title}\n`);
      expect((await cli('incident', 'show', 'INC-1', '--as', as)).stdout).toMatch(new RegExp(`^INC-1\t${title}\tSEV2`));
    }
  });

  it('reads an incident from a file, refusing a bad one with the file and the field', async () => {
    const options = engine.freshOptions();
    await seed(options);
    const good = join(dir, `good-${engine.name}.yaml`);
    writeFileSync(good, 'title: Ledger disk full\nseverity: SEV3\nservices: [ledger]\nfailureMode: disk-full\ndataLoss: true\n');
    const added = await runCli(['incident', 'add', '--file', good, '--as', 'ed@example.com', '--format', 'json', ...storeFlags(options)]);
    expect(JSON.parse(added.stdout)).toMatchObject({ title: 'Ledger disk full', owed: 'lightweight', reasons: expect.arrayContaining(['data loss']) });
    const bad = join(dir, `bad-${engine.name}.yaml`);
    writeFileSync(bad, 'title: Ledger disk full\ncustomerImpactMinutes: many\n');
    const refused = await runCli(['incident', 'add', '--file', bad, '--as', 'ed@example.com', ...storeFlags(options)]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`${bad}: customerImpactMinutes:`);
    const badTime = await runCli(['incident', 'add', '--title', 'x', '--started', 'yesterday', '--as', 'ed@example.com', ...storeFlags(options)]);
    expect(badTime.stderr).toMatch(/--started "yesterday" is not a time; write it as 2024-03-01 14:05/);
  });

  it('sets the policy from a file (refusing a wrong one with file, line and field), and explains decisions', async () => {
    const options = engine.freshOptions();
    await seed(options);
    const cli = (...args: string[]) => runCli([...args, ...storeFlags(options)]);
    expect((await cli('policy', 'show')).stdout).toMatch(/^# policy v0 \(the defaults\)\n/);
    const wrong = join(dir, `wrong-${engine.name}.yaml`);
    writeFileSync(wrong, 'owed:\n  triggers:\n    teams: zero\n');
    const refused = await cli('policy', 'set', wrong, '--as', 'ada@example.com');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(wrong);
    expect(refused.stderr).toMatch(/line 3/);
    expect(refused.stderr).toMatch(/owed\.triggers\.teams/);
    const right = join(dir, `right-${engine.name}.yaml`);
    writeFileSync(right, 'owed:\n  triggers:\n    customerImpactMinutes: 60\n');
    expect((await cli('policy', 'set', right, '--as', 'ed@example.com')).stderr).toMatch(/only admins may change the policy/);
    expect((await cli('policy', 'set', right, '--as', 'ada@example.com')).stdout).toMatch(/^policy v1 is in force \(set by ada@example\.com at /);
    expect((await cli('policy', 'versions')).stdout).toMatch(/^v1\t.*\tada@example\.com\n$/);
    await cli('incident', 'add', '--as', 'ed@example.com', '--title', 'Slow checkout', '--severity', 'SEV2', '--impact-minutes', '42');
    expect((await cli('policy', 'check', 'INC-1')).stdout).toMatch(/^owed: none \(under policy v1\)\n/);
    const tried = await cli('policy', 'check', 'INC-1', '--policy', wrong);
    expect(tried.code).toBe(2);
    const facts = join(dir, `facts-${engine.name}.json`);
    writeFileSync(facts, JSON.stringify({ title: 'What if', severity: 'SEV1', slaBreached: true }));
    expect((await cli('policy', 'check', '--incident', facts)).stdout).toMatch(/^owed: full \(under policy v1\)\n {2}- SLA breached\n/);
    expect(JSON.parse((await runCli(['policy', 'schema'])).stdout)).toMatchObject({ type: 'object' });
  });

  it('manages teams, for admins only', async () => {
    const options = engine.freshOptions();
    await seed(options);
    const cli = (...args: string[]) => runCli([...args, ...storeFlags(options)]);
    expect((await cli('team', 'set', 'Payments', '--as', 'ada@example.com', '--lead', 'ada@example.com', '--member', 'ed@example.com', '--service', 'checkout-api')).stdout).toBe('Payments\tada@example.com\ted@example.com\tcheckout-api\n');
    expect((await cli('team', 'list')).stdout).toBe('Payments\tada@example.com\ted@example.com\tcheckout-api\n');
    expect((await cli('team', 'remove', 'payments', '--as', 'ed@example.com')).code).toBe(2);
    expect((await cli('team', 'remove', 'payments', '--as', 'ada@example.com')).stdout).toBe('removed team payments\n');
    expect((await cli('team', 'list')).stdout).toBe('no teams\n');
  });
});
