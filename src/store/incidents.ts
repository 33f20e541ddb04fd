/**
 * Incidents: recorded (numbered INC-1, INC-2…), changed with optimistic concurrency, linked to the postmortem that
 * answers them, waived. The policy's decision is made by the caller's `decide`, inside the write's transaction,
 * from the incidents of the same failure mode that the store hands it; every change keeps a revision.
 */
import type { Kysely } from 'kysely';
import { canWrite } from '../core/access.js';
import { ConflictError, ForbiddenError, NotFoundError } from '../core/errors.js';
import type { IncidentFacts, Waiver } from '../core/incident.js';
import { isoAt } from './clock.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import type { Connection, Dialect } from './dialect/dialect.js';
import type { StoreContext } from './store-context.js';
import type { Actor, IncidentChange, IncidentDecider, IncidentFilter, IncidentRecord, IncidentRevision, Page } from './store.types.js';
import type { Database, IncidentTable } from './tables.js';
import { requireAdmin } from './visibility.js';

/** At most this many earlier incidents of a failure mode are handed to `decide` (the newest: repeats look back weeks). */
const MAX_SAME_MODE = 1_000;
/** A number taken by a concurrent write is tried again this often. */
const NUMBER_TRIES = 5;

/** NotFoundError for an incident id. */
export function incidentNotFound(id: string): NotFoundError {
  return new NotFoundError(`incident "${id}" not found`, { id });
}

/** An incidents row as the domain sees it. */
function recordOf(row: IncidentTable): IncidentRecord {
  const decision = JSON.parse(row.decision) as { reasons: string[]; repeatOf: string[] };
  return {
    id: row.id,
    number: row.number,
    version: row.version,
    facts: JSON.parse(row.facts) as IncidentFacts,
    owed: row.owed as IncidentRecord['owed'],
    reasons: decision.reasons,
    repeatOf: decision.repeatOf,
    policyVersion: row.policy_version,
    postmortemId: row.postmortem_id,
    waiver: row.waiver === null ? null : (JSON.parse(row.waiver) as Waiver),
    createdAt: row.created_at,
    createdBy: row.created_by,
    updatedAt: row.updated_at,
  };
}

/** ForbiddenError unless the actor may record incidents. */
function requireWriter(actor: Actor): void {
  if (!canWrite(actor.role)) throw new ForbiddenError(`${actor.email} (${actor.role}) may read incidents but not record or change them`);
}

/** The other incidents of the same failure mode, newest first (none when the incident has no failure mode). */
async function sameFailureMode(trx: Kysely<Database>, facts: IncidentFacts, exceptId: string | null): Promise<IncidentRecord[]> {
  if (facts.failureMode === null) return [];
  let query = trx.selectFrom('incidents').selectAll().where('failure_mode', '=', facts.failureMode);
  if (exceptId !== null) query = query.where('id', '!=', exceptId);
  const rows = await query.orderBy('started_at', 'desc').orderBy('number', 'desc').limit(MAX_SAME_MODE).execute();
  return rows.map(recordOf);
}

/** The row of a record, as written at `now`. */
function rowOf(record: IncidentRecord): IncidentTable {
  const { facts } = record;
  return {
    id: record.id,
    number: record.number,
    version: record.version,
    title: facts.title,
    severity: facts.severity,
    started_at: facts.startedAt,
    resolved_at: facts.resolvedAt,
    failure_mode: facts.failureMode,
    facts: JSON.stringify(facts),
    owed: record.owed,
    decision: JSON.stringify({ reasons: record.reasons, repeatOf: record.repeatOf }),
    policy_version: record.policyVersion,
    postmortem_id: record.postmortemId,
    waiver: record.waiver === null ? null : JSON.stringify(record.waiver),
    created_at: record.createdAt,
    created_by: record.createdBy,
    updated_at: record.updatedAt,
  };
}

/** Writes the revision of a record as it now is. */
async function addRevision(trx: Kysely<Database>, record: IncidentRecord, actor: Actor, note: string): Promise<void> {
  const { id, number: _number, createdAt: _createdAt, createdBy: _createdBy, ...kept } = record;
  await trx.insertInto('incident_revisions').values({ incident_id: id, number: record.version, at: record.updatedAt, by_email: actor.email.toLowerCase(), note, record: JSON.stringify(kept) }).execute();
}

/** Records a new incident, numbered after the highest so far, with the decision `decide` makes. */
export async function createIncident({ db, dialect }: Connection, context: StoreContext, actor: Actor, facts: IncidentFacts, decide: IncidentDecider): Promise<IncidentRecord> {
  requireWriter(actor);
  for (let attempt = 1; ; attempt++) {
    try {
      return await dialect.writeTransaction(db, async (trx) => {
        const top = await trx.selectFrom('incidents').select((eb) => eb.fn.max('number').as('n')).executeTakeFirst();
        const number = Number(top?.n ?? 0) + 1;
        const id = `INC-${number}`;
        const decision = decide({ ...facts, id }, await sameFailureMode(trx, facts, null));
        const at = isoAt(context.clock());
        const record: IncidentRecord = { id, number, version: 1, facts, ...decision, postmortemId: null, waiver: null, createdAt: at, createdBy: actor.email.toLowerCase(), updatedAt: at };
        await trx.insertInto('incidents').values(rowOf(record)).execute();
        await addRevision(trx, record, actor, 'created');
        return record;
      });
    } catch (error) {
      // Two writers took the same number: the later one tries the next.
      if (!dialect.isUniqueViolation(error) || attempt >= NUMBER_TRIES) throw error;
    }
  }
}

