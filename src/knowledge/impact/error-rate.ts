/** Reading the error rate of an incident as written ("12%", "all requests", "1 in 20 checkouts") as a fraction of requests. */

/** An error rate read from text: the fraction of requests that failed, and how the text was read. */
export interface ReadErrorRate {
  fraction: number;
  /** How the number was read, e.g. `"12%" read as 12%`. */
  how: string;
}

const PERCENT = /(\d+(?:[.,]\d+)?)\s*(?:%|percent\b|per\s*cent\b)/gi;
const RATIO = /(\d[\d,]*(?:\.\d+)?)\s+(?:in|of|out\s+of)\s+(?:every\s+)?(\d[\d,]*(?:\.\d+)?)/i;
const EVERYTHING = /\b(all|every|100\s*%|total|full|complete|entire(?:ly)?|hard\s+down)\b/i;
const NOTHING = /^\s*(none|no errors?|zero|nil|0)\s*\.?$/i;

function num(text: string): number {
  return Number(text.replace(/,(?=\d{3}\b)/g, '').replace(',', '.'));
}

/**
 * The fraction of requests that failed according to `text`, or null when the text gives no readable rate. Of
 * several percentages ("rose from 5% to 40%") the largest is taken, the worst the incident reached, and `how` says so.
 */
export function readErrorRate(text: string): ReadErrorRate | null {
  const quoted = JSON.stringify(text.trim());
  const percents = [...text.matchAll(PERCENT)].map((m) => num(m[1] as string)).filter((p) => Number.isFinite(p) && p <= 100);
  if (percents.length > 0) {
    const worst = Math.max(...percents);
    const of = percents.length > 1 ? `, the largest of ${percents.length} percentages written` : '';
    return { fraction: worst / 100, how: `${quoted} read as ${worst}%${of}` };
  }
  const ratio = RATIO.exec(text);
  if (ratio !== null) {
    const [part, whole] = [num(ratio[1] as string), num(ratio[2] as string)];
    if (whole > 0 && part <= whole) return { fraction: part / whole, how: `${quoted} read as ${part} in ${whole}` };
  }
  if (NOTHING.test(text)) return { fraction: 0, how: `${quoted} read as 0%` };
  if (EVERYTHING.test(text)) return { fraction: 1, how: `${quoted} read as 100% (every request failed)` };
  return null;
}

const OUTAGE = /\b(outage|down|unavailable|unreachable|offline)\b/i;
const PARTIAL = /\b(partial|partly|degraded|some|intermittent|elevated|slow)\b/i;

/** Whether prose describes a full outage ("checkout was down"), and not a partial one ("partial outage", "degraded"). */
export function saysFullOutage(text: string): boolean {
  return OUTAGE.test(text) && !PARTIAL.test(text);
}

/** The first percentage written in prose, as a hint of an error rate a writer did not put in its field. */
export function percentIn(text: string): string | null {
  const m = new RegExp(PERCENT.source, 'i').exec(text);
  return m === null ? null : m[0];
}
