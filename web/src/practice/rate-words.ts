/** The completion rate in words, as the dashboard says it. */
import type { Rate } from '../../../src/core/completion-rate.js';

/** A share as a whole percentage: "67%". */
export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** "67% — 8 of 12 due items closed on time", or that nothing was due. */
export function rateSentence(rate: Rate): string {
  if (rate.rate === null) return 'Nothing was due yet: no rate to show.';
  return `${percent(rate.rate)} — ${rate.closedOnTime} of ${rate.due} due item${rate.due === 1 ? '' : 's'} closed on time`;
}

/** "8 of 12", or "nothing due". */
export function rateParts(rate: Rate): string {
  return rate.rate === null ? 'nothing due' : `${rate.closedOnTime} of ${rate.due}`;
}

/** How many whole days a window spans (from, to: UTC instants). */
export function windowDays(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
}
