/**
 * Password hashing on threads of its own: scrypt at OWASP's cost takes most of a second of CPU and 128 MiB, and
 * `crypto.scrypt` would run it on libuv's shared pool, where a burst of sign-ins held up every file read (the web
 * app's own pages) behind it. Here a fixed number of worker threads hash one password each at a time, and a bounded
 * queue refuses the rest (BusyError, answered 503 with Retry-After) instead of letting the wait grow without end.
 */
import { availableParallelism } from 'node:os';
import { WorkerPool } from '../threads/worker-pool.js';

/** scrypt's cost parameters: CPU and memory (N), block size (r), parallelism (p). */
export interface ScryptCost {
  N: number;
  r: number;
  p: number;
}

/** What a hashing thread is asked to derive. */
interface HashTask {
  password: string;
  salt: Buffer;
  keyBytes: number;
  cost: ScryptCost;
}

/**
 * The thread's script, in plain JavaScript as a data: URL, so that it runs the same from src/ (tests) and dist/;
 * it speaks the pool's protocol (`{result}` or `{error}`).
 */
const HASHING_SCRIPT = new URL(
  `data:text/javascript,${encodeURIComponent(`
import { parentPort } from 'node:worker_threads';
import { scryptSync } from 'node:crypto';
parentPort.on('message', ({ password, salt, keyBytes, cost }) => {
  try {
    const maxmem = 128 * cost.N * cost.r * cost.p + 32 * 1024 * 1024;
    parentPort.postMessage({ result: scryptSync(password, salt, keyBytes, { ...cost, maxmem }) });
  } catch (error) {
    parentPort.postMessage({ error: { message: 'password hashing failed: ' + String(error && error.message), expected: false } });
  }
});`)}`,
);

/** Hashes waiting beyond the ones running, per thread: at most a few seconds of waiting at OWASP's cost. */
const QUEUED_PER_THREAD = 8;

/** A fixed set of hashing threads with a bounded queue. */
export interface HashingPool {
  /** scrypt of `password` (NFC) with `salt`; BusyError when the queue is full. */
  derive(password: string, salt: Buffer, keyBytes: number, cost: ScryptCost): Promise<Buffer>;
}

/** A pool of `threads` hashing threads (started on first use, never keeping the process alive idle) and `maxQueued` waiting jobs. */
export function createHashingPool(threads: number, maxQueued: number = threads * QUEUED_PER_THREAD): HashingPool {
  const pool = new WorkerPool<HashTask, Uint8Array>(HASHING_SCRIPT, {
    size: threads,
    maxQueued,
    busy: { message: 'Too many sign-ins and password changes are being checked right now; try again in a few seconds.', retryAfterSeconds: 5 },
  });
  return {
    derive: async (password, salt, keyBytes, cost) => Buffer.from(await pool.run({ password: password.normalize('NFC'), salt, keyBytes, cost })),
  };
}

let shared: HashingPool | undefined;

/** The process's one hashing pool: one thread per core but one (left to the event loop), at least one, at most four. */
export function hashingPool(): HashingPool {
  shared ??= createHashingPool(Math.max(1, Math.min(4, availableParallelism() - 1)));
  return shared;
}
