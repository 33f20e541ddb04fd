/** Bringing a database's schema up to date, safely when several processes start at once. */
import { Migrator } from 'kysely';
import type { Connection } from './dialect/dialect.js';
import { migrationProvider } from './migrations/index.js';
import { backfillSummaries } from './summaries.js';

/**
 * Applies every pending migration and returns the names of those it applied (none when up to date), then fills
 * what a migration could not (list summaries are computed by app code, which frozen migrations do not import).
 */
export async function migrateToLatest(conn: Connection): Promise<string[]> {
  const applied = await applyMigrations(conn);
  conn.dialect.migrated();
  await backfillSummaries(conn);
  return applied;
}

/** How often a failed migration set-up (before any migration ran) is tried on PostgreSQL. */
const SETUP_ATTEMPTS = 3;

/** The migrator of a database: Debrief's migrations, recorded in `debrief_migration` (tests migrate to a past release with it). */
export function migratorOf({ db, dialect }: Connection): Migrator {
  return new Migrator({
    db,
    provider: migrationProvider(dialect.name),
    migrationTableName: 'debrief_migration',
    migrationLockTableName: 'debrief_migration_lock',
    ...(dialect.schema === undefined ? {} : { migrationTableSchema: dialect.schema }),
  });
}

/** Applies every pending migration. */
async function applyMigrations(conn: Connection): Promise<string[]> {
  const { db, dialect } = conn;
  const migrator = migratorOf(conn);
  return dialect.withMigrationLock(db, async () => {
    let { error, results = [] } = await migrator.migrateToLatest();
    // Kysely's set-up introspects every schema of the database (pg_get_serial_sequence on each column), which
    // fails when another schema is dropped at that moment (parallel test runs, other apps). Nothing is applied
    // before the set-up succeeds, so it is safe to try again.
    for (let attempt = 1; attempt < SETUP_ATTEMPTS && error !== undefined && results.length === 0 && dialect.name === 'postgres'; attempt++) {
      ({ error, results = [] } = await migrator.migrateToLatest());
    }
    if (error !== undefined) {
      // Thrown inside the lock so that SQLite rolls the whole run back.
      const failed = results.find((r) => r.status === 'Error')?.migrationName ?? '(setup)';
      throw new Error(`database migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
    return results.filter((r) => r.status === 'Success').map((r) => r.migrationName);
  });
}
