/** Multi-word phrases found in token sequences, word by word, in one pass per sentence. */
import type { Token } from './tokens.js';

/** Phrases grouped by their first word. */
export type PhraseIndex = ReadonlyMap<string, readonly (readonly string[])[]>;

/** Indexes lower-case phrases ("dropped the ball") by their first word. */
export function phraseIndex(phrases: readonly string[]): PhraseIndex {
  const index = new Map<string, string[][]>();
  for (const phrase of phrases) {
    const parts = phrase.split(' ');
    const first = parts[0] ?? '';
    const group = index.get(first);
    if (group) group.push(parts);
    else index.set(first, [parts]);
  }
  return index;
}

/** The number of tokens of the longest phrase of `index` that starts at token `i` (punctuation never matches), or 0. */
export function phraseAt(tokens: readonly Token[], i: number, index: PhraseIndex): number {
  const first = tokens[i];
  if (first === undefined || !first.isWord) return 0;
  let best = 0;
  for (const parts of index.get(first.lower) ?? []) {
    if (parts.length <= best) continue;
    let k = 1;
    while (k < parts.length && tokens[i + k]?.lower === parts[k]) k++;
    if (k === parts.length) best = k;
  }
  return best;
}

/** The first phrase of `index` in tokens `from`..`to` (exclusive): its first token and length, or null. */
export function findPhrase(tokens: readonly Token[], index: PhraseIndex, from = 0, to = tokens.length): { at: number; length: number } | null {
  for (let i = from; i < to; i++) {
    const length = phraseAt(tokens, i, index);
    if (length > 0 && i + length <= to) return { at: i, length };
  }
  return null;
}
