/** The pattern report on the server: the rows the actor may see over the period and the one before, counted at the store's now. */
import { dayOf, periodBounds, previousPeriod, type Period } from '../../knowledge/patterns/period.js';
import { patternReport, periodRows, type PatternReport } from '../../knowledge/patterns/report.js';
import type { PostmortemRow } from '../../knowledge/patterns/rows.js';
import type { Actor, Store } from '../../store/store.types.js';
import { readableIn } from './incident-access.js';

/** The report of the period and the rows under it (the postmortems of the period, for CSV). */
export interface StoredPatternReport {
  report: PatternReport;
  rows: PostmortemRow[];
}

/** The report of `period` for `actor`: restricted postmortems they may not read are not counted at all. */
export async function storedPatternReport(store: Store, actor: Actor, period: Period): Promise<StoredPatternReport> {
  const now = store.now();
  const span = { fromDay: previousPeriod(period).from, untilDay: periodBounds(period).end.slice(0, 10), today: dayOf(now) };
  const data = await store.patternData(actor, span);
  // An incident of a security exposure the actor may not read in full counts by its severity and time, never by its services or failure mode.
  const readable = await readableIn(store, actor, data.incidents);
  const incidents = data.incidents.map((i) => (readable(i) ? i : { ...i, services: [], failureMode: null }));
  const report = patternReport({ source: 'server', period, now, postmortems: data.postmortems, incidents, actionItems: data.actionItems, closingTimesKnown: true });
  return { report, rows: periodRows(data.postmortems, period) };
}