/** ConflictError for a version that is no longer current. */
function staleIncident(id: string, expected: number, current: number): ConflictError {
  return new ConflictError(`incident ${id} changed since version ${expected} (it is at version ${current}): read it again, then apply your change`, { currentVersion: current });
}

/** The fields of the facts that differ, for a revision's note. */
function changedFacts(before: IncidentFacts, after: IncidentFacts): string[] {
  return (Object.keys(after) as (keyof IncidentFacts)[]).filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
}

/**
 * Changes an incident (its facts, the postmortem that answers it, its waiver) if `expectedVersion` is current or
 * null; a change of facts is decided again with `decide`. A change that changes nothing writes nothing.
 */
export async function updateIncident(
  { db, dialect }: Connection,
  context: StoreContext,
  actor: Actor,
  id: string,
  expectedVersion: number | null,
  change: IncidentChange,
  decide: IncidentDecider,
): Promise<IncidentRecord> {
  requireWriter(actor);
  if (change.waiver !== undefined) requireAdmin(actor, 'waive an owed postmortem');
  return dialect.writeTransaction(db, async (trx) => {
    const row = await readForUpdate(trx, dialect, id);
    const current = recordOf(row);
    if (expectedVersion !== null && expectedVersion !== current.version) throw staleIncident(id, expectedVersion, current.version);
    const facts = change.facts ?? current.facts;
    const factsChanged = change.facts === undefined ? [] : changedFacts(current.facts, change.facts);
    const decision = factsChanged.length > 0 ? decide({ ...facts, id }, await sameFailureMode(trx, facts, id)) : { owed: current.owed, reasons: current.reasons, repeatOf: current.repeatOf, policyVersion: current.policyVersion };
    const postmortemId = change.postmortemId === undefined ? current.postmortemId : change.postmortemId;
    const waiver = change.waiver === undefined ? current.waiver : change.waiver;
    const notes = [
      ...(factsChanged.length > 0 ? [`facts: ${factsChanged.join(', ')}`] : []),
      ...(postmortemId !== current.postmortemId ? [postmortemId === null ? 'postmortem unlinked' : `postmortem ${postmortemId}`] : []),
      ...(JSON.stringify(waiver) !== JSON.stringify(current.waiver) ? [waiver === null ? 'waiver withdrawn' : `waived: ${waiver.reason}`] : []),
    ];
    if (notes.length === 0) return current;
    const next: IncidentRecord = { ...current, facts, ...decision, postmortemId, waiver, version: current.version + 1, updatedAt: isoAt(context.clock()) };
    await trx.updateTable('incidents').set(rowOf(next)).where('id', '=', id).execute();
    await addRevision(trx, next, actor, change.note ?? notes.join('; '));
    return next;
  });
}

/** The row of an incident, locked for the rest of the transaction where the engine can. */
async function readForUpdate(trx: Kysely<Database>, dialect: Dialect, id: string): Promise<IncidentTable> {
  let query = trx.selectFrom('incidents').selectAll().where('id', '=', id);
  if (dialect.name === 'postgres') query = query.forUpdate();
  const row = await query.executeTakeFirst();
  if (row === undefined) throw incidentNotFound(id);
  return row;
}

/** The row of an incident; NotFoundError when there is none. */
async function incidentRow(db: Kysely<Database>, id: string): Promise<IncidentTable> {
  const row = await db.selectFrom('incidents').selectAll().where('id', '=', id).executeTakeFirst();
  if (row === undefined) throw incidentNotFound(id);
  return row;
}

/** One incident. */
export async function getIncident({ db }: Connection, id: string): Promise<IncidentRecord> {
  return recordOf(await incidentRow(db, id));
}

/** The incident a postmortem answers, or null. */
export async function incidentOfPostmortem({ db }: Connection, postmortemId: string): Promise<IncidentRecord | null> {
  const row = await db.selectFrom('incidents').selectAll().where('postmortem_id', '=', postmortemId).orderBy('number').executeTakeFirst();
  return row === undefined ? null : recordOf(row);
}

/** Incidents, newest first (by number), filtered; a page of `limit` (1–500, default 100). */
export async function listIncidents({ db }: Connection, filter: IncidentFilter, page: { limit?: number; cursor?: string } = {}): Promise<Page<IncidentRecord>> {
  const limit = Math.min(Math.max(page.limit ?? 100, 1), 500);
  let query = db.selectFrom('incidents').selectAll();
  if (filter.owed !== undefined) query = query.where('owed', '=', filter.owed);
  if (filter.from !== undefined) query = query.where('started_at', '>=', filter.from);
  if (filter.to !== undefined) query = query.where('started_at', '<', filter.to);
  if (filter.failureMode !== undefined) query = query.where('failure_mode', '=', filter.failureMode);
  if (page.cursor !== undefined) {
    const { key } = decodeCursor('incidents', page.cursor, 'integer');
    query = query.where('number', '<', key as number);
  }
  const rows = await query.orderBy('number', 'desc').limit(limit + 1).execute();
  const items = rows.slice(0, limit).map(recordOf);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > limit && last !== undefined ? encodeCursor('incidents', { key: last.number, id: last.id }) : null };
}

/** Every version of an incident, oldest first. */
export async function listIncidentRevisions({ db }: Connection, id: string): Promise<IncidentRevision[]> {
  await incidentRow(db, id);
  const rows = await db.selectFrom('incident_revisions').selectAll().where('incident_id', '=', id).orderBy('number').execute();
  return rows.map((r) => ({ number: r.number, at: r.at, by: r.by_email, note: r.note }));
}
