/** Review workflow over stored postmortems: status transitions, never to final while lint reports errors. */
import { assertTransition, FinalBlockedByLintError } from '../core/status-flow.js';
import type { Status } from '../core/postmortem.schema.js';
import type { Actor, Store, StoredPostmortem } from '../store/store.types.js';
import type { PostmortemLinter } from './postmortem-linter.js';

/**
 * Moves a postmortem to another status: only along the workflow, never to final while lint reports errors.
 * `version` (from If-Match) makes it conditional; without it, the version just read is expected.
 */
export async function transitionPostmortem(
  store: Store,
  linter: PostmortemLinter,
  actor: Actor,
  id: string,
  to: Status,
  version?: number,
): Promise<StoredPostmortem> {
  const stored = await store.getPostmortem(actor, id);
  const from = stored.postmortem.status;
  assertTransition(from, to);
  if (to === 'final') {
    const result = await linter.lint(id, JSON.stringify(stored.postmortem));
    const errors = result.messages.filter((m) => m.severity === 2);
    if (errors.length > 0) {
      throw new FinalBlockedByLintError(`It cannot become final while lint reports ${errors.length} error(s); fix them first.`, errors);
    }
  }
  return store.updatePostmortem(actor, id, version ?? stored.version, { ...stored.postmortem, status: to }, { note: `status: ${from} -> ${to}` });
}
