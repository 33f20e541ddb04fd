/**
 * Runs the practice's pass at start and then every `intervalSeconds`. On PostgreSQL, several instances share one
 * database: pg-boss makes one job per interval (a singleton key throttled to the interval) and one instance's worker
 * runs it, so the pass runs once however many instances tick. On SQLite one process owns the database and runs it
 * on a timer. A pass that fails is reported and the next one comes at its time; passes never overlap in a process.
 */
import PgBoss from 'pg-boss';

/** What the scheduler runs, how often, and where it coordinates. */
export interface SchedulerOptions {
  intervalSeconds: number;
  /** One pass. */
  run: () => Promise<void>;
  /** Told of a pass that failed, or of a fault of the job queue. */
  onError: (error: unknown) => void;
  /** PostgreSQL to coordinate instances through (its job tables go in their own schema); none on SQLite. */
  postgres?: { connectionString: string; schema: string };
}

/** A running scheduler. */
export interface Scheduler {
  /** Stops ticking and waits for a pass in progress. */
  stop(): Promise<void>;
}

const QUEUE = 'debrief-practice-pass';

/** A pass guard: runs `run` unless a pass is already running in this process; errors go to `onError`. */
function oneAtATime(run: () => Promise<void>, onError: (error: unknown) => void): { runNow: () => Promise<void>; idle: () => Promise<void> } {
  let running: Promise<void> | null = null;
  return {
    runNow: () => {
      running ??= run()
        .catch(onError)
        .finally(() => {
          running = null;
        });
      return running;
    },
    idle: async () => {
      await running;
    },
  };
}

/** A scheduler on a timer, for one process (SQLite). */
function timerScheduler(options: SchedulerOptions): Scheduler {
  const pass = oneAtATime(options.run, options.onError);
  void pass.runNow();
  const timer = setInterval(() => void pass.runNow(), options.intervalSeconds * 1000);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await pass.idle();
    },
  };
}

/** Tries at making the queue: instances starting together may deadlock creating it (one of them then tries again). */
const QUEUE_TRIES = 5;

/** Makes the pass's queue unless it exists: one job at a time, none retried (the next interval brings the next pass). */
async function ensureQueue(boss: PgBoss, intervalSeconds: number): Promise<void> {
  for (let attempt = 1; (await boss.getQueue(QUEUE)) === null; attempt++) {
    try {
      await boss.createQueue(QUEUE, { name: QUEUE, policy: 'singleton', retryLimit: 0, expireInSeconds: Math.max(60, intervalSeconds * 5) });
    } catch (error) {
      if (attempt >= QUEUE_TRIES) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
    }
  }
}

/** A scheduler coordinated through pg-boss, for any number of instances on one PostgreSQL. */
async function queueScheduler(options: SchedulerOptions, postgres: NonNullable<SchedulerOptions['postgres']>): Promise<Scheduler> {
  const boss = new PgBoss({ connectionString: postgres.connectionString, schema: postgres.schema, schedule: false, supervise: true });
  boss.on('error', options.onError);
  await boss.start();
  await ensureQueue(boss, options.intervalSeconds);
  const pass = oneAtATime(options.run, options.onError);
  await boss.work(QUEUE, { pollingIntervalSeconds: Math.max(0.5, Math.min(options.intervalSeconds / 2, 10)) }, () => pass.runNow());
  // Every instance asks; the singleton key lets one job through per interval.
  const tick = () => boss.send(QUEUE, {}, { singletonKey: 'pass', singletonSeconds: options.intervalSeconds }).catch(options.onError);
  void tick();
  const timer = setInterval(() => void tick(), options.intervalSeconds * 1000);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await pass.idle();
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
    },
  };
}

/** Starts the scheduler: pg-boss when `postgres` is given, a timer otherwise. */
export async function startScheduler(options: SchedulerOptions): Promise<Scheduler> {
  return options.postgres === undefined ? timerScheduler(options) : queueScheduler(options, options.postgres);
}
