/** Vitest global setup: compiles src/ to dist/ when the built CLI is missing or older than the sources. */
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
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

/** Builds once before the test files run. */
export default function setup(): void {
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
