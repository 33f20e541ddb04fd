/**
 * Incidents as the practice runs them: recorded and decided by the policy in force; an owed postmortem drafted at
 * once from the right template, pre-filled from the incident (restricted when security was exposed), with a
 * repeat's earlier incidents linked to it; waived by an admin with a reason; shown with their deadlines.
 */
import type { AuditSource } from '../../core/audit.js';
import type { Deadlines, IncidentFacts, Owed, Waiver } from '../../core/incident.js';
import { deadlinesFor, type PostmortemProgress } from '../../core/policy/deadlines.js';
import type { Policy } from '../../core/policy/policy-document.js';
import type { Postmortem } from '../../core/postmortem.schema.js';
import { templatePostmortem } from '../../markdown/templates.js';
import type { Actor, IncidentRecord, Store } from '../../store/store.types.js';
import { deciderFor, policyInForce } from './policy-in-force.js';
import { readablePostmortem } from './readable-postmortem.js';

/** Who reads a linked postmortem's progress for the deadlines: every postmortem, restricted or not (only its status and dates leave). */
const PROGRESS_READER: Actor = { userId: 'debrief:practice', email: 'practice@debrief.invalid', role: 'admin' };

/** An incident as the API and the app show it: its record, and where its deadlines stand now. */
export interface IncidentView extends IncidentRecord {
  /** The deadlines of the owed postmortem (null when none is owed, or it was waived). */
  deadlines: Deadlines | null;
  /** True when what only its readers may see is withheld (a security incident: see incident-access.ts). */
  redacted: boolean;
}

/** How far a postmortem has come, as the deadlines read it. */
export function progressOf(pm: Postmortem): PostmortemProgress {
  return { status: pm.status, drafted: pm.status !== 'draft' || pm.summary.trim() !== '', meetingAt: pm.review.meetingAt };
}

/** The progress of the postmortem an incident links to, or null (none linked, or deleted since). */
async function linkedProgress(store: Store, postmortemId: string | null): Promise<PostmortemProgress | null> {
  const pm = postmortemId === null ? null : await readablePostmortem(store, PROGRESS_READER, postmortemId);
  return pm === null ? null : progressOf(pm);
}

/** An incident with its deadlines as they stand at the store's now. */
export async function incidentView(store: Store, record: IncidentRecord, policy: Policy): Promise<IncidentView> {
  const owed: Owed = record.waiver === null ? record.owed : 'none';
  const deadlines = owed === 'none' ? null : deadlinesFor(record.facts, owed, await linkedProgress(store, record.postmortemId), policy, store.now());
  return { ...record, deadlines, redacted: false };
}

/** The draft an owed incident gets: the template of its depth, with its title, severity, times, services and teams. */
function draftOf(record: IncidentRecord): Postmortem {
  const { facts } = record;
  const pm = templatePostmortem({ severity: facts.severity, kind: record.owed === 'lightweight' ? 'lightweight' : 'full', title: facts.title, started: facts.startedAt, resolved: facts.resolvedAt });
  pm.services = [...facts.services];
  pm.teams = [...facts.teams];
  // A postmortem of a security exposure is seen only by its members and admins until someone decides otherwise.
  pm.restricted = facts.securityExposure;
  pm.extraFrontMatter = { incidents: [...record.repeatOf, record.id] };
  return pm;
}

/**
 * Drafts the owed postmortem of an incident that has none (and is not waived), links it, and links the earlier
 * incidents of a repeat that have no postmortem of their own; the record as it is then.
 */
async function draftIfOwed(store: Store, actor: Actor, record: IncidentRecord, policy: Policy): Promise<IncidentRecord> {
  if (record.owed === 'none' || record.waiver !== null || record.postmortemId !== null) return record;
  const stored = await store.createPostmortem(actor, draftOf(record));
  const decide = deciderFor({ version: record.policyVersion, policy });
  for (const earlier of record.repeatOf) {
    const other = await store.getIncident(earlier);
    if (other.postmortemId === null) await store.updateIncident(actor, earlier, null, { postmortemId: stored.id, note: `postmortem ${stored.id} (the repeat of ${record.id})` }, decide);
  }
  return store.updateIncident(actor, record.id, null, { postmortemId: stored.id, note: `postmortem ${stored.id} drafted (${record.owed})` }, decide);
}

/** Records an incident under the policy in force, drafting the postmortem it owes. */
export async function recordIncident(store: Store, actor: Actor, facts: IncidentFacts): Promise<IncidentView> {
  const inForce = await policyInForce(store);
  const record = await store.createIncident(actor, facts, deciderFor(inForce));
  return incidentView(store, await draftIfOwed(store, actor, record, inForce.policy), inForce.policy);
}

/** Changes an incident's facts (decided again under the policy in force), drafting a postmortem if one is now owed. */
export async function changeIncident(store: Store, actor: Actor, id: string, expectedVersion: number | null, facts: IncidentFacts): Promise<IncidentView> {
  const inForce = await policyInForce(store);
  const record = await store.updateIncident(actor, id, expectedVersion, { facts }, deciderFor(inForce));
  return incidentView(store, await draftIfOwed(store, actor, record, inForce.policy), inForce.policy);
}

/** Links an incident to the postmortem that answers it (one the actor may see), or unlinks it with null. */
export async function linkPostmortem(store: Store, actor: Actor, id: string, expectedVersion: number | null, postmortemId: string | null): Promise<IncidentView> {
  if (postmortemId !== null) await store.getPostmortem(actor, postmortemId);
  const inForce = await policyInForce(store);
  const record = await store.updateIncident(actor, id, expectedVersion, { postmortemId }, deciderFor(inForce));
  return incidentView(store, record, inForce.policy);
}

/** Waives the postmortem an incident owes, with a reason (or withdraws the waiver with null); admins. Audited. */
export async function waiveIncident(store: Store, actor: Actor, by: AuditSource, id: string, reason: string | null): Promise<IncidentView> {
  const inForce = await policyInForce(store);
  const waiver: Waiver | null = reason === null ? null : { reason, by: actor.email.toLowerCase(), at: new Date(store.now()).toISOString() };
  const record = await store.updateIncident(actor, id, null, { waiver }, deciderFor(inForce));
  await store.recordAudit({ action: reason === null ? 'incident.waiver_withdrawn' : 'incident.waived', by, target: id, ...(reason === null ? {} : { details: { reason } }) });
  return incidentView(store, reason === null ? await draftIfOwed(store, actor, record, inForce.policy) : record, inForce.policy);
}
