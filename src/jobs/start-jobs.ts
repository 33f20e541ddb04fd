/**
 * Starts the practice's scheduler beside the server: on PostgreSQL coordinated through pg-boss, on SQLite on a timer.
 * Each pass also writes the changes owed to trackers and reads the tickets not read for a while (events missed).
 */
import type { FastifyBaseLogger } from 'fastify';
import { parsePostgresUrl } from '../store/dialect/postgres.js';
import type { StoreOptions } from '../store/open-store.js';
import type { Store } from '../store/store.types.js';
import type { JobsSettings } from './jobs-settings.js';
import { syncTickets, TRACKER_POLL_MS } from '../integrations/trackers/sync.js';
import { practicePass } from './practice-pass.js';
import { startScheduler, type Scheduler } from './scheduler.js';

/** The schema of the job queue's tables: its own, beside the store's schema when that is not the default one. */
function jobSchema(schema: string | undefined): string {
  return schema === undefined ? 'pgboss' : `pgboss_${schema}`;
}

/** Starts the scheduler for a store opened with `storeOptions`; null when the settings turn it off. */
export async function startJobs(store: Store, storeOptions: StoreOptions, settings: JobsSettings, logger: FastifyBaseLogger): Promise<Scheduler | null> {
  if (settings.intervalSeconds === 0) return null;
  const url = storeOptions.databaseUrl;
  const postgres = url === undefined || url === '' ? undefined : parsePostgresUrl(url);
  return startScheduler({
    intervalSeconds: settings.intervalSeconds,
    run: async () => {
      const report = await practicePass(store, { delivery: { allowPrivate: settings.allowPrivate, ...(settings.smtp === undefined ? {} : { smtp: settings.smtp }) }, ...(settings.publicUrl === undefined ? {} : { publicUrl: settings.publicUrl }) });
      if (report.refused.length > 0) logger.error({ refused: report.refused }, `practice pass: ${report.refused.length} notifications refused by the outbox`);
      if (report.enqueued > 0 || report.delivered.claimed > 0) logger.info({ practice: report }, `practice pass: ${report.enqueued} notifications queued, ${report.delivered.sent} sent, ${report.delivered.retrying} to retry, ${report.delivered.failed} failed`);
      const trackers = await syncTickets(store, { pollEveryMs: TRACKER_POLL_MS, outbound: { allowPrivate: settings.allowPrivate } });
      if (trackers.written + trackers.failed + trackers.polled > 0) logger.info({ trackers }, `tracker pass: ${trackers.written} changes written to tickets, ${trackers.failed} to retry, ${trackers.polled} tickets read`);
    },
    onError: (error) => logger.error({ err: error }, 'practice pass failed; the next one runs at its time'),
    ...(postgres === undefined ? {} : { postgres: { connectionString: postgres.connectionString, schema: jobSchema(postgres.schema) } }),
  });
}
