/** Linting many files on worker threads: batches are handed out as workers free up; outcomes keep their order. */
import { Worker } from 'node:worker_threads';
import { InputError } from '../core/errors.js';
import type { LintOutcome } from './lint-target.js';

/** What each worker is started with. */
export interface WorkerSetup {
  configPath: string | undefined;
}

/** A batch of absolute file paths to lint. */
export interface BatchRequest {
  id: number;
  targets: string[];
}

/** A batch's outcomes, or why it failed (`expected` for Debrief's own errors, such as a bad config). */
export type BatchReply = { id: number; outcomes: LintOutcome[] } | { id: number; error: { message: string; expected: boolean } };

/** Files per batch: small enough to balance the workers, large enough to keep messaging cheap. */
const BATCH_SIZE = 16;

/** Lints files on `workerCount` worker threads; rejects on the first failed batch. */
export async function lintInPool(files: readonly string[], configPath: string | undefined, workerCount: number): Promise<LintOutcome[]> {
  const batches: string[][] = [];
  for (let i = 0; i < files.length; i += BATCH_SIZE) batches.push(files.slice(i, i + BATCH_SIZE));
  const outcomesByBatch: LintOutcome[][] = new Array(batches.length);
  const setup: WorkerSetup = { configPath };
  const workers = Array.from({ length: Math.min(workerCount, batches.length) }, () =>
    new Worker(new URL('./lint-worker.js', import.meta.url), { workerData: setup }),
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
              outcomesByBatch[reply.id] = reply.outcomes;
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
  return outcomesByBatch.flat();
}
