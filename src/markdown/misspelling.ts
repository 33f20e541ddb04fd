/** Reading a misspelt name as the one meant ('Atendees', 'Sevrity', 'Timline'), without reading one word as another. */
import { distance } from 'fastest-levenshtein';

/** Names shorter than this are never read as misspelt: 'Stats' is not 'Status', 'Fault' not 'Vault'. */
const MIN_LENGTH = 7;
/** From this length, two slips are allowed ('Lesons lerned'). */
const TWO_SLIPS_LENGTH = 10;

function slipsAllowed(length: number): number {
  if (length < MIN_LENGTH) return 0;
  return length < TWO_SLIPS_LENGTH ? 1 : 2;
}

/**
 * What the one name among `names` that `text` (normalised the same way) misspells stands for: within one
 * edit from 7 letters and two from 10 (at most `maxSlips`), starting with the same letter, and no name of
 * another meaning as close. Null when `text` is too short, or near none or several meanings.
 */
export function misspeltName<T>(text: string, names: readonly (readonly [string, T])[], maxSlips = 2): T | null {
  const allowed = Math.min(slipsAllowed(text.length), maxSlips);
  if (allowed === 0) return null;
  let best: T | null = null;
  let bestDistance = allowed + 1;
  let tie = false;
  for (const [name, meaning] of names) {
    if (name[0] !== text[0] || Math.abs(name.length - text.length) > allowed) continue;
    const d = distance(text, name);
    if (d < bestDistance) {
      best = meaning;
      bestDistance = d;
      tie = false;
    } else if (d === bestDistance && meaning !== best) tie = true;
  }
  return tie ? null : best;
}
