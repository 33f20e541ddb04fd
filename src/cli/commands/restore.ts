/** `debrief restore FILE`: load a dump into an empty database, all or nothing. */
import { open } from 'node:fs/promises';
import { InputError } from '../../core/errors.js';
import { describeLocation, resolveStoreOptions, withStore, type StoreOptions } from '../../store/open-store.js';
import { writeOut } from '../output.js';
import { STDIN_LABEL } from '../read-document.js';
import { EXIT } from '../report-error.js';

/** The dump, as text, from a file or stdin (`-`); InputError when the file cannot be opened. */
async function dumpInput(file: string): Promise<AsyncIterable<string>> {
  if (file === '-') return process.stdin.setEncoding('utf8');
  try {
    const handle = await open(file);
    return handle.createReadStream({ encoding: 'utf8' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(`${file}: ${code === 'ENOENT' ? 'no such file' : `cannot read it (${code ?? 'unknown error'})`}`);
  }
}

/**
 * The lines of a text stream, read only as they are asked for (readline would start reading at once and drop
 * the lines that arrive while the database is still being opened).
 */
async function* linesOf(text: AsyncIterable<string>): AsyncGenerator<string> {
  let rest = '';
  for await (const chunk of text) {
    const parts = (rest + chunk).split('\n');
    rest = parts.pop() ?? '';
    for (const part of parts) yield part.replace(/\r$/, '');
  }
  if (rest !== '') yield rest.replace(/\r$/, '');
}

/** Runs `debrief restore`. */
export async function restoreCommand(file: string, flags: StoreOptions): Promise<number> {
  const options = resolveStoreOptions(flags);
  const input = await dumpInput(file);
  try {
    const counts = await withStore(options, (store) => store.restore(linesOf(input)));
    writeOut(`restored ${counts.users} users and ${counts.postmortems} postmortems into ${describeLocation(options)}\n`);
    return EXIT.ok;
  } catch (error) {
    // Problems of a line are reported with the file they are in.
    const line = error instanceof InputError ? (error.details as { line?: unknown } | undefined)?.line : undefined;
    if (typeof line === 'number') throw new InputError(`${file === '-' ? STDIN_LABEL : file}: ${(error as Error).message}`, { line });
    throw error;
  }
}
