/**
 * Deleted postmortems, kept whole for 30 days (the document, its members, revisions, comments, approvals and action-item times, as the
 * lines of a dump) so that an admin can restore one; after that they are purged. Purging happens whenever the trash
 * is written or read (a delete of what has expired, safe to run from any number of instances at once).
 */
import type { Kysely } from 'kysely';
import { ConflictError, NotFoundError } from '../core/errors.js';
import { auditSourceOf, recordAudit } from './audit.js';
import type { Connection } from './dialect/dialect.js';
import { commentLine, postmortemLine, revisionLine } from './dump.js';
import { dumpLineSchema, type DumpLine } from './dump-format.js';
import { nowIso } from './now.js';
import { insertLine, type RestoreState } from './restore.js';
import { newId } from './secrets.js';
import type { StoreContext } from './store-context.js';
import type { Actor, DeletedPostmortem } from './store.types.js';
import type { Database } from './tables.js';
import { requireDelete } from './visibility.js';

/** How long a deleted postmortem can be restored. */
export const TRASH_DAYS = 30;
const DAY_MS = 86_400_000;

/** Until when a postmortem deleted at `deletedAt` can be restored. */
function restorableUntil(deletedAt: string): string {
  return new Date(Date.parse(deletedAt) + TRASH_DAYS * DAY_MS).toISOString();
}

/** Everything of a postmortem as dump lines, in the order a restore needs. */
async function bundleOf(trx: Kysely<Database>, id: string): Promise<DumpLine[]> {
  const lines: DumpLine[] = [];
  const pm = await trx.selectFrom('postmortems').select(['id', 'version', 'document', 'created_at', 'updated_at']).where('id', '=', id).executeTakeFirstOrThrow();
  lines.push(postmortemLine(pm));
  for (const row of await trx.selectFrom('postmortem_members').selectAll().where('postmortem_id', '=', id).orderBy('email').execute()) lines.push({ table: 'postmortem_members', row });
  for (const row of await trx.selectFrom('revisions').selectAll().where('postmortem_id', '=', id).orderBy('number').execute()) lines.push(revisionLine(row));
  for (const row of await trx.selectFrom('comments').selectAll().where('postmortem_id', '=', id).orderBy('at').orderBy('id').execute()) lines.push(commentLine(row));
  for (const row of await trx.selectFrom('approvals').selectAll().where('postmortem_id', '=', id).orderBy('at').orderBy('id').execute()) lines.push({ table: 'approvals', row });
  for (const row of await trx.selectFrom('action_item_times').selectAll().where('postmortem_id', '=', id).orderBy('item_key').execute()) lines.push({ table: 'action_item_times', row });
  return lines;
}

/** Removes what was deleted more than TRASH_DAYS ago. */
async function purge(db: Kysely<Database>): Promise<void> {
  await db.deleteFrom('deleted_postmortems').where('deleted_at', '<', new Date(Date.now() - TRASH_DAYS * DAY_MS).toISOString()).execute();
}

/** Keeps a copy of postmortem `id` in the trash (inside the caller's transaction, before it deletes the postmortem). */
export async function keepDeleted(trx: Kysely<Database>, actor: Actor, id: string): Promise<void> {
  await purge(trx);
  const row = await trx.selectFrom('postmortems').select('title').where('id', '=', id).executeTakeFirst();
  if (row === undefined) return;
  const bundle = await bundleOf(trx, id);
  await trx.insertInto('deleted_postmortems').values({ id: newId('del'), postmortem_id: id, title: row.title, deleted_at: nowIso(), deleted_by: actor.email.toLowerCase(), bundle: JSON.stringify(bundle) }).execute();
}

/** The deleted postmortems that can still be restored, newest first (admins). */
export async function listDeleted({ db }: Connection, actor: Actor): Promise<DeletedPostmortem[]> {
  requireDelete(actor);
  await purge(db);
  const rows = await db.selectFrom('deleted_postmortems').select(['id', 'postmortem_id', 'title', 'deleted_at', 'deleted_by']).orderBy('deleted_at', 'desc').orderBy('id').execute();
  return rows.map((r) => ({ id: r.id, postmortemId: r.postmortem_id, title: r.title, deletedAt: r.deleted_at, deletedBy: r.deleted_by, restorableUntil: restorableUntil(r.deleted_at) }));
}

/**
 * Puts a deleted postmortem back as it was (admins): ConflictError when another postmortem has taken its id since,
 * NotFoundError when there is no such deleted postmortem (or it was purged). Answers the postmortem's id.
 */
export async function restoreDeleted({ db, dialect }: Connection, context: StoreContext, actor: Actor, deletedId: string): Promise<string> {
  requireDelete(actor);
  await purge(db);
  return dialect.writeTransaction(db, async (trx) => {
    const kept = await trx.selectFrom('deleted_postmortems').selectAll().where('id', '=', deletedId).executeTakeFirst();
    if (kept === undefined) throw new NotFoundError(`no deleted postmortem ${deletedId}: it was restored already, or deleted more than ${TRASH_DAYS} days ago`);
    const taken = await trx.selectFrom('postmortems').select('id').where('id', '=', kept.postmortem_id).executeTakeFirst();
    if (taken !== undefined) throw new ConflictError(`A postmortem with the id ${kept.postmortem_id} exists again; it cannot be restored beside it. Delete or rename that one first.`, { id: kept.postmortem_id });
    const state: RestoreState = { users: new Set(), postmortems: new Set(), incidents: new Set(), tableIndex: 0 };
    const lines = JSON.parse(kept.bundle) as unknown[];
    for (const [i, line] of lines.entries()) await insertLine(trx, dialect, dumpLineSchema.parse(line), i + 1, state);
    await trx.deleteFrom('deleted_postmortems').where('id', '=', deletedId).execute();
    await recordAudit(trx, context, { action: 'postmortem.restored', by: auditSourceOf(actor), target: kept.postmortem_id });
    return kept.postmortem_id;
  });
}
