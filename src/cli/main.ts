/** Entry point of the `debrief` command: runs the program and turns every outcome into an exit code. */
import { readFileSync } from 'node:fs';
import { guardStdout } from './output.js';
import { buildProgram } from './program.js';
import { EXIT, reportError } from './report-error.js';

/** The package version (src/cli and dist/cli both sit two levels below package.json). */
function packageVersion(): string {
  const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: unknown };
  return typeof manifest.version === 'string' ? manifest.version : '0.0.0';
}

/** Runs `debrief` with the given arguments (without node and the script) and returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  guardStdout();
  let exitCode: number = EXIT.ok;
  try {
    const program = buildProgram(packageVersion(), (code) => {
      exitCode = code;
    });
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    return reportError(error);
  }
}
