/** "Human error" and its synonyms: a label for who, never an explanation of why. */

const SOURCE = String.raw`\b(?:human|operator|operational|user|personnel|engineer|pilot|manual) (?:errors?|mistakes?)\b`;

/** Matches "human error", "operator error", "user error", "engineer error" and the like (global, case-insensitive). */
export const HUMAN_ERROR = new RegExp(SOURCE, 'gi');

const ONCE = new RegExp(SOURCE, 'i');

/** The "human error" phrase the text gives, or null when it gives none. */
export function humanErrorIn(text: string): string | null {
  return ONCE.exec(text)?.[0] ?? null;
}
