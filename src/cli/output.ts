/** Writing to stdout and stderr so that a closed pipe (`debrief … | head`) ends output quietly. */

let stdoutClosed = false;
let guarded = false;

/** Listens for stdout errors once: EPIPE stops further output silently; anything else is reported. */
export function guardStdout(): void {
  if (guarded) return;
  guarded = true;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    stdoutClosed = true;
    if (error.code === 'EPIPE') return;
    process.stderr.write(`debrief: cannot write output: ${error.message}\n`);
    process.exitCode = 2;
  });
}

/** Writes text (or bytes) to stdout unless the reader has gone away. */
export function writeOut(text: string | Uint8Array): void {
  if (stdoutClosed || text.length === 0) return;
  process.stdout.write(text);
}

/** Writes text to stderr. */
export function writeErr(text: string): void {
  process.stderr.write(text);
}
