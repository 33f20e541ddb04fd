/** The owed-postmortem policy in force: the highest stored version, or the defaults (version 0) until an admin sets one. */
import type { IncidentFacts } from '../../core/incident.js';
import { decideOwed, type IncidentForPolicy } from '../../core/policy/decide.js';
import { DEFAULT_POLICY, readPolicy, type Policy } from '../../core/policy/policy-document.js';
import { DEFAULT_POLICY_YAML } from '../../core/policy/default-policy.yaml.js';
import type { IncidentDecider, IncidentRecord, PolicyVersion, Store } from '../../store/store.types.js';

/** A policy with the version it came from (0: the defaults) and its text. */
export interface PolicyInForce {
  version: number;
  policy: Policy;
  document: string;
}

/** The defaults, as version 0. */
const DEFAULTS: PolicyInForce = { version: 0, policy: DEFAULT_POLICY, document: DEFAULT_POLICY_YAML };

/** A stored version, read (stored versions were checked when they were set). */
function inForce(stored: PolicyVersion | null): PolicyInForce {
  return stored === null ? DEFAULTS : { version: stored.version, policy: readPolicy(stored.document), document: stored.document };
}

/** The policy in force now. */
export async function policyInForce(store: Store): Promise<PolicyInForce> {
  return inForce(await store.currentPolicy());
}

/** The facts of a stored incident as the policy reads them. */
export function forPolicy(record: Pick<IncidentRecord, 'id' | 'facts'>): IncidentForPolicy {
  return { ...record.facts, id: record.id };
}

/** The store's decider under a policy: the decision of decideOwed, stamped with the policy's version. */
export function deciderFor({ policy, version }: Pick<PolicyInForce, 'policy' | 'version'>): IncidentDecider {
  return (incident: IncidentFacts & { id: string }, sameFailureMode) => ({ ...decideOwed(incident, sameFailureMode.map(forPolicy), policy), policyVersion: version });
}
