/** Linting many files on worker threads: batches are handed out as workers free up; outcomes keep their order. */
import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { InputError } from '../core/errors.js';
import type { BatchOutcomes, ShowOptions } from './lint-batch.js';

/** What each worker is started with. */
export interface WorkerSetup {
  configPath: string | undefined;
  show: ShowOptions;
}

/** A batch of absolute file paths to lint. */
export interface BatchRequest {
  id: number;
  targets: string[];
}

/** A batch's outcomes, or why it failed (`expected` for Debrief's own errors, such as a bad config). */
export type BatchReply = { id: number; batch: BatchOutcomes } | { id: number; error: { message: string; expected: boolean } };

/**
 * The worker with its modules bundled into one file by `npm run build` (rolldown): it starts in a fraction of the
 * time the ~100 modules take to load one by one. The module itself when there is no bundle (a plain `tsc` build).
 */
const BUNDLED_WORKER = new URL('./lint-worker-bundle/lint-worker.js', import.meta.url);
const WORKER = existsSync(BUNDLED_WORKER) ? BUNDLED_WORKER : new URL('./lint-worker.js', import.meta.url);

/** Files per batch: small enough to balance the workers, large enough to keep messaging cheap. */
const BATCH_SIZE = 16;

/** Lints files on `workerCount` worker threads; one packed batch per BATCH_SIZE files, in order; rejects on the first failed batch. */
export async function lintInPool(files: readonly string[], setup: WorkerSetup, workerCount: number): Promise<BatchOutcomes[]> {
  const batches: string[][] = [];
  for (let i = 0; i < files.length; i += BATCH_SIZE) batches.push(files.slice(i, i + BATCH_SIZE));
  const outcomesByBatch: BatchOutcomes[] = new Array(batches.length);
  const workers = Array.from({ length: Math.min(workerCount, batches.length) }, () =>
    new Worker(WORKER, { workerData: setup }),
  );
  let next = 0;
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const sendNext = (): void => {
              const id = next++;
              const targets = batches[id];
              if (targets === undefined) return resolve();
              worker.postMessage({ id, targets } satisfies BatchRequest);
            };
            worker.on('message', (reply: BatchReply) => {
              if ('error' in reply) {
                reject(reply.error.expected ? new InputError(reply.error.message) : new Error(reply.error.message));
                return;
              }
              outcomesByBatch[reply.id] = reply.batch;
              sendNext();
            });
            worker.on('error', reject);
            worker.on('exit', (code) => reject(new Error(`a lint worker stopped unexpectedly (exit code ${code})`)));
            sendNext();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return outcomesByBatch;
}
