/**
 * Approvals as the review sees them: a sign-off by a signed-in editor or admin who is not the author, on the
 * version in review. An approval holds while the content stays what was approved and the postmortem has not been
 * reopened since; moving to final needs the configured number of approvals that hold.
 */
import { canWrite } from '../core/access.js';
import { contentKey } from '../core/content-key.js';
import type { Approvals, ReviewPolicy, StaleReason } from '../core/approvals.js';
import { ConflictError, ForbiddenError } from '../core/errors.js';
import type { Actor, ApprovalRecord, RevisionInfo, Store, StoredPostmortem } from '../store/store.types.js';
import { isReopenNote } from './status-notes.js';

/** Raised when a postmortem would become final without the approvals it needs; `details` is the Approvals. */
export class ApprovalsNeededError extends ConflictError {}

/** True when the actor wrote the postmortem: it names them as author (by e-mail), or they made its first revision. */
function wrote(actor: Actor, stored: StoredPostmortem, revisions: readonly RevisionInfo[]): boolean {
  if (stored.postmortem.author?.trim().toLowerCase() === actor.email.toLowerCase()) return true;
  const [first] = revisions;
  return first?.number === 1 && first.by.userId === actor.userId;
}

/** True when the actor wrote the postmortem: it names them as author (by e-mail), or they created it. */
export async function isAuthor(store: Store, actor: Actor, stored: StoredPostmortem): Promise<boolean> {
  return wrote(actor, stored, await store.listRevisions(actor, stored.id));
}

/** Why the actor may not approve the postmortem as it is now, or null when they may. */
function cannotApprove(actor: Actor, stored: StoredPostmortem, revisions: readonly RevisionInfo[]): string | null {
  if (!canWrite(actor.role)) return 'Only editors and admins approve postmortems.';
  const status = stored.postmortem.status;
  if (status === 'draft') return `Only a postmortem in review can be approved; this one is a draft: move it to review first: POST /api/v1/postmortems/${stored.id}/transitions {"to":"in_review"}.`;
  if (status !== 'in_review') return `Only a postmortem in review can be approved; this one is ${status}, already past review.`;
  if (wrote(actor, stored, revisions)) return 'You wrote this postmortem, so you cannot approve it: ask another editor or an admin to review and approve it.';
  return null;
}

/** The approvals as the actor sees them, from the records and the revisions (oldest first): each stale when an edit or a reopening came after it. */
function approvalsFrom(records: readonly ApprovalRecord[], revisions: readonly RevisionInfo[], actor: Actor, stored: StoredPostmortem, policy: ReviewPolicy): Approvals {
  const reopenings = revisions.filter((r) => isReopenNote(r.note)).map((r) => r.number);
  const key = contentKey(stored.postmortem);
  const staleness = (record: ApprovalRecord): StaleReason | null => {
    if (reopenings.some((number) => number > record.version)) return 'reopened';
    return record.contentKey === key ? null : 'edited';
  };
  const items = records.map((record) => ({ by: record.by, at: record.at, version: record.version, stale: staleness(record) }));
  return { required: policy.requiredApprovals, current: items.filter((a) => a.stale === null).length, items, cannotApprove: cannotApprove(actor, stored, revisions) };
}

/** The approvals of a stored postmortem, each marked stale when an edit or a reopening came after it. */
export async function approvalsOf(store: Store, actor: Actor, stored: StoredPostmortem, policy: ReviewPolicy): Promise<Approvals> {
  const [records, revisions] = await Promise.all([store.listApprovals(actor, stored.id), store.listRevisions(actor, stored.id)]);
  return approvalsFrom(records, revisions, actor, stored, policy);
}

/**
 * Records the actor's approval of the postmortem as it is now (or of `version`, which must be current): only while
 * it is in review, never by its author.
 */
export async function approve(store: Store, actor: Actor, id: string, policy: ReviewPolicy, version?: number): Promise<Approvals> {
  const stored = await store.getPostmortem(actor, id);
  const revisions = await store.listRevisions(actor, id);
  const refusal = cannotApprove(actor, stored, revisions);
  if (refusal !== null) {
    if (!canWrite(actor.role) || stored.postmortem.status === 'in_review') throw new ForbiddenError(refusal);
    throw new ConflictError(refusal, { status: stored.postmortem.status });
  }
  // The store records it only if `stored` is still the current version, so the approvals are those of `stored`.
  await store.recordApproval(actor, id, version ?? stored.version, contentKey(stored.postmortem));
  return approvalsFrom(await store.listApprovals(actor, id), revisions, actor, stored, policy);
}

/** ApprovalsNeededError unless the postmortem holds as many current approvals as the policy needs. */
export async function requireApprovals(store: Store, actor: Actor, stored: StoredPostmortem, policy: ReviewPolicy): Promise<void> {
  const approvals = await approvalsOf(store, actor, stored, policy);
  if (approvals.current >= approvals.required) return;
  const stale = approvals.items.filter((a) => a.stale !== null).map((a) => `${a.by.email}'s, ${a.stale === 'edited' ? 'edited since' : 'reopened since'}`);
  const held = `it has ${approvals.current}${stale.length > 0 ? ` (stale: ${stale.join('; ')})` : ''}`;
  throw new ApprovalsNeededError(
    `It cannot become final without ${approvals.required} current approval${approvals.required === 1 ? '' : 's'}: ${held}. Ask an editor or admin other than the author to approve it: POST /api/v1/postmortems/${stored.id}/approvals.`,
    approvals,
  );
}
