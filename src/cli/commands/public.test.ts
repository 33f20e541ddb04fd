import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { repoRoot, runCli, tempDir } from '../../../test/cli-harness.js';
import { TEST_SOURCE } from '../../../test/server-harness.js';
import { forEachEngine, storeFlags, withTestStore } from '../../../test/store-engines.js';
import { parseDocument } from '../../markdown/parse.js';

const FIXTURE = readFileSync(join(repoRoot, 'test/fixtures/public/published.md'), 'utf8');

forEachEngine((engine) => {
  it('proposes the public version, saves the reviewed Markdown, refuses to publish what is left, then publishes and keeps the history', { timeout: 60_000 }, async () => {
    const options = engine.freshOptions();
    await withTestStore(options, async (store) => {
      await store.createUser({ email: 'ed@example.com', role: 'editor', password: 'long enough pass' }, TEST_SOURCE);
      await store.createUser({ email: 'vi@example.com', role: 'viewer', password: 'long enough pass' }, TEST_SOURCE);
      const ed = (await store.listUsers()).find((u) => u.email === 'ed@example.com');
      if (ed === undefined) throw new Error('no editor');
      await store.createPostmortem({ userId: ed.id, email: ed.email, role: ed.role }, { ...parseDocument(FIXTURE).postmortem, id: 'pm-public' });
    });
    const { dir, cleanup } = await tempDir();
    try {
      const env = { ...process.env, DEBRIEF_INTERNAL_DOMAINS: 'acme.io,corp.acme.com' };
      const cli = (...args: string[]) => runCli([...args, ...storeFlags(options)], { env });
      const proposed = await cli('public', 'propose', 'pm-public', '--as', 'ed@example.com');
      expect(proposed.code, proposed.stderr).toBe(0);
      expect(proposed.stdout).toMatch(/^# Checkout errors after the payments pool change\n\n## Summary\n/);
      for (const original of ['priya.raman@acme.io', '10.12.4.17', 'AKIAZ7QRT3M4XKP2WV9L', 'pay-gw-03.corp.acme.com']) expect(proposed.stdout).not.toContain(original);
      expect(proposed.stderr).toMatch(/^R\d+\t\d+:\d+\temail\t"priya\.raman@acme\.io" → "\[e-mail address\]"\t\(an e-mail address\)$/m);
      expect((await cli('public', 'propose', 'pm-public', '--as', 'vi@example.com')).stderr).toMatch(/vi@example\.com \(viewer\) may read but not change postmortems/);

      // The reviewer puts a name back by hand: its redaction counts as rejected, and the table heading "Time" too.
      const edited = join(dir, 'public.md');
      await writeFile(edited, `${proposed.stdout.replace('an engineer (UTC)', 'Time (UTC)')}\nThanks to Priya Raman (priya.raman@acme.io).\n`);
      const saved = await cli('public', 'save', 'pm-public', '--file', edited, '--slug', 'checkout-errors', '--as', 'ed@example.com');
      expect(saved.stdout, saved.stderr).toBe('pm-public\tcheckout-errors\tversion 1\tnot published\n');
      const refused = await cli('public', 'publish', 'pm-public', '--as', 'ed@example.com');
      expect(refused.code).toBe(2);
      expect(refused.stderr).toMatch(/still holds 1 thing it may not publish: text line \d+, column \d+: email "priya\.raman@acme\.io" \(an e-mail address: no public text may carry one\)/);

      await writeFile(edited, `${proposed.stdout.replace('an engineer (UTC)', 'Time (UTC)')}\nThanks to everyone who helped.\n`);
      expect((await cli('public', 'save', 'pm-public', '--file', edited, '--as', 'ed@example.com')).stdout).toBe('pm-public\tcheckout-errors\tversion 2\tnot published\n');
      const published = await cli('public', 'publish', 'pm-public', '--as', 'ed@example.com');
      expect(published.stdout, published.stderr).toMatch(/^pm-public\tcheckout-errors\tversion 3\tpublished \S+ \(version 3\) at \/public\/postmortems\/checkout-errors\n$/);
      const shown = await cli('public', 'show', 'pm-public', '--as', 'vi@example.com', '--format', 'json');
      expect(JSON.parse(shown.stdout)).toMatchObject({ slug: 'checkout-errors', version: 3, redactions: expect.arrayContaining([expect.objectContaining({ original: 'Time', decision: 'rejected' }), expect.objectContaining({ original: 'priya.raman@acme.io', decision: 'accepted' })]) });
      expect((await cli('public', 'history', 'pm-public', '--as', 'vi@example.com')).stdout).toMatch(/^1\t\S+\ted@example\.com\tsaved\t.*\n2\t\S+\ted@example\.com\tsaved\t.*\n3\t\S+\ted@example\.com\tpublished\t/);
      expect((await cli('public', 'unpublish', 'pm-public', '--as', 'ed@example.com')).stdout).toBe('pm-public\tcheckout-errors\tversion 4\tnot published\n');
      const missing = await cli('public', 'save', 'pm-public', '--file', join(dir, 'nothing.md'), '--as', 'ed@example.com');
      expect(missing.stderr).toMatch(/nothing\.md: cannot read it \(ENOENT\)/);
    } finally {
      await cleanup();
    }
  });
});
