/** `debrief dump`: every row of the database on stdout as JSON lines, a portable copy for `debrief restore`. */
import { resolveStoreOptions, withStore, type StoreOptions } from '../../store/open-store.js';
import { writeOut } from '../output.js';
import { EXIT } from '../report-error.js';

/** Lines are written in chunks of about this many characters. */
const CHUNK_CHARS = 64 * 1024;

/** Resolves when stdout can take more (or has gone away), so a slow reader never makes the dump pile up in memory. */
function drained(): Promise<void> {
  if (!process.stdout.writableNeedDrain) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      for (const event of ['drain', 'close', 'error']) process.stdout.off(event, done);
      resolve();
    };
    for (const event of ['drain', 'close', 'error']) process.stdout.on(event, done);
  });
}

/** Runs `debrief dump`. */
export async function dumpCommand(flags: StoreOptions): Promise<number> {
  await withStore(resolveStoreOptions(flags), async (store) => {
    let chunk = '';
    for await (const line of store.dump()) {
      chunk += `${line}\n`;
      if (chunk.length < CHUNK_CHARS) continue;
      writeOut(chunk);
      chunk = '';
      await drained();
    }
    writeOut(chunk);
  });
  return EXIT.ok;
}
