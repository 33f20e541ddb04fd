/** `debrief migrate`: create or update the database schema (every command that opens the store also does). */
import { describeLocation, migrateDatabase, resolveStoreOptions, type StoreOptions } from '../../store/open-store.js';
import { writeOut } from '../output.js';
import { EXIT } from '../report-error.js';

/** Runs `debrief migrate`: prints each migration it applied, or that the database was up to date. */
export async function migrateCommand(flags: StoreOptions): Promise<number> {
  const options = resolveStoreOptions(flags);
  const applied = await migrateDatabase(options);
  const where = describeLocation(options);
  writeOut(applied.length === 0 ? `${where}: up to date\n` : applied.map((name) => `${where}: applied ${name}\n`).join(''));
  return EXIT.ok;
}
