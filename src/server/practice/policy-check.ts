/** `policy check`: what a policy owes for an incident, and why, without recording anything. */
import type { IncidentFacts, Owed } from '../../core/incident.js';
import { decideOwed } from '../../core/policy/decide.js';
import { readPolicy } from '../../core/policy/policy-document.js';
import type { Store } from '../../store/store.types.js';
import { forPolicy, policyInForce } from './policy-in-force.js';

/** How many earlier incidents of the same failure mode a check reads (the newest: repeats look back weeks). */
const SAME_MODE_READ = 500;

/** A decision as a check explains it: under which version it was made (null: a draft document that is not kept). */
export interface CheckedDecision {
  owed: Owed;
  reasons: string[];
  repeatOf: string[];
  policyVersion: number | null;
}

/** The decision for a recorded incident (by id) or for facts, under the policy in force or under `document`. */
export async function checkPolicy(store: Store, subject: { incidentId: string } | { incident: IncidentFacts }, document?: string): Promise<CheckedDecision> {
  const inForce = await policyInForce(store);
  const policy = document === undefined ? inForce.policy : readPolicy(document);
  const incident = 'incidentId' in subject ? forPolicy(await store.getIncident(subject.incidentId)) : { ...subject.incident, id: 'INC-new' };
  const others = incident.failureMode === null ? [] : (await store.listIncidents({ failureMode: incident.failureMode }, { limit: SAME_MODE_READ })).items.filter((r) => r.id !== incident.id).map(forPolicy);
  return { ...decideOwed(incident, others, policy), policyVersion: document === undefined ? inForce.version : null };
}
