import { describe, expect, it } from 'vitest';
import { forEachEngine } from '../../../test/store-engines.js';
import { TEST_SOURCE } from '../../../test/server-harness.js';
import type { Store } from '../../store/store.types.js';
import { derivedOnce } from './derived-cache.js';

const MINUTE = 60_000;

/** A computation that counts its runs and answers with the run's number, once `release()` is called when gated. */
function counted(gated = false) {
  let runs = 0;
  let release: () => void = () => undefined;
  const compute = () => {
    runs += 1;
    const run = runs;
    return gated ? new Promise<number>((resolve) => (release = () => resolve(run))) : Promise.resolve(run);
  };
  return { compute, runs: () => runs, release: () => release() };
}

forEachEngine((engine) => {
  describe(`derivedOnce (${engine.name})`, () => {
    /** A store whose clock the test moves. */
    async function storeAt(start: number): Promise<{ store: Store; move: (ms: number) => void }> {
      let now = start;
      const store = await engine.openStore({ clock: () => now });
      return { store, move: (ms) => (now += ms) };
    }
    const START = Date.parse('2031-03-03T10:00:05Z');

    it('computes once for many readers in a minute, and again after a write', async () => {
      const { store } = await storeAt(START);
      const work = counted();
      const answers = await Promise.all([1, 2, 3].map(() => derivedOnce(store, 'k', work.compute)));
      expect(answers).toEqual([1, 1, 1]);
      const admin = await store.createUser({ email: 'ada@example.com', role: 'admin', password: 'correct horse battery' }, TEST_SOURCE);
      await store.putTeam({ userId: admin.id, email: admin.email, role: 'admin' }, { name: 'Payments' });
      await expect(derivedOnce(store, 'k', work.compute)).resolves.toBe(2);
      expect(work.runs()).toBe(2);
    });

    it('in the next minute, answers the last value while computing the new one once, then the new one', async () => {
      const { store, move } = await storeAt(START);
      const work = counted(true);
      const first = derivedOnce(store, 'k', work.compute);
      work.release();
      await expect(first).resolves.toBe(1);
      move(MINUTE);
      // Nobody waits on the clock: the value of the minute before, while the next one is computed (once).
      await expect(derivedOnce(store, 'k', work.compute)).resolves.toBe(1);
      await expect(derivedOnce(store, 'k', work.compute)).resolves.toBe(1);
      expect(work.runs()).toBe(2);
      work.release();
      await new Promise((resolve) => setImmediate(resolve));
      await expect(derivedOnce(store, 'k', work.compute)).resolves.toBe(2);
      expect(work.runs()).toBe(2);
    });

    it('never answers a value more than a minute old: later, readers wait for a fresh one', async () => {
      const { store, move } = await storeAt(START);
      const work = counted();
      await expect(derivedOnce(store, 'k', work.compute)).resolves.toBe(1);
      move(2 * MINUTE);
      await expect(derivedOnce(store, 'k', work.compute)).resolves.toBe(2);
    });

    it('keeps no failure: the next reader computes again', async () => {
      const { store } = await storeAt(START);
      await expect(derivedOnce(store, 'k', () => Promise.reject(new Error('database down')))).rejects.toThrow('database down');
      await expect(derivedOnce(store, 'k', () => Promise.resolve('ok'))).resolves.toBe('ok');
    });
  });
});
