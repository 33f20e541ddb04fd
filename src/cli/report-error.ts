/** The one place where an error becomes a message on stderr and an exit code. */
import { CommanderError } from 'commander';
import { DebriefError } from '../core/errors.js';
import { writeErr } from './output.js';

/** Exit codes of every `debrief` command. */
export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

/** True when `DEBRIEF_DEBUG=1` asks for stack traces. */
function debugging(): boolean {
  return process.env.DEBRIEF_DEBUG === '1';
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Prints what went wrong (never a stack trace unless debugging) and returns the exit code for it. */
export function reportError(error: unknown): number {
  if (error instanceof CommanderError) {
    // commander has already printed help, the version or the usage error.
    return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
  }
  if (error instanceof DebriefError) {
    writeErr(`debrief: ${error.message}\n`);
  } else {
    writeErr(`debrief: internal error: ${messageOf(error)} (please report this)\n`);
  }
  if (debugging()) {
    for (let e: unknown = error; e instanceof Error; e = e.cause) writeErr(`${e.stack ?? e.message}\n`);
  }
  return EXIT.usage;
}
