/**
 * Review workflow over stored postmortems: status transitions, never to final while lint reports errors or without
 * the approvals it needs, reopening with a reason.
 */
import { ForbiddenError, InputError, NotFoundError } from '../core/errors.js';
import { assertTransition, FinalBlockedByLintError, isReopening } from '../core/status-flow.js';
import type { Status } from '../core/postmortem.schema.js';
import { staleVersion } from '../store/postmortem-write.js';
import type { Actor, Revision, Store, StoredPostmortem } from '../store/store.types.js';
import type { ReviewPolicy } from '../core/approvals.js';
import { isAuthor, requireApprovals } from './approvals.js';
import type { PostmortemLinter } from './postmortem-linter.js';
import { reopenNote, statusNote } from './status-notes.js';

/**
 * The revision that last published the postmortem: what its readers are shown while it is being revised again,
 * until it is published again. A NotFoundError when it has never been published.
 */
export async function lastPublished(store: Store, actor: Actor, id: string): Promise<Revision> {
  const published = statusNote('final', 'published');
  const last = (await store.listRevisions(actor, id)).findLast((r) => r.note === published);
  if (last === undefined) throw new NotFoundError(`Postmortem ${id} has never been published.`);
  return store.getRevision(actor, id, last.number);
}

/** Longest reason a reopening may give (a sentence or two, kept in the revision note). */
export const MAX_REASON = 500;

/** True when the actor may reopen the postmortem: an admin, whoever created it, or the author it names (by e-mail). */
async function mayReopen(store: Store, actor: Actor, stored: StoredPostmortem): Promise<boolean> {
  return actor.role === 'admin' || isAuthor(store, actor, stored);
}

/**
 * Moves a postmortem to another status: only along the workflow, never to final while lint reports errors or
 * without the approvals `policy` asks for. Reopening a final or published one to draft needs a reason (kept in the
 * revision note, shown in its history) and the author or an admin; approvals given before it no longer count.
 * `version` (from If-Match) makes it conditional; without it, the version just read is expected.
 */
export async function transitionPostmortem(
  store: Store,
  linter: PostmortemLinter,
  policy: ReviewPolicy,
  actor: Actor,
  id: string,
  to: Status,
  version?: number,
  reason?: string,
): Promise<StoredPostmortem> {
  const stored = await store.getPostmortem(actor, id);
  // A stale If-Match is told first: the gates below judge the version just read, not the one the caller saw.
  if (version !== undefined && version !== stored.version) throw staleVersion(id, version, stored.version);
  const from = stored.postmortem.status;
  assertTransition(from, to);
  let note = statusNote(from, to);
  if (isReopening(from, to)) {
    const why = reason?.trim() ?? '';
    if (why === '') {
      throw new InputError(`Reopening a ${from} postmortem needs a reason.`, [{ path: 'reason', message: 'say why it must change again (it is recorded in its history)' }]);
    }
    if (!(await mayReopen(store, actor, stored))) {
      throw new ForbiddenError(`Only the author of this postmortem or an admin can reopen it; ask them, or comment on what should change.`);
    }
    note = reopenNote(from, why);
  }
  if (to === 'final') {
    const result = await linter.lint(id, JSON.stringify(stored.postmortem));
    const errors = result.messages.filter((m) => m.severity === 2);
    if (errors.length > 0) {
      throw new FinalBlockedByLintError(`It cannot become final while lint reports ${errors.length} error(s); fix them first.`, errors);
    }
    await requireApprovals(store, actor, stored, policy);
  }
  return store.updatePostmortem(actor, id, version ?? stored.version, { ...stored.postmortem, status: to }, { note });
}
