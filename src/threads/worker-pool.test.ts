import { afterEach, describe, expect, it } from 'vitest';
import { BusyError, InputError } from '../core/errors.js';
import { WorkerPool } from './worker-pool.js';

/**
 * A worker that speaks answerTasks' protocol in plain JavaScript (the TypeScript module cannot load in a thread
 * under the test runner): doubles `value` after `ms`, fails when asked, or exits.
 */
const WORKER = new URL(
  `data:text/javascript,${encodeURIComponent(`
import { parentPort } from 'node:worker_threads';
parentPort.on('message', async ({ value, ms = 0, fail, exit }) => {
  await new Promise((resolve) => setTimeout(resolve, ms));
  if (exit) process.exit(3);
  parentPort.postMessage(fail === undefined ? { result: value * 2 } : { error: { message: fail, expected: fail === 'expected' } });
});`)}`,
);

interface Task {
  value?: number;
  ms?: number;
  fail?: string;
  exit?: boolean;
}

const pools: WorkerPool<Task, number>[] = [];

function pool(size: number, maxQueued: number): WorkerPool<Task, number> {
  const created = new WorkerPool<Task, number>(WORKER, { size, maxQueued, busy: { message: 'busy now', retryAfterSeconds: 3 } });
  pools.push(created);
  return created;
}

afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.close()));
});

describe('WorkerPool', () => {
  it('answers every task, in the order asked, with more tasks than workers', async () => {
    const two = pool(2, 10);
    const doubled = await Promise.all([1, 2, 3, 4, 5].map((value) => two.run({ value, ms: 5 * (5 - value) })));
    expect(doubled).toEqual([2, 4, 6, 8, 10]);
  });

  it('refuses a task at once with BusyError when the queue is full, and takes tasks again once it drains', async () => {
    const two = pool(1, 1);
    const running = two.run({ value: 1, ms: 200 });
    const waiting = two.run({ value: 2 });
    const refused = await two.run({ value: 3 }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(BusyError);
    expect(refused).toMatchObject({ message: 'busy now', retryAfterSeconds: 3 });
    expect(await Promise.all([running, waiting])).toEqual([2, 4]);
    expect(await two.run({ value: 5 })).toBe(10);
  });

  it('passes failures on: Debrief errors as InputError, others as Error', async () => {
    const one = pool(1, 5);
    const expected = await one.run({ fail: 'expected' }).catch((error: unknown) => error);
    expect(expected).toBeInstanceOf(InputError);
    const bug = await one.run({ fail: 'a bug' }).catch((error: unknown) => error);
    expect(bug).toBeInstanceOf(Error);
    expect(bug).not.toBeInstanceOf(InputError);
    expect((bug as Error).message).toBe('a bug');
  });

  it('fails the task of a worker that dies, and gives the tasks waiting for it a new worker', async () => {
    const one = pool(1, 5);
    const dying = one.run({ exit: true, ms: 20 });
    const next = one.run({ value: 21 });
    await expect(dying).rejects.toThrow(/stopped unexpectedly \(exit code 3\)/);
    expect(await next).toBe(42);
  });

  it('when closed, lets the running task answer, fails what is waiting and refuses new tasks', async () => {
    const one = pool(1, 5);
    const outcomes = Promise.allSettled([one.run({ value: 1, ms: 200 }), one.run({ value: 2 })]);
    await one.close();
    expect(await outcomes).toEqual([
      { status: 'fulfilled', value: 2 },
      { status: 'rejected', reason: expect.objectContaining({ message: 'the worker pool was closed' }) },
    ]);
    await expect(one.run({ value: 3 })).rejects.toThrow(/closed/);
  });

  it('closes after an early failure with every worker busy, and settles everything', async () => {
    const two = pool(2, 5);
    const failing = two.run({ fail: 'expected' });
    const busy = two.run({ value: 4, ms: 100 });
    const next = two.run({ value: 5, ms: 100 });
    const waiting = two.run({ value: 6 }).catch((error: unknown) => error);
    await expect(failing).rejects.toBeInstanceOf(InputError);
    await two.close();
    expect(await Promise.all([busy, next])).toEqual([8, 10]);
    expect(await waiting).toMatchObject({ message: 'the worker pool was closed' });
  });
});
