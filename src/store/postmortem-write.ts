/**
 * Writing postmortems: create, change (with optimistic concurrency) and delete. Each write rebuilds the
 * derived rows and the search text and records a revision in the same transaction.
 */
import type { Kysely } from 'kysely';
import { canSeeAllRestricted } from '../core/access.js';
import { ConflictError, ForbiddenError, NotFoundError } from '../core/errors.js';
import type { Postmortem } from '../core/postmortem.schema.js';
import { trackActionItems } from './action-item-times.js';
import { auditSourceOf, recordAudit } from './audit.js';
import type { Connection, Dialect } from './dialect/dialect.js';
import { insertRows } from './insert-rows.js';
import { nowIso } from './now.js';
import { actionItemRows, lowerSet, postmortemRow, storedPostmortem, timelineRows, type IdentifiedPostmortem } from './postmortem-rows.js';
import { changedFields, defaultNote, revisionRow } from './revision-rows.js';
import { dropWords, writeWords } from './salient-words.js';
import { searchText } from './search-text.js';
import { newId } from './secrets.js';
import type { StoreContext } from './store-context.js';
import type { Actor, StoredPostmortem } from './store.types.js';
import type { Database } from './tables.js';
import { keepDeleted } from './trash.js';
import { fieldError, normalMembers, parsePostmortem, requestedId } from './validate.js';
import { requireDelete, requireWrite, visibleTo } from './visibility.js';

/** NotFoundError for a postmortem id (the same whether it does not exist or the actor may not see it). */
export function postmortemNotFound(id: string): NotFoundError {
  return new NotFoundError(`postmortem "${id}" not found`, { id });
}

/** Writes the rows derived from a document (services, tags, teams, action items and their times, timeline, search), replacing old ones. */
export async function writeDerivedRows(trx: Kysely<Database>, dialect: Dialect, pm: IdentifiedPostmortem, replacing: boolean): Promise<void> {
  if (replacing) {
    for (const table of ['postmortem_services', 'postmortem_tags', 'action_items', 'timeline_events'] as const) {
      await trx.deleteFrom(table).where('postmortem_id', '=', pm.id).execute();
    }
  }
  await insertRows(trx, 'postmortem_services', lowerSet(pm.services).map((service) => ({ postmortem_id: pm.id, service })));
  await insertRows(trx, 'postmortem_tags', lowerSet(pm.tags).map((tag) => ({ postmortem_id: pm.id, tag })));
  await writeTeams(trx, pm, replacing);
  await writeWords(trx, pm, replacing);
  await insertRows(trx, 'action_items', actionItemRows(pm));
  await insertRows(trx, 'timeline_events', timelineRows(pm));
  await trackActionItems(trx, pm, nowIso());
  await dialect.indexSearch(trx, pm.id, searchText(pm));
}

/** Writes the (lower-case) team rows of a document, replacing old ones. */
export async function writeTeams(trx: Kysely<Database>, pm: IdentifiedPostmortem, replacing: boolean): Promise<void> {
  if (replacing) await trx.deleteFrom('postmortem_teams').where('postmortem_id', '=', pm.id).execute();
  await insertRows(trx, 'postmortem_teams', lowerSet(pm.teams).map((team) => ({ postmortem_id: pm.id, team })));
}

/** Replaces the member list of a postmortem. */
export async function writeMembers(trx: Kysely<Database>, id: string, members: string[], replacing: boolean): Promise<void> {
  if (replacing) await trx.deleteFrom('postmortem_members').where('postmortem_id', '=', id).execute();
  await insertRows(trx, 'postmortem_members', members.map((email) => ({ postmortem_id: id, email })));
}

