/**
 * The pattern report: what a quarterly review reads aloud about a period's incidents — how many and how severe, what
 * set them off, which factors and services recur, which failures came back, how fast they were detected and
 * resolved against the period before, and what became of the action items. Pure: rows in, a typed report out.
 */
import type { Severity } from '../../core/postmortem.schema.js';
import { actionItemFigures, type ActionItemFigures } from './action-items.js';
import { dayOf, inPeriod, previousPeriod, type Period } from './period.js';
import { repeatsOf, type Repeat } from './repeats.js';
import type { ActionItemRow, IncidentRow, PostmortemRow } from './rows.js';
import { categoryShares, serviceShares, triggerShares, type Share } from './shares.js';
import { timeStats, type TimeStat } from './times.js';
import { counted, listed } from './words.js';

/** What the report is made from. */
export interface PatternInput {
  /** Where the rows come from: a directory of Markdown files or the server's store. */
  source: 'directory' | 'server';
  period: Period;
  /** The clock: overdue is judged on its day. */
  now: number;
  /** The postmortems the reader may see (any period: the report picks this one's and the previous one's). */
  postmortems: readonly PostmortemRow[];
  /** Incident records, or null where the source keeps none (a directory). */
  incidents: readonly IncidentRow[] | null;
  actionItems: readonly ActionItemRow[];
  /** Whether the action items' `closedAt` is recorded (on the server) or not known (in a directory). */
  closingTimesKnown: boolean;
}

/** How many there are in the period, by severity (most severe first, then those with none), and in the previous period. */
export interface SeverityCounts {
  total: number;
  bySeverity: { severity: Severity | 'none'; count: number }[];
  previousTotal: number;
  sentence: string;
}

/**
 * One service's error budget over the period. Reserved for the SLO work (issue 14, point 3): the report leaves this
 * section out until a source fills it; the renderers already show its sentences.
 */
export interface ServiceBudget {
  service: string;
  sentence: string;
}

/** The report of a period. */
export interface PatternReport {
  source: PatternInput['source'];
  period: Period;
  previousPeriod: Period;
  generatedAt: string;
  /** The sentences to read aloud first, in order. */
  headline: string[];
  postmortems: SeverityCounts;
  /** Incident records of the period, where the source keeps them. */
  incidents: SeverityCounts | null;
  /** Postmortems that give no start time, so fall in no period. */
  undated: number;
  triggers: Share[];
  categories: Share[];
  services: Share[];
  repeats: Repeat[];
  times: TimeStat[];
  actionItems: ActionItemFigures;
  budgetByService?: ServiceBudget[];
}

const SEVERITIES: readonly (Severity | 'none')[] = ['SEV1', 'SEV2', 'SEV3', 'SEV4', 'none'];

/** "12 incidents reviewed in this period (2 SEV1, 10 SEV3); 9 in the previous 90 days." */
function severityCounts(rows: readonly { severity: Severity | null }[], previousTotal: number, what: { one: string; many: string }, days: number): SeverityCounts {
  const bySeverity = SEVERITIES.map((severity) => ({ severity, count: rows.filter((r) => (r.severity ?? 'none') === severity).length }));
  const parts = bySeverity.filter((s) => s.count > 0).map((s) => (s.severity === 'none' ? `${s.count} with no severity` : `${s.count} ${s.severity}`));
  const now = rows.length === 0 ? `No ${what.many} in this period` : `${counted(rows.length, what.one, what.many)} in this period (${listed(parts)})`;
  return { total: rows.length, bySeverity, previousTotal, sentence: `${now}; ${previousTotal} in the previous ${days} days.` };
}

/** The pattern report of `input.period`, against the period of the same length before it. */
export function patternReport(input: PatternInput): PatternReport {
  const { period } = input;
  const previous = previousPeriod(period);
  const current = input.postmortems.filter((p) => inPeriod(p.startedAt, period));
  const before = input.postmortems.filter((p) => inPeriod(p.startedAt, previous));
  const incidents = input.incidents?.filter((i) => inPeriod(i.startedAt, period)) ?? null;
  const postmortems = severityCounts(current, before.length, { one: 'incident reviewed', many: 'incidents reviewed' }, period.days);
  const incidentCounts =
    input.incidents === null || incidents === null
      ? null
      : severityCounts(incidents, input.incidents.filter((i) => inPeriod(i.startedAt, previous)).length, { one: 'incident recorded', many: 'incidents recorded' }, period.days);
  const triggers = triggerShares(current);
  const categories = categoryShares(current);
  const services = serviceShares(current);
  const repeats = repeatsOf(current, incidents ?? []);
  const times = timeStats(current, before);
  const actionItems = actionItemFigures(input.actionItems, period, dayOf(input.now), input.closingTimesKnown);
  const leading = (shares: Share[]) => shares.filter((s) => s.count > 0 && s.key !== 'unknown' && s.key !== 'none').slice(0, 1).map((s) => s.sentence);
  const resolve = times.find((t) => t.key === 'resolve');
  const headline = [
    postmortems.sentence,
    ...(incidentCounts === null ? [] : [incidentCounts.sentence]),
    ...(current.length === 0 ? [] : [...leading(triggers), ...leading(categories), ...leading(services)]),
    ...repeats.slice(0, 1).map((r) => r.sentence),
    ...(resolve === undefined || resolve.current.median === null ? [] : [resolve.sentence]),
    ...actionItems.sentences.slice(0, 1),
  ];
  return {
    source: input.source,
    period,
    previousPeriod: previous,
    generatedAt: new Date(input.now).toISOString(),
    headline,
    postmortems,
    incidents: incidentCounts,
    undated: input.postmortems.filter((p) => p.startedAt === null).length,
    triggers,
    categories,
    services,
    repeats,
    times,
    actionItems,
  };
}

/** The rows of the period's postmortems (the report's underlying data), in start order. */
export function periodRows(rows: readonly PostmortemRow[], period: Period): PostmortemRow[] {
  return rows.filter((p) => inPeriod(p.startedAt, period)).sort((a, b) => Date.parse(a.startedAt as string) - Date.parse(b.startedAt as string) || (a.ref < b.ref ? -1 : 1));
}
