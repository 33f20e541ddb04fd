/**
 * Vitest global setup: compiles src/ to dist/ when the built CLI is missing or older than the sources, and
 * names this run's PostgreSQL test schemas so that they can all be dropped once every test file is done.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import pg from 'pg';
import { globSync } from 'tinyglobby';

const root = resolve(import.meta.dirname, '..');
const builtEntry = resolve(root, 'dist/cli/main.js');

/** True when dist/ is missing or some source file changed after the last build. */
function buildIsStale(): boolean {
  if (!existsSync(builtEntry)) return true;
  const builtAt = statSync(builtEntry).mtimeMs;
  const sources = globSync(['src/**/*.ts', 'package.json'], { cwd: root, absolute: true, ignore: ['**/*.test.ts'] });
  return sources.some((file) => statSync(file).mtimeMs > builtAt);
}

/**
 * Drops the schemas of this run. Not done per test file: Kysely's migrator reads the catalogue of every
 * schema, and a schema dropped by one file while another migrates made that migration fail.
 */
async function dropRunSchemas(run: string): Promise<void> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) return;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // The job queue's schema of a test schema is pgboss_<its name> (src/jobs/start-jobs.ts).
    const { rows } = await client.query<{ name: string }>('select nspname as name from pg_namespace where nspname like $1 or nspname like $2', [`test_${run}_%`, `pgboss_test_${run}_%`]);
    for (const { name } of rows) await client.query(`drop schema if exists "${name}" cascade`);
  } finally {
    await client.end();
  }
}

/** Builds once before the test files run; returns the teardown that drops this run's test schemas. */
export default function setup(): () => Promise<void> {
  const run = randomBytes(4).toString('hex');
  process.env.DEBRIEF_TEST_RUN = run;
  build();
  return () => dropRunSchemas(run);
}

function build(): void {
  if (!buildIsStale()) return;
  try {
    execFileSync(process.execPath, [resolve(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'pipe' });
  } catch (error) {
    // tsc still writes JavaScript when some file has type errors; only a missing entry point is fatal here.
    if (!existsSync(builtEntry)) throw error;
    const output = (error as { stdout?: Buffer }).stdout?.toString() ?? '';
    console.warn(`global-setup: the build reported type errors; testing what it emitted.\n${output.slice(0, 2000)}`);
  }
}
