/**
 * Impact arithmetic: how much of each affected service's error budget an incident used. Pure: a postmortem and the
 * SLOs in, figures out, each figure with the inputs it came from and each gap named instead of guessed.
 */
import { deriveTimes, minutesBetween, type DerivedTime } from '../../core/derived.js';
import type { KeyTimes, Postmortem } from '../../core/postmortem.schema.js';
import { percentIn, readErrorRate, saysFullOutage } from './error-rate.js';
import { sloOf, type Slo } from './slo.js';

/** What the arithmetic reads of a postmortem. */
export type ImpactSource = Pick<Postmortem, 'title' | 'summary' | 'services' | 'times' | 'timeline' | 'impact'>;

/** One affected service: its SLO and what the incident used of its error budget; figures are null where inputs are missing. */
export interface ServiceImpact {
  service: string;
  slo: Slo | null;
  /** Minutes the window holds: window days × 1,440. */
  windowMinutes: number | null;
  /** Minutes of errors the SLO allows per window: window minutes × (100% − target). */
  budgetMinutes: number | null;
  /** 100% × (1 − bad minutes / window minutes), rounded down to 4 decimals (never rounded up to look better). */
  availabilityPercent: number | null;
  /** 100% × bad minutes / budget minutes, rounded up to 1 decimal; above 100 when the incident overspent the budget. */
  budgetConsumedPercent: number | null;
  /** What each figure of this service came from, by figure name. */
  inputs: Record<string, string>;
  /** What to add for the figures left null. */
  missing: string[];
}

/** The impact of one postmortem: the figures shared by its services, then one entry per service. */
export interface ImpactReport {
  /** Minutes from the start of impact to its end (resolved, else mitigated). */
  impactMinutes: number | null;
  /** Percent of requests that failed, as read from `impact.errorRate` or assumed (see `assumptions`). */
  errorPercent: number | null;
  /** Impact minutes × error percent: minutes of full unavailability the incident amounts to, to 2 decimals. */
  badMinutes: number | null;
  /** The SLA figures exactly as written in the document, for comparison; never used in the arithmetic. */
  sla: { target: string | null; achieved: string | null };
  /** What each shared figure came from, by figure name. */
  inputs: Record<string, string>;
  /** Assumptions taken where the document left something open (e.g. a full outage read from its prose). */
  assumptions: string[];
  /** What to add to the document for the figures left null. */
  missing: string[];
  services: ServiceImpact[];
}

/** How figures are rounded, stated with every report. */
export const ROUNDING = 'bad and budget minutes to 2 decimals; availability rounded down to 4 decimals; budget consumed rounded up to 1 decimal';

const MINUTES_PER_DAY = 1440;

/** The error budget of one window, unrounded: window minutes × (100% − target). */
function exactBudgetMinutes(slo: Slo): number {
  return (slo.windowDays * MINUTES_PER_DAY * (100 - slo.targetPercent)) / 100;
}

/** Rounds to `places` decimals in the given direction, ignoring floating-point dust below 1e-9. */
function rounded(value: number, places: number, how: 'near' | 'down' | 'up' = 'near'): number {
  const f = 10 ** places;
  const x = value * f;
  const r = how === 'down' ? Math.floor(x + 1e-9) : how === 'up' ? Math.ceil(x - 1e-9) : Math.round(x);
  return r / f;
}

/** A figure for a sentence: at most the decimals it has. */
function fig(n: number): string {
  return String(rounded(n, 4));
}

/** Where a key time came from: written in the document, or taken from a timeline event. */
function timeSource(key: keyof KeyTimes, written: string | null, derived: DerivedTime | null): string | null {
  if (written !== null) return `times.${key} ${written} (written)`;
  if (derived !== null) return `times.${key} ${derived.at} (from timeline event ${derived.from.index}: ${JSON.stringify(derived.from.text)})`;
  return null;
}

