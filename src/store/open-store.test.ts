import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../test/cli-harness.js';
import { engineNames, useEngines } from '../../test/store-engines.js';
import { actors, samplePostmortem } from '../../test/store-fixtures.js';
import { InputError } from '../core/errors.js';
import { DEFAULT_DATA_DIR, describeLocation, migrateDatabase, openStore, resolveStoreOptions } from './open-store.js';

const temp = mkdtempSync(join(tmpdir(), 'debrief-open-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** Runs an ES module script in a new Node process and returns what it printed. */
function runNode(script: string): Promise<string> {
  return new Promise((resolveRun, reject) => {
    execFile(process.execPath, ['--input-type=module', '-e', script], (error, stdout, stderr) => (error ? reject(new Error(stderr || error.message)) : resolveRun(stdout)));
  });
}

describe('resolveStoreOptions', () => {
  it.each([
    [{}, {}, { dataDir: DEFAULT_DATA_DIR }],
    [{}, { DEBRIEF_DATA_DIR: '/srv/d' }, { dataDir: '/srv/d' }],
    [{}, { DEBRIEF_DATA_DIR: '/srv/d', DEBRIEF_DATABASE_URL: 'postgres://h/db' }, { databaseUrl: 'postgres://h/db' }],
    [{ dataDir: './here' }, { DEBRIEF_DATABASE_URL: 'postgres://h/db' }, { dataDir: './here' }],
    [{ databaseUrl: 'postgresql://x/y' }, { DEBRIEF_DATA_DIR: '/srv/d' }, { databaseUrl: 'postgresql://x/y' }],
    [{}, { DEBRIEF_DATABASE_URL: '  ' }, { dataDir: DEFAULT_DATA_DIR }],
  ])('flags %j with env %j -> %j', (flags, env, expected) => {
    expect(resolveStoreOptions(flags, env)).toEqual(expected);
  });

  it('refuses both flags at once', () => {
    expect(() => resolveStoreOptions({ dataDir: 'd', databaseUrl: 'postgres://h/db' }, {})).toThrow(InputError);
  });
});

describe('opening SQLite', () => {
  it('creates the data directory and debrief.sqlite, and migrating again applies nothing', async () => {
    const dir = join(temp, 'nested', 'data');
    expect(await migrateDatabase({ dataDir: dir })).toEqual(['0001-initial', '0002-list-summary', '0003-list-order', '0004-summary-backfill-index', '0005-start-from-timeline', '0006-account-security', '0007-search-visibility', '0008-derived-times', '0009-search-people-tickets', '0010-approvals', '0011-comment-threads', '0012-deleted-postmortems', '0013-incidents', '0014-action-item-times', '0015-outbox', '0016-integrations', '0017-oidc', '0018-tracker-tickets', '0019-public-postmortems', '0020-similarity', '0021-item-list-indexes', '0022-service-slos', '0023-similarity-counted-words']);
    expect(existsSync(join(dir, 'debrief.sqlite'))).toBe(true);
    expect(await migrateDatabase({ dataDir: dir })).toEqual([]);
    expect(describeLocation({ dataDir: dir })).toBe(resolve(dir, 'debrief.sqlite'));
  });

  it('reports a file that is not a database, and a data directory that cannot be made', async () => {
    const dir = join(temp, 'not-a-db');
    await migrateDatabase({ dataDir: dir });
    writeFileSync(join(dir, 'debrief.sqlite'), 'this is not SQLite, just text that is long enough to be read as a header'.repeat(20));
    rmSync(join(dir, 'debrief.sqlite-wal'), { force: true });
    rmSync(join(dir, 'debrief.sqlite-shm'), { force: true });
    await expect(openStore({ dataDir: dir })).rejects.toThrow(`${join(dir, 'debrief.sqlite')} is not a Debrief database (not SQLite, or damaged)`);
    const file = join(temp, 'a-file');
    writeFileSync(file, '');
    await expect(openStore({ dataDir: join(file, 'sub') })).rejects.toThrow(/^data directory .*: cannot create it \(ENOTDIR\)$/);
  });

  it('lets several processes on one file write at once without losing an update', async () => {
    const dir = join(temp, 'shared');
    const store = await openStore({ dataDir: dir });
    const created = await store.createPostmortem(actors.editor, samplePostmortem());
    await store.close();
    // Separate processes, as a CLI command and the server would be (one thread cannot wait for itself).
    const script = (i: number) => `
      import { openStore } from ${JSON.stringify(pathToFileURL(join(repoRoot, 'dist/store/open-store.js')).href)};
      const store = await openStore({ dataDir: ${JSON.stringify(dir)} });
      const actor = ${JSON.stringify(actors.editor)};
      const current = await store.getPostmortem(actor, ${JSON.stringify(created.id)});
      try {
        await store.updatePostmortem(actor, current.id, 1, { ...current.postmortem, title: 'writer ${i}' });
        console.log('landed');
      } catch (error) {
        console.log(error.constructor.name, JSON.stringify(error.details));
      } finally {
        await store.close();
      }`;
    const outputs = await Promise.all([0, 1, 2, 3].map((i) => runNode(script(i))));
    expect(outputs.map((o) => o.trim()).sort()).toEqual(['ConflictError {"currentVersion":2}', 'ConflictError {"currentVersion":2}', 'ConflictError {"currentVersion":2}', 'landed']);
    const after = await openStore({ dataDir: dir });
    expect((await after.listRevisions(actors.editor, created.id)).map((r) => r.number)).toEqual([1, 2]);
    await after.close();
  });
});

describe('opening PostgreSQL', () => {
  it.each([
    ['mysql://h/db', /^database URL: must start with postgres:\/\//],
    ['postgres://h/db?schema=bad-name', /^database URL: schema "bad-name" is not a plain name/],
    ['postgres://h/db?schema=CamelCase', /^database URL: schema "CamelCase" is not a plain name \(lower-case letters, digits and _\)/],
  ])('refuses %s', async (databaseUrl, message) => {
    await expect(openStore({ databaseUrl })).rejects.toThrow(message);
  });

  it('says where it could not connect, without the password', async () => {
    const attempt = openStore({ databaseUrl: 'postgres://me:s3cret@127.0.0.1:1/db' });
    await expect(attempt).rejects.toThrow('cannot connect to PostgreSQL at postgres://me@127.0.0.1:1/db: connection refused');
    await expect(attempt).rejects.not.toThrow(/s3cret/);
  });
});

// SQLite is covered by processes starting at once in the CLI tests (one thread cannot wait for itself).
if (engineNames.includes('postgres')) {
  describe('postgres', () => {
    const engines = useEngines();
    it('migrates once when several instances start at the same time', async () => {
      const options = engines.postgres!.freshOptions();
      const stores = await Promise.all([openStore(options), openStore(options), openStore(options)]);
      try {
        expect(await migrateDatabase(options)).toEqual([]);
        const created = await stores[0]!.createPostmortem(actors.editor, samplePostmortem());
        expect((await stores[2]!.getPostmortem(actors.editor, created.id)).version).toBe(1);
        expect(await stores[1]!.ping()).toBe(true);
      } finally {
        await Promise.all(stores.map((s) => s.close()));
      }
      // Closing again is harmless.
      await expect(stores[0]!.close()).resolves.toBeUndefined();
    });
  });
}
