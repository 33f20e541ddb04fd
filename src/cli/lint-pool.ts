/** Linting many files on worker threads: batches are handed out as workers free up; outcomes keep their order. */
import { WorkerPool, workerScript } from '../threads/worker-pool.js';
import type { BatchOutcomes, ShowOptions } from './lint-batch.js';

/** What each worker is started with. */
export interface WorkerSetup {
  configPath: string | undefined;
  show: ShowOptions;
}

const WORKER = workerScript(new URL('./lint-worker.js', import.meta.url));

/** Files per batch: small enough to balance the workers, large enough to keep messaging cheap. */
const BATCH_SIZE = 16;

/** Lints files on `workerCount` worker threads; one packed batch per BATCH_SIZE files, in order; rejects on the first failed batch. */
export async function lintInPool(files: readonly string[], setup: WorkerSetup, workerCount: number): Promise<BatchOutcomes[]> {
  const batches: string[][] = [];
  for (let i = 0; i < files.length; i += BATCH_SIZE) batches.push(files.slice(i, i + BATCH_SIZE));
  const pool = new WorkerPool<string[], BatchOutcomes>(WORKER, { size: Math.min(workerCount, batches.length), maxQueued: batches.length, workerData: setup });
  try {
    return await Promise.all(batches.map((targets) => pool.run(targets)));
  } finally {
    await pool.close();
  }
}
