/**
 * Lint of stored postmortems for the API. A large document takes hundreds of milliseconds to render, parse and
 * lint: on the main thread a few at once would stop every other request, so those go to worker threads, with a
 * bounded queue (503 when it is full). Small ones are linted here: cheaper than the trip to a worker.
 */
import { availableParallelism } from 'node:os';
import type { Postmortem } from '../core/postmortem.schema.js';
import { lintPostmortem } from '../lint/lint-postmortem.js';
import type { LintResult } from '../lint/types.js';
import { WorkerPool, workerScript } from '../threads/worker-pool.js';

/** When and where documents are linted off the main thread. */
export interface LinterOptions {
  /** Documents whose stored JSON is longer than this many characters are linted on a worker thread. */
  offloadAboveChars: number;
  /** Worker threads at most (started on first use). */
  workers: number;
  /** Large documents that may wait for a worker; one more is refused (503 busy). */
  maxQueued: number;
}

/** 64 KB takes about 15 ms to lint here; a 1.4 MB document takes 300 ms or more. One core stays with the main thread. */
export const LINTER_DEFAULTS: LinterOptions = {
  offloadAboveChars: 64 * 1024,
  workers: Math.max(1, Math.min(2, availableParallelism() - 1)),
  maxQueued: 16,
};

/** What a worker is sent: the postmortem as stored, parsed there. */
export interface LintTask {
  id: string;
  documentJson: string;
}

/** Lints stored postmortems, large ones on worker threads. */
export interface PostmortemLinter {
  /** The findings for the postmortem `id` stored as `documentJson`; BusyError when too many large ones wait. */
  lint(id: string, documentJson: string): Promise<LintResult>;
  /** Stops the worker threads. */
  close(): Promise<void>;
}

const WORKER = workerScript(new URL('./lint-worker.js', import.meta.url));

/** A linter with `options` over the defaults; no thread starts before the first large document. */
export function postmortemLinter(options: Partial<LinterOptions> = {}): PostmortemLinter {
  const { offloadAboveChars, workers, maxQueued } = { ...LINTER_DEFAULTS, ...options };
  const pool = new WorkerPool<LintTask, LintResult>(WORKER, {
    size: workers,
    maxQueued,
    busy: { message: 'The server is busy linting other large postmortems; try again in a few seconds.', retryAfterSeconds: 2 },
  });
  return {
    lint: async (id, documentJson) =>
      documentJson.length > offloadAboveChars ? pool.run({ id, documentJson }) : lintPostmortem(id, JSON.parse(documentJson) as Postmortem),
    close: () => pool.close(),
  };
}
