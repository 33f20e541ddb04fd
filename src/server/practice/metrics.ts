/** The action-item completion rate as the policy in force defines it (window, verification, alarm line), at the store's now. */
import { completionReport, readSince, type CompletionReport } from '../../core/completion-rate.js';
import { parseDuration } from '../../core/policy/durations.js';
import type { Store } from '../../store/store.types.js';
import { derivedOnce } from './derived-cache.js';
import { policyInForce } from './policy-in-force.js';

/** Which items a report counts: all, one team's (as postmortems list it, any case), or one owner's. */
export interface MetricsFilter {
  team?: string;
  owner?: string;
}

/** The completion report of the items the filter keeps (computed once per change of the store and minute: see derived-cache.ts). */
export function actionItemMetrics(store: Store, filter: MetricsFilter = {}): Promise<CompletionReport> {
  return derivedOnce(store, `completion|${filter.team?.trim().toLowerCase() ?? ''}|${filter.owner?.trim().toLowerCase() ?? ''}`, () => computeMetrics(store, filter));
}

/** The completion report of the items the filter keeps, computed now. */
async function computeMetrics(store: Store, filter: MetricsFilter): Promise<CompletionReport> {
  const { policy } = await policyInForce(store);
  const settings = { now: store.now(), windowMs: parseDuration(policy.completion.window), requireVerification: policy.actionItems.requireVerification, alarmBelow: policy.completion.alarmBelow };
  const team = filter.team?.trim().toLowerCase();
  const owner = filter.owner?.trim().toLowerCase();
  const items = (await store.actionItemTimes(readSince(settings), new Date(settings.now).toISOString().slice(0, 10))).filter((item) => (team === undefined || item.teams.includes(team)) && (owner === undefined || item.owner?.trim().toLowerCase() === owner));
  return completionReport(items, settings);
}
