import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { repoRoot, runCli } from '../../../test/cli-harness.js';
import { TEST_SOURCE } from '../../../test/server-harness.js';
import { forEachEngine, storeFlags, withTestStore } from '../../../test/store-engines.js';
import { parseDocument } from '../../markdown/parse.js';
import type { StoreOptions } from '../../store/open-store.js';

/** A postmortem that lints clean, as a draft without an id. */
const CLEAN = parseDocument(readFileSync(join(repoRoot, 'examples/checkout-latency.md'), 'utf8').replace(/^id: .*\n/m, '')).postmortem;

/** Makes the writer, the reviewer and a viewer, and a postmortem the writer created; answers its id. */
async function seed(options: StoreOptions, pm = CLEAN): Promise<string> {
  return withTestStore(options, async (store) => {
    for (const [email, role] of [['writer@example.com', 'editor'], ['rev@example.com', 'editor'], ['reader@example.com', 'viewer']] as const) {
      await store.createUser({ email, role, password: 'long enough pass' }, TEST_SOURCE);
    }
    const writer = (await store.listUsers()).find((u) => u.email === 'writer@example.com');
    if (writer === undefined) throw new Error('no writer');
    const created = await store.createPostmortem({ userId: writer.id, email: writer.email, role: writer.role }, { ...pm, status: 'draft' });
    return created.id;
  });
}

forEachEngine((engine) => {
  it('moves a postmortem through review: the author cannot approve, final needs a reviewer’s approval, every step printed', async () => {
    const options = engine.freshOptions();
    const id = await seed(options);
    const review = (...args: string[]) => runCli(['review', ...args, ...storeFlags(options)]);
    expect((await review('move', id, '--to', 'in_review', '--as', 'writer@example.com')).stdout).toMatch(new RegExp(`^${id}\\t.*\\tin_review\\tversion 2\\napprovals: 0 current of 1 needed to become final\\n$`));
    const own = await review('approve', id, '--as', 'writer@example.com');
    expect(own.code).toBe(2);
    expect(own.stderr).toMatch(/You wrote this postmortem, so you cannot approve it/);
    const early = await review('move', id, '--to', 'final', '--as', 'writer@example.com');
    expect(early.code).toBe(2);
    expect(early.stderr).toMatch(/cannot become final without 1 current approval: it has 0/);
    const approved = await review('approve', id, '--as', 'rev@example.com');
    expect(approved.code, approved.stderr).toBe(0);
    expect(approved.stdout).toMatch(/approvals: 1 current of 1 needed to become final\n {2}rev@example\.com\tversion 2\t\d{4}-\d\d-\d\dT[\d:.]+Z\n$/);
    expect((await review('move', id, '--to', 'final', '--as', 'writer@example.com')).stdout).toMatch(/\tfinal\tversion 3\n/);
    const status = await review('status', id, '--as', 'reader@example.com', '--format', 'json');
    expect(JSON.parse(status.stdout)).toMatchObject({ id, status: 'final', version: 3, approvals: { required: 1, current: 1, items: [{ by: { email: 'rev@example.com' }, version: 2, stale: null }] } });
  });

  it('lists the lint errors that keep a postmortem from becoming final (exit 1), and refuses unknown accounts and statuses', async () => {
    const options = engine.freshOptions();
    const id = await seed(options, { ...CLEAN, rootCause: 'Bob made a mistake and pushed the config without testing it.' });
    const review = (...args: string[]) => runCli(['review', ...args, ...storeFlags(options)]);
    expect((await review('move', id, '--to', 'in_review', '--as', 'writer@example.com')).code).toBe(0);
    expect((await review('approve', id, '--as', 'rev@example.com')).code).toBe(0);
    const refused = await review('move', id, '--to', 'final', '--as', 'writer@example.com');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/cannot become final while lint reports \d+ error/);
    expect(refused.stderr).toMatch(/\n {2}\d+:\d+\tblameless\/[a-z-]+\t/);
    expect((await review('status', id, '--as', 'nobody@example.com')).stderr).toMatch(/--as: no account nobody@example\.com/);
    expect((await review('move', id, '--to', 'shipped', '--as', 'writer@example.com')).stderr).toMatch(/--to must be one of draft, in_review, final, published \(not "shipped"\)/);
    expect((await review('status', id)).stderr).toMatch(/required option '--as <email>'/);
  });

  it('holds comment threads: a reader asks about a section, a reviewer answers and resolves the thread', async () => {
    const options = engine.freshOptions();
    const id = await seed(options);
    const review = (...args: string[]) => runCli(['review', ...args, ...storeFlags(options)]);
    expect((await review('comments', id, '--as', 'reader@example.com')).stdout).toBe('no comments\n');
    const asked = await review('comment', id, '--as', 'reader@example.com', '--about', 'section:rootCause', '--body', 'Which pool? @rev');
    expect(asked.code, asked.stderr).toBe(0);
    const threadId = /^ {2}(c-\S+)\treader@example\.com\t/m.exec(asked.stdout)?.[1] ?? '';
    expect(threadId).not.toBe('');
    expect((await review('comment', id, '--as', 'rev@example.com', '--reply-to', threadId, '--body', 'The orders pool.')).code).toBe(0);
    const resolved = await review('resolve', id, '--as', 'rev@example.com', '--thread', threadId);
    expect(resolved.stdout).toMatch(new RegExp(`^\\[resolved by rev@example\\.com \\S+\\] on section:rootCause\\n {2}${threadId}\\treader@example\\.com\\t\\S+\\n {4}Which pool\\? @rev\\n {4}c-\\S+\\trev@example\\.com\\t\\S+\\n {6}The orders pool\\.\\n$`));
    const json = JSON.parse((await review('comments', id, '--as', 'reader@example.com', '--format', 'json')).stdout);
    expect(json).toMatchObject([{ anchor: 'section:rootCause', mentions: ['rev@example.com'] }, { parentId: threadId }]);
    expect((await review('comment', id, '--as', 'reader@example.com', '--about', 'rootCause', '--body', 'x')).stderr).toMatch(/anchor: must be section:<name> or action-item:/);
    expect((await review('resolve', id, '--as', 'rev@example.com')).stderr).toMatch(/--thread is required/);
  });
});