/** The span of impact: from the start to resolution, else to mitigation, with where each end came from. */
function impactSpan(pm: ImpactSource): { minutes: number | null; input: string | null; missing: string | null } {
  const derived = deriveTimes(pm);
  const at = (key: keyof KeyTimes) => pm.times[key] ?? derived[key]?.at ?? null;
  const start = timeSource('startedAt', pm.times.startedAt, derived.startedAt);
  if (start === null) return { minutes: null, input: null, missing: 'times.startedAt: write when impact began (or a timeline event marking it)' };
  const endKey: keyof KeyTimes | null = at('resolvedAt') !== null ? 'resolvedAt' : at('mitigatedAt') !== null ? 'mitigatedAt' : null;
  if (endKey === null) return { minutes: null, input: null, missing: 'times.resolvedAt (or times.mitigatedAt): write when impact ended' };
  const end = timeSource(endKey, pm.times[endKey], derived[endKey]) as string;
  const minutes = minutesBetween(at('startedAt'), at(endKey));
  if (minutes === null) return { minutes: null, input: null, missing: `times.${endKey} is before times.startedAt: correct one of them` };
  const fallback = endKey === 'mitigatedAt' ? ' (no resolution time, so impact is counted to mitigation)' : '';
  return { minutes, input: `${start} to ${end}, whole minutes${fallback}`, missing: null };
}

/** The error percent: as written in impact.errorRate, else a full outage when the prose says so; with inputs, assumptions and gaps. */
function errorShare(pm: ImpactSource): { percent: number | null; input: string | null; assumption: string | null; missing: string | null } {
  const written = pm.impact.errorRate?.trim() ?? '';
  if (written !== '') {
    const read = readErrorRate(written);
    if (read !== null) return { percent: rounded(read.fraction * 100, 6), input: `impact.errorRate ${read.how}`, assumption: null, missing: null };
    return { percent: null, input: null, assumption: null, missing: `impact.errorRate ${JSON.stringify(written)} gives no rate: write a percentage such as "12%", "1 in 20 requests" or "all requests"` };
  }
  const prose = [['title', pm.title], ['summary', pm.summary], ['impact', pm.impact.text]] as const;
  const outage = prose.find(([, text]) => saysFullOutage(text));
  if (outage !== undefined) {
    const assumption = `impact.errorRate is empty and the ${outage[0]} describes an outage, so every request is assumed to have failed (100%); write impact.errorRate if it was partial`;
    return { percent: 100, input: `assumed 100% (full outage described in the ${outage[0]})`, assumption, missing: null };
  }
  const hint = percentIn(pm.impact.text) ?? percentIn(pm.summary);
  const seen = hint === null ? '' : ` (the prose mentions ${JSON.stringify(hint)})`;
  return { percent: null, input: null, assumption: null, missing: `impact.errorRate: write the share of requests that failed, e.g. "12%" or "all requests"${seen}` };
}

/** What one service's budget figures come to, given the incident's bad minutes. */
function serviceImpact(service: string, slo: Slo | null, badMinutes: number | null): ServiceImpact {
  const none = { windowMinutes: null, budgetMinutes: null, availabilityPercent: null, budgetConsumedPercent: null };
  if (slo === null) {
    return { service, slo, ...none, inputs: {}, missing: [`an SLO for ${service}: debrief slo set ${service} --target 99.9 --window 30d (or an entry in slos.yaml)`] };
  }
  const windowMinutes = slo.windowDays * MINUTES_PER_DAY;
  const exactBudget = exactBudgetMinutes(slo);
  const budgetMinutes = rounded(exactBudget, 2);
  const sloText = `SLO of ${slo.service}: ${fig(slo.targetPercent)}% over ${slo.windowDays} days`;
  const inputs: Record<string, string> = {
    windowMinutes: `${slo.windowDays} days × 1440 (${sloText})`,
    budgetMinutes: `${windowMinutes} window minutes × (100% − ${fig(slo.targetPercent)}%)`,
  };
  if (badMinutes === null) return { service, slo, ...none, windowMinutes, budgetMinutes, inputs, missing: ['bad minutes (see the missing inputs of the incident)'] };
  inputs.availabilityPercent = `100% × (1 − ${fig(badMinutes)} bad minutes / ${windowMinutes} window minutes), counting this incident alone`;
  inputs.budgetConsumedPercent = `100% × ${fig(badMinutes)} bad minutes / ${fig(budgetMinutes)} budget minutes`;
  return {
    service,
    slo,
    windowMinutes,
    budgetMinutes,
    availabilityPercent: rounded(100 * (1 - badMinutes / windowMinutes), 4, 'down'),
    budgetConsumedPercent: rounded((100 * badMinutes) / exactBudget, 1, 'up'),
    inputs,
    missing: [],
  };
}

