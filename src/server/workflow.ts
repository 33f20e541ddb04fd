/** Review workflow over stored postmortems: lint with the CLI's rules, and status transitions guarded by them. */
import { assertTransition, FinalBlockedByLintError } from '../core/status-flow.js';
import type { Postmortem, Status } from '../core/postmortem.schema.js';
import { lintDocument } from '../lint/engine.js';
import type { LintResult } from '../lint/types.js';
import { parseDocument } from '../markdown/parse.js';
import { renderMarkdown } from '../markdown/render.js';
import type { Actor, Store, StoredPostmortem } from '../store/store.types.js';

/** Lints a postmortem as the CLI would lint its Markdown: rendered in our format, read back, default config. */
export function lintPostmortem(id: string, pm: Postmortem): LintResult {
  const filePath = `${id}.md`;
  return lintDocument(parseDocument(renderMarkdown(pm), { filePath }), {}, filePath);
}

/**
 * Moves a postmortem to another status: only along the workflow, never to final while lint reports errors.
 * `version` (from If-Match) makes it conditional; without it, the version just read is expected.
 */
export async function transitionPostmortem(store: Store, actor: Actor, id: string, to: Status, version?: number): Promise<StoredPostmortem> {
  const stored = await store.getPostmortem(actor, id);
  const from = stored.postmortem.status;
  assertTransition(from, to);
  if (to === 'final') {
    const errors = lintPostmortem(id, stored.postmortem).messages.filter((m) => m.severity === 2);
    if (errors.length > 0) {
      throw new FinalBlockedByLintError(`It cannot become final while lint reports ${errors.length} error(s); fix them first.`, errors);
    }
  }
  return store.updatePostmortem(actor, id, version ?? stored.version, { ...stored.postmortem, status: to }, { note: `status: ${from} -> ${to}` });
}
