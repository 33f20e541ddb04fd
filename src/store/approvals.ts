/** Approvals: a reviewer's sign-off on one version of a postmortem, one per reviewer, replaced when they approve again. */
import type { Connection } from './dialect/dialect.js';
import { nowIso } from './now.js';
import { requireVisible } from './postmortem-read.js';
import { loadForWrite, staleVersion } from './postmortem-write.js';
import { newId } from './secrets.js';
import type { Actor, ApprovalRecord } from './store.types.js';
import type { ApprovalTable } from './tables.js';
import { requireWrite } from './visibility.js';

/** An approval row as the domain sees it. */
function approvalOf(row: ApprovalTable): ApprovalRecord {
  return { postmortemId: row.postmortem_id, by: { userId: row.user_id, email: row.user_email }, at: row.at, version: row.version, contentKey: row.content_key };
}

/**
 * Records the actor's approval of `version` (ConflictError when it is no longer current), whose content has the key
 * `contentKey`; an earlier approval of theirs is replaced. Who may approve what is the caller's to decide.
 */
export async function recordApproval({ db, dialect }: Connection, actor: Actor, postmortemId: string, version: number, contentKey: string): Promise<ApprovalRecord> {
  requireWrite(actor);
  return dialect.writeTransaction(db, async (trx) => {
    const current = await loadForWrite(trx, dialect, actor, postmortemId);
    if (current.version !== version) throw staleVersion(postmortemId, version, current.version);
    const row: ApprovalTable = { id: newId('ap'), postmortem_id: postmortemId, user_id: actor.userId, user_email: actor.email.toLowerCase(), at: nowIso(), version, content_key: contentKey };
    await trx
      .insertInto('approvals')
      .values(row)
      .onConflict((oc) => oc.columns(['postmortem_id', 'user_id']).doUpdateSet({ user_email: row.user_email, at: row.at, version, content_key: contentKey }))
      .execute();
    return approvalOf(row);
  });
}

/** Withdraws the actor's approval of a postmortem they may see; true when there was one. */
export async function withdrawApproval({ db }: Connection, actor: Actor, postmortemId: string): Promise<boolean> {
  requireWrite(actor);
  await requireVisible(db, actor, postmortemId);
  const { numDeletedRows } = await db.deleteFrom('approvals').where('postmortem_id', '=', postmortemId).where('user_id', '=', actor.userId).executeTakeFirst();
  return numDeletedRows > 0n;
}

/** The approvals of a postmortem the actor may see, oldest first. */
export async function listApprovals({ db }: Connection, actor: Actor, postmortemId: string): Promise<ApprovalRecord[]> {
  await requireVisible(db, actor, postmortemId);
  const rows = await db.selectFrom('approvals').selectAll().where('postmortem_id', '=', postmortemId).orderBy('at').orderBy('id').execute();
  return rows.map(approvalOf);
}
