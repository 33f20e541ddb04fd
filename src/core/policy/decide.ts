/**
 * Whether a postmortem is owed for an incident, and of what depth, with every reason in words. The rules, in
 * order (docs/process.md): a repeat owes a full postmortem; else any trigger owes one of the depth of the
 * severity; else none, with the skips that apply or what is not known.
 */
import type { IncidentFacts, Owed } from '../incident.js';
import type { Severity } from '../postmortem.schema.js';
import { durationInWords, parseDuration } from './durations.js';
import type { Policy } from './policy-document.js';

/** An incident as the policy reads it: its facts and its id (which names it in a repeat's reason). */
export interface IncidentForPolicy extends IncidentFacts {
  id: string;
}

/** What the policy owes for an incident, and why. */
export interface Decision {
  owed: Owed;
  /** Short sentences, one per rule that applied, e.g. "customer-visible impact 42 min ≥ 15 min". */
  reasons: string[];
  /** The other incidents of a repeat, oldest first. */
  repeatOf: string[];
}

const MINUTE_MS = 60_000;

/** 1st, 2nd, 3rd, 4th … 11th, 12th, 13th … 21st. */
function ordinal(n: number): string {
  const lastTwo = n % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

/** How a service or team name is compared: trimmed, case-insensitive. */
function nameKey(name: string): string {
  return name.trim().toLowerCase();
}

/** The names once each (compared case-insensitively), in their first spelling and order. */
function distinctNames(names: readonly string[]): string[] {
  const seen = new Set<string>();
  return names.filter((name) => {
    const key = nameKey(name);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Rule 1: the decision for the count-th incident with a shared service and the same failure mode within the window, or null. */
function repeatDecision(incident: IncidentForPolicy, others: readonly IncidentForPolicy[], policy: Policy): Decision | null {
  const { count, within } = policy.owed.repeats;
  const { failureMode, startedAt } = incident;
  if (count === null || failureMode === null || startedAt === null || incident.services.length === 0) return null;
  const start = Date.parse(startedAt);
  const windowStart = start - parseDuration(within);
  const services = new Set(incident.services.map(nameKey));
  const earlier = others
    .flatMap((other) => (other.startedAt === null ? [] : [{ other, at: Date.parse(other.startedAt) }]))
    .filter(({ other, at }) => other.id !== incident.id && other.failureMode === failureMode && at >= windowStart && at <= start && other.services.some((s) => services.has(nameKey(s))))
    .sort((a, b) => a.at - b.at || (a.other.id < b.other.id ? -1 : 1))
    .map(({ other }) => other);
  if (earlier.length + 1 < count) return null;
  const shared = distinctNames(incident.services).filter((service) => earlier.some((other) => other.services.some((s) => nameKey(s) === nameKey(service))));
  const ids = earlier.map((other) => other.id);
  return {
    owed: 'full',
    reasons: [`${ordinal(earlier.length + 1)} incident with failure mode ${failureMode} on ${shared.join(', ')} within ${durationInWords(within)} (${ids.join(', ')})`],
    repeatOf: ids,
  };
}

/** Rule 2: a reason for each trigger of the policy that applies. */
function triggerReasons(incident: IncidentForPolicy, others: readonly IncidentForPolicy[], triggers: Policy['owed']['triggers']): string[] {
  const reasons: string[] = [];
  const impact = incident.customerImpactMinutes;
  if (triggers.customerImpactMinutes !== null && impact !== null && impact >= triggers.customerImpactMinutes) reasons.push(`customer-visible impact ${impact} min ≥ ${triggers.customerImpactMinutes} min`);
  if (triggers.slaBreached && incident.slaBreached) reasons.push('SLA breached');
  if (triggers.dataLoss && incident.dataLoss) reasons.push('data loss');
  if (triggers.securityExposure && incident.securityExposure) reasons.push('security exposure');
  if (triggers.escalated && incident.escalated) reasons.push('escalated');
  const teams = distinctNames(incident.teams);
  if (triggers.teams !== null && teams.length >= triggers.teams) reasons.push(`${teams.length} team${teams.length === 1 ? '' : 's'} involved (${teams.join(', ')}) ≥ ${triggers.teams}`);
  if (triggers.nearMiss && incident.nearMiss) reasons.push('near miss');
  const { failureMode } = incident;
  if (triggers.newFailureMode && failureMode !== null && !others.some((other) => other.id !== incident.id && other.failureMode === failureMode)) reasons.push(`failure mode ${failureMode} never seen before`);
  return reasons;
}

/** The depth a trigger owes at a severity, and the reason that says so. */
function depthOf(severity: Severity | null, depth: Policy['owed']['depth']): { owed: Owed; reason: string } {
  if (severity === null) return { owed: depth.unknownSeverity, reason: `severity not recorded: ${depth.unknownSeverity} postmortem` };
  const owed = depth.full.includes(severity) ? 'full' : 'lightweight';
  return { owed, reason: `${severity}: ${owed} postmortem` };
}

/** Rule 3: a reason for each skip of the policy that applies. */
function skipReasons(incident: IncidentForPolicy, skips: Policy['owed']['skips']): string[] {
  const reasons: string[] = [];
  if (skips.underMinutes !== null && incident.startedAt !== null && incident.resolvedAt !== null) {
    const lasted = Date.parse(incident.resolvedAt) - Date.parse(incident.startedAt);
    if (lasted >= 0 && lasted < skips.underMinutes * MINUTE_MS) reasons.push(`lasted ${Math.floor(lasted / MINUTE_MS)} min < ${skips.underMinutes} min`);
  }
  if (skips.autoResolved && incident.autoResolved) reasons.push('auto-resolved');
  if (skips.noCustomerImpact && incident.customerImpactMinutes === 0) reasons.push('no customer impact');
  return reasons;
}

/** The facts a switched-on trigger or repeats would read that the incident does not have. */
function unknownFacts(incident: IncidentForPolicy, policy: Policy): string[] {
  const { triggers, repeats } = policy.owed;
  const repeatsOn = repeats.count !== null;
  const unknown: [boolean, string][] = [
    [triggers.customerImpactMinutes !== null && incident.customerImpactMinutes === null, 'customer impact not recorded'],
    [triggers.teams !== null && incident.teams.length === 0, 'teams not recorded'],
    [(repeatsOn || triggers.newFailureMode) && incident.failureMode === null, 'failure mode not recorded'],
    [repeatsOn && incident.services.length === 0, 'services not recorded'],
    [repeatsOn && incident.startedAt === null, 'start not recorded'],
  ];
  return unknown.filter(([missing]) => missing).map(([, reason]) => reason);
}

/**
 * Decides whether a postmortem is owed for `incident` under `policy`; `others` are the incidents to compare it
 * with for repeats and new failure modes (the incident itself among them is ignored).
 */
export function decideOwed(incident: IncidentForPolicy, others: readonly IncidentForPolicy[], policy: Policy): Decision {
  const repeat = repeatDecision(incident, others, policy);
  if (repeat !== null) return repeat;
  const triggered = triggerReasons(incident, others, policy.owed.triggers);
  if (triggered.length > 0) {
    const depth = depthOf(incident.severity, policy.owed.depth);
    return { owed: depth.owed, reasons: [...triggered, depth.reason], repeatOf: [] };
  }
  const skipped = skipReasons(incident, policy.owed.skips);
  return { owed: 'none', reasons: skipped.length > 0 ? skipped : ['no trigger of the policy applies', ...unknownFacts(incident, policy)], repeatOf: [] };
}
