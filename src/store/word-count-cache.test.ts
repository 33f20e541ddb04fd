import { describe, expect, it } from 'vitest';
import { createWordCountCache, type WordCounts } from './word-count-cache.js';

/** A counter that records what it was asked, holding each word as many times as it has letters. */
function counter(rows = 100) {
  const asked: string[][] = [];
  const count = (words: readonly string[]): Promise<WordCounts> => {
    asked.push([...words]);
    return Promise.resolve({ rows, holding: words.map((w) => w.length) });
  };
  return { asked, count };
}

describe('the word-count cache', () => {
  it('asks only for words it does not hold, and answers in the order asked', async () => {
    const cache = createWordCountCache(() => 1);
    const { asked, count } = counter();
    expect(await cache.lookup(['kafka', 'dns'], count)).toEqual({ rows: 100, holding: [5, 3] });
    expect(await cache.lookup(['dns', 'broker', 'kafka'], count)).toEqual({ rows: 100, holding: [3, 6, 5] });
    expect(await cache.lookup(['kafka'], count)).toEqual({ rows: 100, holding: [5] });
    expect(asked).toEqual([['kafka', 'dns'], ['broker']]);
  });

  it('forgets everything after a write here or a commit elsewhere, and keeps nothing while the engine cannot tell', async () => {
    let marker: number | undefined = 1;
    const cache = createWordCountCache(() => marker);
    const { asked, count } = counter();
    await cache.lookup(['kafka'], count);
    cache.clear();
    await cache.lookup(['kafka'], count);
    marker = 2;
    await cache.lookup(['kafka'], count);
    marker = undefined;
    await cache.lookup(['kafka'], count);
    await cache.lookup(['kafka'], count);
    expect(asked).toHaveLength(5);
  });

  it('does not keep counts read while a write ran', async () => {
    const cache = createWordCountCache(() => 1);
    const { asked, count } = counter();
    const slow = (words: readonly string[]) => {
      cache.clear();
      return count(words);
    };
    expect(await cache.lookup(['kafka'], slow)).toEqual({ rows: 100, holding: [5] });
    await cache.lookup(['kafka'], count);
    expect(asked).toEqual([['kafka'], ['kafka']]);
  });
});
