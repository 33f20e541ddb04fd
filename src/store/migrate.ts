/** Bringing a database's schema up to date, safely when several processes start at once. */
import { Migrator } from 'kysely';
import type { Connection } from './dialect/dialect.js';
import { migrationProvider } from './migrations/index.js';

/** Applies every pending migration and returns the names of those it applied (none when up to date). */
export async function migrateToLatest({ db, dialect }: Connection): Promise<string[]> {
  const migrator = new Migrator({
    db,
    provider: migrationProvider(dialect.name),
    migrationTableName: 'debrief_migration',
    migrationLockTableName: 'debrief_migration_lock',
    ...(dialect.schema === undefined ? {} : { migrationTableSchema: dialect.schema }),
  });
  return dialect.withMigrationLock(db, async () => {
    const { error, results = [] } = await migrator.migrateToLatest();
    if (error !== undefined) {
      // Thrown inside the lock so that SQLite rolls the whole run back.
      const failed = results.find((r) => r.status === 'Error')?.migrationName ?? '(setup)';
      throw new Error(`database migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
    return results.filter((r) => r.status === 'Success').map((r) => r.migrationName);
  });
}