/** The impact of a postmortem on the error budgets of the services it lists, against the SLOs given. */
export function computeImpact(pm: ImpactSource, slos: readonly Slo[]): ImpactReport {
  const span = impactSpan(pm);
  const share = errorShare(pm);
  const inputs: Record<string, string> = { rounding: ROUNDING };
  if (span.input !== null) inputs.impactMinutes = span.input;
  if (share.input !== null) inputs.errorPercent = share.input;
  const badMinutes = span.minutes === null || share.percent === null ? null : rounded((span.minutes * share.percent) / 100, 2);
  if (badMinutes !== null) inputs.badMinutes = `${span.minutes} impact minutes × ${fig(share.percent as number)}% errors`;
  const missing = [span.missing, share.missing].filter((m): m is string => m !== null);
  if (pm.services.length === 0) missing.push('services: list the services the incident affected');
  const services = [...new Map(pm.services.map((s) => [s.trim().toLowerCase(), s.trim()])).values()].filter((s) => s !== '');
  return {
    impactMinutes: span.minutes,
    errorPercent: share.percent,
    badMinutes,
    sla: { target: pm.impact.slaTarget, achieved: pm.impact.slaAchieved },
    inputs,
    assumptions: share.assumption === null ? [] : [share.assumption],
    missing,
    services: services.map((s) => serviceImpact(s, sloOf(slos, s), badMinutes)),
  };
}

/** One service's budget over a period: its SLO, the incidents that touched it and what they used together. */
export interface ServiceBudget {
  service: string;
  slo: Slo | null;
  /** Postmortems that list the service. */
  incidents: number;
  /** Of those, how many lack the inputs for bad minutes (their minutes are not in the sum). */
  unmeasured: number;
  badMinutes: number;
  /** One window's error budget; null without an SLO. */
  budgetMinutes: number | null;
  /** 100% × bad minutes / one window's budget, rounded up to 1 decimal; null without an SLO. */
  consumedPercent: number | null;
}

/**
 * Error budget used per service by the postmortems of a period, largest share first (services with no SLO last, by
 * name). The share is of one window's budget: a quarter's incidents against a 30-day SLO can exceed 100%.
 */
export function budgetByService(rows: readonly ImpactSource[], slos: readonly Slo[]): ServiceBudget[] {
  const byKey = new Map<string, ServiceBudget>();
  for (const row of rows) {
    const report = computeImpact(row, slos);
    for (const s of report.services) {
      const key = s.service.toLowerCase();
      const entry = byKey.get(key) ?? { service: s.slo?.service ?? s.service, slo: s.slo, incidents: 0, unmeasured: 0, badMinutes: 0, budgetMinutes: s.budgetMinutes, consumedPercent: null };
      entry.incidents += 1;
      if (report.badMinutes === null) entry.unmeasured += 1;
      else entry.badMinutes = rounded(entry.badMinutes + report.badMinutes, 2);
      byKey.set(key, entry);
    }
  }
  const out = [...byKey.values()].map((e) => ({ ...e, consumedPercent: e.slo === null ? null : rounded((100 * e.badMinutes) / exactBudgetMinutes(e.slo), 1, 'up') }));
  return out.sort((a, b) => (b.consumedPercent ?? -1) - (a.consumedPercent ?? -1) || a.service.localeCompare(b.service));
}
