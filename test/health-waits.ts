/** Asking a running server's /healthz again and again while other work runs: the event loop stayed free if every wait is short. */
import { expect } from 'vitest';

/** The work's outcome, and how long each /healthz asked while it ran took to answer 200 (ms), `pauseMs` apart. */
export async function healthWaitsDuring<T>(baseUrl: string, work: Promise<T>, pauseMs = 0): Promise<{ outcome: T; waits: number[] }> {
  let done = false;
  void work.finally(() => {
    done = true;
  });
  const waits: number[] = [];
  while (!done) {
    const started = performance.now();
    expect((await fetch(`${baseUrl}/healthz`)).status).toBe(200);
    waits.push(performance.now() - started);
    if (pauseMs > 0) await new Promise((resolve) => setTimeout(resolve, pauseMs));
  }
  return { outcome: await work, waits };
}
