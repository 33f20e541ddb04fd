/** A worker thread of the lint pool: lints the batches of files it is sent and posts the packed outcomes back. */
import { workerData } from 'node:worker_threads';
import { answerTasks } from '../threads/worker-pool.js';
import type { BatchOutcomes } from './lint-batch.js';
import type { WorkerSetup } from './lint-pool.js';
import { lintBatch } from './lint-target.js';

const { configPath, show } = workerData as WorkerSetup;

// The JSON bytes move to the main thread without a copy.
answerTasks(
  (targets: string[]) => lintBatch(targets, configPath, show),
  (batch: BatchOutcomes) => (batch.json === null ? [] : [batch.json.buffer as ArrayBuffer]),
);
