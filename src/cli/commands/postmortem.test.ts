import { expect, it } from 'vitest';
import { runCli } from '../../../test/cli-harness.js';
import { TEST_SOURCE } from '../../../test/server-harness.js';
import { forEachEngine, storeFlags, withTestStore } from '../../../test/store-engines.js';
import { samplePostmortem } from '../../../test/store-fixtures.js';

forEachEngine((engine) => {
  it('deletes a postmortem (admins), lists it as deleted and undeletes it whole', async () => {
    const options = engine.freshOptions();
    await withTestStore(options, async (store) => {
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
    await withTestStore(options, async (store) => expect((await store.getPostmortem({ userId: 'x', email: 'ops@example.com', role: 'admin' }, 'INC-9')).postmortem.title).toBe('Disk full'));
    expect((await run('undelete', '--as', 'ops@example.com')).stderr).toMatch(/give the id of the deleted copy/);
  });

  it('exports a stored postmortem as Markdown, an HTML page or JSON, to whoever may read it', async () => {
    const options = engine.freshOptions();
    await withTestStore(options, async (store) => {
      await store.createUser({ email: 'ops@example.com', role: 'admin', password: 'long enough pass' }, TEST_SOURCE);
      await store.createUser({ email: 'vi@example.com', role: 'viewer', password: 'long enough pass' }, TEST_SOURCE);
      const admin = { userId: 'x', email: 'ops@example.com', role: 'admin' } as const;
      await store.createPostmortem(admin, samplePostmortem({ id: 'PM-7', title: 'Disk <b>full</b>' }));
      await store.createPostmortem(admin, samplePostmortem({ id: 'PM-8', title: 'Secret', restricted: true }));
    });
    const run = (...args: string[]) => runCli(['postmortem', ...args, ...storeFlags(options)]);
    const md = await run('export', 'PM-7', '--as', 'vi@example.com');
    expect([md.code, md.stdout]).toEqual([0, expect.stringMatching(/^---\nid: PM-7\n/)]);
    const html = await run('export', 'PM-7', '--as', 'vi@example.com', '--format', 'html');
    expect(html.stdout).toMatch(/^<!doctype html>/i);
    expect(html.stdout).toContain('Disk &lt;b&gt;full&lt;/b&gt;');
    expect(JSON.parse((await run('export', 'PM-7', '--as', 'vi@example.com', '--format', 'json')).stdout)).toMatchObject({ id: 'PM-7', title: 'Disk <b>full</b>' });
    expect((await run('export', 'PM-8', '--as', 'vi@example.com')).code).toBe(2);
    expect((await run('similar', 'PM-7', '--as', 'vi@example.com', '--format', 'md')).stderr).toBe('debrief: --format: similar prints text or json (md and html are for export)\n');
  });

  it('lists the stored postmortems most similar to one, as text or JSON, leaving out what the reader may not read', async () => {
    const options = engine.freshOptions();
    await withTestStore(options, async (store) => {
      await store.createUser({ email: 'ops@example.com', role: 'admin', password: 'long enough pass' }, TEST_SOURCE);
      await store.createUser({ email: 'vi@example.com', role: 'viewer', password: 'long enough pass' }, TEST_SOURCE);
      const admin = { userId: 'x', email: 'ops@example.com', role: 'admin' } as const;
      const kafka = (id: string, title: string, restricted = false) => samplePostmortem({ id, title, restricted, services: ['kafka-cluster'], summary: 'Consumers lagged after the broker upgrade.', rootCause: 'The broker upgrade rebalanced the consumers in a loop.' });
      await store.createPostmortem(admin, kafka('PM-1', 'Kafka consumer lag after a broker upgrade'));
      await store.createPostmortem(admin, kafka('PM-2', 'Kafka consumers lagged again'));
      await store.createPostmortem(admin, kafka('PM-3', 'Kafka lag, restricted', true));
      for (const [id, title] of [['PM-4', 'DNS resolver certificate expired'], ['PM-5', 'Build agents ran out of disk'], ['PM-6', 'Invoices sent twice']] as const) {
        await store.createPostmortem(admin, samplePostmortem({ id, title, services: [id], summary: `${title}.`, rootCause: `${title}.`, timeline: [], actionItems: [], contributingFactors: [] }));
      }
    });
    const run = (...args: string[]) => runCli(['postmortem', ...args, ...storeFlags(options)]);
    const text = await run('similar', 'PM-1', '--as', 'vi@example.com');
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^1\. Kafka consumers lagged again \(PM-2\), score 0\.\d\d\n {3}- shared services: kafka-cluster\n/);
    expect(text.stdout).not.toContain('restricted');
    const json = JSON.parse((await run('similar', 'PM-1', '--as', 'ops@example.com', '--format', 'json', '--limit', '2')).stdout) as { id: string }[];
    expect(json.map((s) => s.id).sort()).toEqual(['PM-2', 'PM-3']);
    expect(Object.keys(json[0] ?? {})).toEqual(['id', 'title', 'score', 'why']);
    const hidden = await run('similar', 'PM-3', '--as', 'vi@example.com');
    expect(hidden.code).toBe(2);
    expect(hidden.stderr).toMatch(/PM-3/);
    expect(hidden.stdout).toBe('');
    expect((await run('similar', 'PM-1', '--as', 'vi@example.com', '--limit', '21')).stderr).toBe('debrief: --limit: "21" is not a number of results from 1 to 20\n');
  });
});
