/** A worker thread of the lint pool: lints the batches of files it is sent and posts the packed outcomes back. */
import { parentPort, workerData } from 'node:worker_threads';
import { DebriefError } from '../core/errors.js';
import type { BatchReply, BatchRequest, WorkerSetup } from './lint-pool.js';
import { lintBatch } from './lint-target.js';

const port = parentPort;
if (port === null) throw new Error('lint-worker must run in a worker thread');
const { configPath, show } = workerData as WorkerSetup;

port.on('message', async ({ id, targets }: BatchRequest) => {
  let reply: BatchReply;
  try {
    reply = { id, batch: await lintBatch(targets, configPath, show) };
  } catch (error) {
    reply = { id, error: { message: error instanceof Error ? error.message : String(error), expected: error instanceof DebriefError } };
  }
  // The JSON bytes move to the main thread without a copy.
  port.postMessage(reply, 'batch' in reply && reply.batch.json !== null ? [reply.batch.json.buffer as ArrayBuffer] : []);
});