/** Stores a new postmortem at version 1 (its creator among its members); ConflictError when the id is taken. */
export async function createPostmortem({ db, dialect }: Connection, context: StoreContext, actor: Actor, input: Postmortem, members: string[] = []): Promise<StoredPostmortem> {
  requireWrite(actor);
  const parsed = parsePostmortem(input);
  const pm: IdentifiedPostmortem = { ...parsed, id: requestedId(parsed) ?? newId('pm') };
  const memberList = normalMembers([...members, actor.email]);
  const now = nowIso();
  const row = postmortemRow(pm, 1, now, now);
  try {
    await dialect.writeTransaction(db, async (trx) => {
      await trx.insertInto('postmortems').values(row).execute();
      await writeDerivedRows(trx, dialect, pm, false);
      await writeMembers(trx, pm.id, memberList, false);
      const changed = Object.keys(pm);
      await trx.insertInto('revisions').values(revisionRow(pm.id, 1, actor, now, { changed, note: 'created', document: pm })).execute();
    });
  } catch (error) {
    if (!dialect.isUniqueViolation(error)) throw error;
    // The same answer whether or not the actor may see the postmortem that has the id; a try at one they may not see
    // is recorded, so that someone probing for restricted ids shows up in the audit log.
    const visible = await db.selectFrom('postmortems').select('id').where('id', '=', pm.id).where(visibleTo(actor)).executeTakeFirst();
    if (visible === undefined) await recordAudit(db, context, { action: 'postmortem.id_taken', outcome: 'failure', by: auditSourceOf(actor), target: pm.id });
    throw new ConflictError(`id: a postmortem with id "${pm.id}" already exists; choose another id or leave it out`, { id: pm.id });
  }
  return storedPostmortem(row, memberList);
}

/** Who created a postmortem (the author of its first revision), or null when that revision is gone. */
async function creatorOf(trx: Kysely<Database>, id: string): Promise<{ userId: string; email: string } | null> {
  const row = await trx.selectFrom('revisions').select(['user_id', 'user_email']).where('postmortem_id', '=', id).where('number', '=', 1).executeTakeFirst();
  return row === undefined ? null : { userId: row.user_id, email: row.user_email };
}

/**
 * The members a change may leave: who may see a postmortem (its members, and whether it is restricted) is changed
 * only by its creator or an admin (ForbiddenError for anyone else), and its creator always stays a member.
 */
async function membersAfter(trx: Kysely<Database>, actor: Actor, current: StoredPostmortem, next: IdentifiedPostmortem, requested: string[]): Promise<string[]> {
  if (requested.join('\n') === current.members.join('\n') && current.postmortem.restricted === next.restricted) return current.members;
  const creator = await creatorOf(trx, next.id);
  if (!canSeeAllRestricted(actor.role) && creator?.userId !== actor.userId) {
    const whose = creator === null ? 'an admin' : `its creator (${creator.email}) or an admin`;
    throw new ForbiddenError(`only ${whose} may change who can see postmortem "${next.id}" (members, restricted)`);
  }
  return creator === null ? requested : normalMembers([...requested, creator.email]);
}

/** Reads a postmortem the actor may see, locking its row for the rest of the transaction where the engine can. */
export async function loadForWrite(trx: Kysely<Database>, dialect: Dialect, actor: Actor, id: string): Promise<StoredPostmortem> {
  const row = await trx
    .selectFrom('postmortems')
    .select(['id', 'version', 'document', 'created_at', 'updated_at'])
    .where('id', '=', id)
    .where(visibleTo(actor))
    .$if(dialect.rowLocks, (q) => q.forUpdate())
    .executeTakeFirst();
  if (row === undefined) throw postmortemNotFound(id);
  const members = await trx.selectFrom('postmortem_members').select('email').where('postmortem_id', '=', id).orderBy('email').execute();
  return storedPostmortem(row, members.map((m) => m.email));
}

/** ConflictError telling the caller the version it should have had. */
export function staleVersion(id: string, expected: number, current: number): ConflictError {
  return new ConflictError(`postmortem "${id}" has changed: version ${expected} is no longer current (it is now ${current})`, { currentVersion: current });
}

/**
 * Saves `next` as the version after `current` (inside the caller's transaction, after loadForWrite), with a
 * revision. A change that changes nothing writes nothing and returns `current`.
 */
