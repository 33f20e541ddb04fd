/**
 * Worker threads that take tasks one at a time each, for work too long for the main thread: started when first
 * needed, kept until closed, with a bounded queue of tasks waiting for a free worker. Both sides are here: the
 * pool, and `answerTasks` for the worker's module.
 */
import { existsSync } from 'node:fs';
import { parentPort, Worker, type Transferable } from 'node:worker_threads';
import { BusyError, DebriefError, InputError } from '../core/errors.js';

/** A task's outcome as a worker posts it back (`expected` for Debrief's own errors, such as a bad config). */
type TaskReply<Result> = { result: Result } | { error: { message: string; expected: boolean } };

/** How a pool is sized and what its workers start with. */
export interface PoolOptions {
  /** Worker threads at most. */
  size: number;
  /** Tasks that may wait for a free worker; one more is refused with BusyError. */
  maxQueued: number;
  /** What that refusal says, and in how many seconds trying again is worth it. */
  busy?: { message: string; retryAfterSeconds: number };
  /** Every worker's `workerData`. */
  workerData?: unknown;
}

const DEFAULT_BUSY = { message: 'Too much work is waiting already; try again shortly.', retryAfterSeconds: 1 };

interface Job<Task, Result> {
  task: Task;
  resolve(result: Result): void;
  reject(error: Error): void;
}

/**
 * The script of a worker: its copy bundled into one file by `npm run build` (rolldown), `NAME-bundle/NAME.js`
 * beside the module, which starts in a fraction of the time its ~100 modules take to load one by one; the module
 * itself when there is no bundle (a plain `tsc` build).
 */
export function workerScript(module: URL): URL {
  const name = module.pathname.slice(module.pathname.lastIndexOf('/') + 1);
  const bundled = new URL(`./${name.replace(/\.js$/, '')}-bundle/${name}`, module);
  return existsSync(bundled) ? bundled : module;
}

/** A pool of worker threads running `script`, each answering one task at a time through `answerTasks`. */
export class WorkerPool<Task, Result> {
  readonly #workers = new Set<Worker>();
  readonly #idle: Worker[] = [];
  readonly #running = new Map<Worker, Job<Task, Result>>();
  readonly #queue: Job<Task, Result>[] = [];
  #closed = false;
  /** Who waits in `close` for the running tasks to answer. */
  readonly #drained: (() => void)[] = [];

  constructor(
    private readonly script: URL,
    private readonly options: PoolOptions,
  ) {}

  /** The task's result from a worker; BusyError at once when `maxQueued` tasks are waiting already. */
  run(task: Task): Promise<Result> {
    return new Promise((resolve, reject) => {
      if (this.#closed) return reject(new Error('the worker pool is closed'));
      const job = { task, resolve, reject };
      const worker = this.#idle.pop() ?? (this.#workers.size < this.options.size ? this.#start() : undefined);
      if (worker !== undefined) this.#give(worker, job);
      else if (this.#queue.length < this.options.maxQueued) this.#queue.push(job);
      else {
        const { message, retryAfterSeconds } = this.options.busy ?? DEFAULT_BUSY;
        reject(new BusyError(message, retryAfterSeconds));
      }
    });
  }

  /**
   * Stops every worker once the tasks they are running have answered; tasks still waiting are rejected. (Terminating
   * a busy worker can lose its exit event on Node 20: the process then ended with code 13 before the caller's
   * promise settled.)
   */
  async close(): Promise<void> {
    this.#closed = true;
    for (const job of this.#queue.splice(0)) job.reject(new Error('the worker pool was closed'));
    if (this.#running.size > 0) await new Promise<void>((resolve) => this.#drained.push(resolve));
    await Promise.all([...this.#workers].map((worker) => worker.terminate()));
  }

  #start(): Worker {
    const worker = new Worker(this.script, { workerData: this.options.workerData });
    this.#workers.add(worker);
    worker.on('message', (reply: TaskReply<Result>) => {
      const job = this.#running.get(worker);
      this.#running.delete(worker);
      if ('error' in reply) job?.reject(reply.error.expected ? new InputError(reply.error.message) : new Error(reply.error.message));
      else job?.resolve(reply.result);
      const next = this.#queue.shift();
      if (next !== undefined) this.#give(worker, next);
      else this.#rest(worker);
      this.#noticeDrained();
    });
    worker.on('error', (error) => this.#lose(worker, error));
    worker.on('exit', (code) => this.#lose(worker, new Error(this.#closed ? 'the worker pool was closed' : `a worker thread stopped unexpectedly (exit code ${code})`)));
    return worker;
  }

  // A worker keeps the process alive while it works (a command waits for its answer), not while it idles: a pool
  // that is never closed (the process's password hashing) must not hold a finished command open.
  #give(worker: Worker, job: Job<Task, Result>): void {
    this.#running.set(worker, job);
    worker.ref();
    worker.postMessage(job.task);
  }

  #rest(worker: Worker): void {
    worker.unref();
    this.#idle.push(worker);
  }

  /** Forgets a worker that failed or stopped (its task fails); a waiting task gets a new one. */
  #lose(worker: Worker, error: Error): void {
    if (!this.#workers.delete(worker)) return;
    const idle = this.#idle.indexOf(worker);
    if (idle !== -1) this.#idle.splice(idle, 1);
    this.#running.get(worker)?.reject(error);
    this.#running.delete(worker);
    const next = this.#closed ? undefined : this.#queue.shift();
    if (next !== undefined) this.#give(this.#start(), next);
    this.#noticeDrained();
  }

  #noticeDrained(): void {
    if (this.#closed && this.#running.size === 0) for (const resolve of this.#drained.splice(0)) resolve();
  }
}

/** In a worker thread of a WorkerPool: answers every task with `handle`, moving what `transfer` names without a copy. */
export function answerTasks<Task, Result>(handle: (task: Task) => Result | Promise<Result>, transfer: (result: Result) => Transferable[] = () => []): void {
  const port = parentPort;
  if (port === null) throw new Error('answerTasks must run in a worker thread');
  port.on('message', async (task: Task) => {
    try {
      const result = await handle(task);
      port.postMessage({ result } satisfies TaskReply<Result>, transfer(result));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      port.postMessage({ error: { message, expected: error instanceof DebriefError } } satisfies TaskReply<Result>);
    }
  });
}
