/**
 * Who sees an incident in full. An incident of a security exposure (its postmortem is drafted restricted) is seen in
 * full only by admins, by whoever recorded it and by those who may read the postmortem that answers it. Anyone else
 * finds it in lists redacted, so that counts and deadlines stay true: its id, severity, times, flags, what it owes and
 * its deadlines, but no title, services, teams, failure mode, reasons, repeats, postmortem or waiver reason. By its id
 * it is not found, as a restricted postmortem is not. Nor is it named as the earlier incident of a repeat.
 */
import { canSeeAllRestricted } from '../../core/access.js';
import { NotFoundError } from '../../core/errors.js';
import { incidentNotFound } from '../../store/incidents.js';
import type { Actor, IncidentRecord, Store } from '../../store/store.types.js';
import type { IncidentView } from './incidents.js';

/** The title a redacted incident shows. */
export const REDACTED_TITLE = 'Restricted incident';

/** What a redacted incident's waiver says in place of its reason. */
const WITHHELD = 'withheld (a restricted incident)';

/** What deciding whether an incident is readable in full reads of it. */
type AccessFacts = Pick<IncidentRecord, 'createdBy' | 'postmortemId'> & { facts: Pick<IncidentRecord['facts'], 'securityExposure'> };

/** A test of which of `records` the actor may read in full (one query for the postmortems they link). */
export async function readableIn<R extends AccessFacts>(store: Store, actor: Actor, records: readonly R[]): Promise<(record: R) => boolean> {
  if (canSeeAllRestricted(actor.role)) return () => true;
  const me = actor.email.toLowerCase();
  const open = (record: R) => !record.facts.securityExposure || record.createdBy === me;
  const linked = records.flatMap((record) => (open(record) || record.postmortemId === null ? [] : [record.postmortemId]));
  const visible = await store.visiblePostmortems(actor, linked);
  return (record) => open(record) || (record.postmortemId !== null && visible.has(record.postmortemId));
}

/** An incident with what only its readers may see withheld. */
function redacted(view: IncidentView): IncidentView {
  return {
    ...view,
    facts: { ...view.facts, title: REDACTED_TITLE, services: [], teams: [], failureMode: null },
    reasons: [],
    repeatOf: [],
    postmortemId: null,
    waiver: view.waiver === null ? null : { ...view.waiver, reason: WITHHELD },
    redacted: true,
  };
}

/** What a repeat names in place of an incident the reader may not read. */
const UNNAMED_REPEAT = 'a restricted incident';

/** The records of incidents by id (those gone since are left out). */
async function recordsOf(store: Store, ids: Iterable<string>): Promise<IncidentRecord[]> {
  const records: IncidentRecord[] = [];
  for (const id of ids) {
    try {
      records.push(await store.getIncident(id));
    } catch (error) {
      if (!(error instanceof NotFoundError)) throw error;
    }
  }
  return records;
}

/**
 * A decision (or an incident) with its repeats as the actor may see them: an earlier incident they may not read in
 * full is named nowhere, neither in `repeatOf` nor in the reasons ("… (INC-3, a restricted incident)"), so that a
 * repeat does not tell them that a security incident shared a service and a failure mode.
 */
export async function repeatsSeenBy<T extends { reasons: string[]; repeatOf: string[] }>(store: Store, actor: Actor, decisions: readonly T[]): Promise<T[]> {
  const ids = new Set(decisions.flatMap((d) => d.repeatOf));
  if (ids.size === 0 || canSeeAllRestricted(actor.role)) return [...decisions];
  const records = await recordsOf(store, ids);
  const readable = await readableIn(store, actor, records);
  const hidden = new Set(records.filter((r) => !readable(r)).map((r) => r.id));
  if (hidden.size === 0) return [...decisions];
  const unnamed = (text: string) => text.replace(/\bINC-\d+\b/g, (id) => (hidden.has(id) ? UNNAMED_REPEAT : id));
  return decisions.map((d) => ({ ...d, repeatOf: d.repeatOf.filter((id) => !hidden.has(id)), reasons: d.reasons.map(unnamed) }));
}

/** Incidents as the actor may see them: each in full (its repeats as they may see them), or redacted. */
export async function incidentsSeenBy(store: Store, actor: Actor, views: readonly IncidentView[]): Promise<IncidentView[]> {
  const readable = await readableIn(store, actor, views);
  return repeatsSeenBy(store, actor, views.map((view) => (readable(view) ? view : redacted(view))));
}

/** One incident as the actor may see it: in full, or redacted. */
export async function incidentSeenBy(store: Store, actor: Actor, view: IncidentView): Promise<IncidentView> {
  return (await incidentsSeenBy(store, actor, [view]))[0] as IncidentView;
}

/** True when the actor may read the incident in full. */
export async function mayReadIncident(store: Store, actor: Actor, record: IncidentRecord): Promise<boolean> {
  return (await readableIn(store, actor, [record]))(record);
}

/** The incident, when the actor may read it in full; NotFoundError otherwise, the same as for an id that does not exist. */
export async function readableIncident(store: Store, actor: Actor, id: string): Promise<IncidentRecord> {
  const record = await store.getIncident(id);
  if (!(await mayReadIncident(store, actor, record))) throw incidentNotFound(id);
  return record;
}
