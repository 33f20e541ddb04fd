/** Phrasal verbs: whether the particle a verb needs ("shut … down", "mess … up") follows it within a few words. */
import { NONE, type Token } from './tokens.js';

/** How far after its verb a particle may stand ("turned the alerts off"). */
const REACH = 4;

/** True when one of the words that `pairs` gives the verb at `j` follows it within a few words. */
export function pairedWordFollows(tokens: readonly Token[], j: number, pairs: ReadonlyMap<string, ReadonlySet<string>>): boolean {
  const words = pairs.get((tokens[j] ?? NONE).lower);
  if (words === undefined) return false;
  for (let k = j + 1; k <= j + REACH && k < tokens.length; k++) if (words.has((tokens[k] ?? NONE).word)) return true;
  return false;
}

/** True when the verb at `j` needs no particle from `pairs`, or has the one it needs. */
export function particleOk(tokens: readonly Token[], j: number, pairs: ReadonlyMap<string, ReadonlySet<string>>): boolean {
  return !pairs.has((tokens[j] ?? NONE).lower) || pairedWordFollows(tokens, j, pairs);
}
