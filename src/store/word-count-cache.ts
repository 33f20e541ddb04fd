/**
 * How many postmortems hold a word, kept between requests: finding similar postmortems weighs its query words by
 * these counts, and counting a word held by thousands of postmortems costs a millisecond or more. Kept by the rules
 * of the document cache: every write through this store empties it (and counts read while a write ran are not
 * kept), another process's commit changes the engine's marker, and while the engine cannot tell nothing is kept.
 */

/** What the counts are of: how many postmortems there are, and how many of them hold each word. */
export interface WordCounts {
  rows: number;
  holding: number[];
}

/** The cache of one store. */
export interface WordCountCache {
  /** The counts of the words, those not kept asked of `count` (in one call). */
  lookup(words: readonly string[], count: (missing: readonly string[]) => Promise<WordCounts>): Promise<WordCounts>;
  /** Forgets every count (called around every write). */
  clear(): void;
}

/** At most this many words' counts are kept (all are dropped when it is reached). */
const MAX_WORDS = 100_000;

/** A word-count cache; `externalChanges` as for the document cache (document-cache.ts). */
export function createWordCountCache(externalChanges: () => number | undefined): WordCountCache {
  const counts = new Map<string, number>();
  let rows: number | undefined;
  let generation = 0;
  let marker: number | undefined;
  const clear = () => {
    generation += 1;
    counts.clear();
    rows = undefined;
  };
  return {
    async lookup(words, count) {
      const now = externalChanges();
      if (now !== marker || now === undefined) {
        clear();
        marker = now;
      }
      const missing = rows === undefined ? [...words] : words.filter((w) => !counts.has(w));
      if (missing.length > 0) {
        const startedIn = generation;
        const counted = await count(missing);
        // Counted while something changed: answered, not kept (and asked in full when part came from before).
        if (startedIn !== generation || now === undefined || externalChanges() !== now) return missing.length === words.length ? counted : count(words);
        if (counts.size + missing.length > MAX_WORDS) counts.clear();
        missing.forEach((w, i) => counts.set(w, counted.holding[i] ?? 0));
        rows = counted.rows;
      }
      return { rows: rows ?? 0, holding: words.map((w) => counts.get(w) ?? 0) };
    },
    clear,
  };
}
