import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../../../test/cli-harness.js';
import { engineNames, forEachEngine, storeFlags, useEngines, withTestStore } from '../../../test/store-engines.js';
import { TEST_SOURCE } from '../../../test/server-harness.js';
import { actors, samplePostmortem } from '../../../test/store-fixtures.js';
import { describeLocation, type StoreOptions } from '../../store/open-store.js';

let dir = '';
let cleanup = async () => undefined as void;
beforeAll(async () => {
  ({ dir, cleanup } = await tempDir());
});
afterAll(() => cleanup());

/** A store with a user and a postmortem. */
async function seed(options: StoreOptions): Promise<void> {
  await withTestStore(options, async (store) => {
    await store.createUser({ email: 'ada@example.com', role: 'admin', password: 'correct horse battery' }, TEST_SOURCE);
    await store.createPostmortem(actors.editor, samplePostmortem({ id: 'INC-7' }));
  });
}

forEachEngine((engine) => {
  it('dumps to stdout and restores from a file, the same data again', async () => {
    const source = engine.freshOptions();
    await seed(source);
    const dumped = await runCli(['dump', ...storeFlags(source)]);
    expect(dumped).toMatchObject({ code: 0, stderr: '' });
    expect(dumped.stdout.split('\n')[0]).toBe('{"format":"debrief-dump","version":1}');
    const file = join(dir, `${engine.name}.jsonl`);
    await writeFile(file, dumped.stdout);

    const target = engine.freshOptions();
    expect(await runCli(['restore', file, ...storeFlags(target)])).toEqual({ code: 0, stdout: `restored 1 users and 1 postmortems into ${describeLocation(target)}\n`, stderr: '' });
    expect((await runCli(['dump', ...storeFlags(target)])).stdout).toBe(dumped.stdout);

    expect(await runCli(['restore', file, ...storeFlags(target)])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'debrief: the database is not empty (1 users, 1 postmortems); restore only into a new, empty database\n',
    });
  });

  // The CLI's own reporting does not depend on the engine: SQLite only, to keep the suite fast.
  if (engine.name === 'sqlite') it('names the file and the line of a bad dump, and a missing file', async () => {
    const file = join(dir, `bad-${engine.name}.jsonl`);
    await writeFile(file, '{"format":"debrief-dump","version":1}\n{"table":"users","row":{"id":"u-1"}}\n');
    const target = engine.freshOptions();
    const run = await runCli(['restore', file, ...storeFlags(target)]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(new RegExp(`^debrief: ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: line 2: row\\.email: .*\n$`));
    expect(await runCli(['restore', join(dir, 'missing.jsonl'), ...storeFlags(target)])).toEqual({ code: 2, stdout: '', stderr: `debrief: ${join(dir, 'missing.jsonl')}: no such file\n` });
  });
});

if (engineNames.includes('postgres')) describe('moving with the CLI', () => {
  const engines = useEngines();
  it('dump from SQLite, restore into PostgreSQL from stdin', async () => {
    const sqlite = engines.sqlite!.freshOptions();
    await seed(sqlite);
    const dumped = await runCli(['dump', ...storeFlags(sqlite)]);
    const postgres = engines.postgres!.freshOptions();
    expect((await runCli(['restore', '-', ...storeFlags(postgres)], { input: dumped.stdout })).code).toBe(0);
    const again = await runCli(['dump', ...storeFlags(postgres)]);
    expect(again).toEqual({ code: 0, stdout: dumped.stdout, stderr: '' });
    await withTestStore(postgres, async (store) => expect(await store.verifyPassword('ada@example.com', 'correct horse')).not.toBeNull());
  });
});