export async function saveChange(
  trx: Kysely<Database>,
  dialect: Dialect,
  context: StoreContext,
  actor: Actor,
  current: StoredPostmortem,
  next: IdentifiedPostmortem,
  options: { members?: string[]; note?: string },
): Promise<StoredPostmortem> {
  const members = await membersAfter(trx, actor, current, next, options.members ?? current.members);
  const membersChanged = members.join('\n') !== current.members.join('\n');
  const changed = changedFields(current.postmortem, next);
  if (membersChanged) changed.push('members');
  if (changed.length === 0) return current;

  const version = current.version + 1;
  const now = nowIso();
  const row = postmortemRow(next, version, current.createdAt, now);
  const { numUpdatedRows } = await trx.updateTable('postmortems').set(row).where('id', '=', next.id).where('version', '=', current.version).executeTakeFirst();
  if (numUpdatedRows === 0n) {
    // Only reachable if the row lock (or SQLite's write lock) did not hold: the version check still stops a lost update.
    const now = await trx.selectFrom('postmortems').select('version').where('id', '=', next.id).executeTakeFirst();
    throw now === undefined ? postmortemNotFound(next.id) : staleVersion(next.id, current.version, now.version);
  }
  await writeDerivedRows(trx, dialect, next, true);
  if (membersChanged) await writeMembers(trx, next.id, members, true);
  const note = options.note ?? defaultNote(current.postmortem, next);
  await trx.insertInto('revisions').values(revisionRow(next.id, version, actor, now, { changed, note, document: next })).execute();
  if (membersChanged || current.postmortem.restricted !== next.restricted) {
    const details = {
      restricted: next.restricted,
      added: members.filter((m) => !current.members.includes(m)),
      removed: current.members.filter((m) => !members.includes(m)),
    };
    await recordAudit(trx, context, { action: 'postmortem.access_changed', by: auditSourceOf(actor), target: next.id, details });
  }
  return storedPostmortem(row, members);
}

/** Replaces a postmortem's document if `expectedVersion` is current, else ConflictError with `{ currentVersion }`. */
export async function updatePostmortem(
  { db, dialect }: Connection,
  context: StoreContext,
  actor: Actor,
  id: string,
  expectedVersion: number,
  input: Postmortem,
  options: { members?: string[]; note?: string } = {},
): Promise<StoredPostmortem> {
  requireWrite(actor);
  const parsed = parsePostmortem(input);
  const asked = requestedId(parsed);
  if (asked !== null && asked !== id) throw fieldError('id', `"${asked}" differs from the postmortem being changed ("${id}"); ids cannot be changed`);
  const next: IdentifiedPostmortem = { ...parsed, id };
  const members = options.members === undefined ? undefined : normalMembers(options.members);
  return dialect.writeTransaction(db, async (trx) => {
    const current = await loadForWrite(trx, dialect, actor, id);
    if (current.version !== expectedVersion) throw staleVersion(id, expectedVersion, current.version);
    return saveChange(trx, dialect, context, actor, current, next, { ...options, ...(members === undefined ? {} : { members }) });
  });
}

/**
 * Deletes a postmortem with its revisions and comments (admins only), keeping a copy an admin can restore for 30
 * days (trash.ts), in a write transaction like every other write, so that other processes hear of it (PostgreSQL's
 * commit notification) and drop what they cached.
 */
export async function deletePostmortem({ db, dialect }: Connection, context: StoreContext, actor: Actor, id: string): Promise<void> {
  requireDelete(actor);
  await dialect.writeTransaction(db, async (trx) => {
    await keepDeleted(trx, actor, id);
    await dropWords(trx, id);
    const { numDeletedRows } = await trx.deleteFrom('postmortems').where('id', '=', id).executeTakeFirst();
    if (numDeletedRows === 0n) throw postmortemNotFound(id);
    await recordAudit(trx, context, { action: 'postmortem.deleted', by: auditSourceOf(actor), target: id });
  });
}
