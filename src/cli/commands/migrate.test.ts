import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { runCli, tempDir } from '../../../test/cli-harness.js';
import { forEachEngine, storeFlags } from '../../../test/store-engines.js';
import { describeLocation } from '../../store/open-store.js';

/** Every migration, in order (a new one is added here and in src/store/migrations/index.ts). */
const MIGRATIONS = ['0001-initial', '0002-list-summary', '0003-list-order', '0004-summary-backfill-index', '0005-start-from-timeline', '0006-account-security', '0007-search-visibility', '0008-derived-times', '0009-search-people-tickets', '0010-approvals', '0011-comment-threads', '0012-deleted-postmortems', '0013-incidents', '0014-action-item-times', '0015-outbox', '0016-integrations', '0017-oidc', '0018-tracker-tickets', '0019-public-postmortems', '0020-similarity', '0021-item-list-indexes', '0022-service-slos', '0023-similarity-counted-words'];

/** What `debrief migrate` prints when it applies every migration to the database at `where`. */
function applied(where: string): string {
  return MIGRATIONS.map((name) => `${where}: applied ${name}\n`).join('');
}

let dir = '';
let cleanup = async () => undefined as void;
beforeAll(async () => {
  ({ dir, cleanup } = await tempDir());
});
afterAll(() => cleanup());

forEachEngine((engine) => {
  it('applies the migrations once, then says the database is up to date', async () => {
    const options = engine.freshOptions();
    const where = describeLocation(options);
    expect(await runCli(['migrate', ...storeFlags(options)])).toEqual({ code: 0, stdout: applied(where), stderr: '' });
    expect(await runCli(['migrate', ...storeFlags(options)])).toEqual({ code: 0, stdout: `${where}: up to date\n`, stderr: '' });
  });
});

it('finds the data directory in DEBRIEF_DATA_DIR, and refuses --data-dir with --database-url', async () => {
  const data = join(dir, 'from-env');
  expect(await runCli(['migrate'], { env: { DEBRIEF_DATA_DIR: data, DEBRIEF_DATABASE_URL: '' } })).toMatchObject({ code: 0, stdout: applied(join(data, 'debrief.sqlite')) });
  expect(await runCli(['migrate', '--data-dir', data, '--database-url', 'postgres://h/db'])).toEqual({
    code: 2,
    stdout: '',
    stderr: 'debrief: use either --data-dir (SQLite) or --database-url (PostgreSQL), not both\n',
  });
});

it('says why it cannot connect, with no password and no stack trace', async () => {
  const run = await runCli(['migrate', '--database-url', 'postgres://me:s3cret@127.0.0.1:1/db']);
  expect(run).toEqual({ code: 2, stdout: '', stderr: 'debrief: cannot connect to PostgreSQL at postgres://me@127.0.0.1:1/db: connection refused\n' });
});
