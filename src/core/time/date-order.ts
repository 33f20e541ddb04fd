/** Inferring whether a document writes numeric dates day first or month first. */
import type { DateOrder } from './dates.js';

const MAX_LINE = 10_000;
/** A cheap test that rules out most lines before the full pattern runs. */
const MAY_HOLD_DATE = /\d[-/.]\d/;
/** Two numbers and a year, not inside a longer run of digits (so not the tail of an ISO date or a version). */
const NUMERIC_DATE = /(?<![\d.])(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})(?!\d|[/.]\d)/g;

/**
 * The day/month order the texts use, from numeric dates whose first number is above 12 ('dmy')
 * or whose second is ('mdy'); null when no date tells or the texts disagree.
 */
export function inferDateOrder(texts: readonly string[]): DateOrder | null {
  let dmy = false;
  let mdy = false;
  for (const text of texts) {
    // MAY_HOLD_DATE never spans a line break: a text that fails it has no line that passes.
    if (!MAY_HOLD_DATE.test(text)) continue;
    for (const line of text.split('\n')) {
      if (line.length > MAX_LINE || !MAY_HOLD_DATE.test(line)) continue;
      for (const m of line.matchAll(NUMERIC_DATE)) {
        if (m[2] === '.' && m[4]?.length !== 4) continue;
        const first = Number(m[1]);
        const second = Number(m[3]);
        if (first > 12 && second <= 12) dmy = true;
        else if (second > 12 && first <= 12) mdy = true;
      }
    }
  }
  if (dmy === mdy) return null;
  return dmy ? 'dmy' : 'mdy';
}
