/** The review workflow: which status changes are allowed, and the refusal to finalise a postmortem with lint errors. */
import { ConflictError } from './errors.js';
import type { Status } from './postmortem.schema.js';

const NEXT: Record<Status, readonly Status[]> = {
  draft: ['in_review'],
  in_review: ['final', 'draft'],
  final: ['published', 'draft'],
  published: ['draft'],
};

/** Final and published postmortems are frozen: no edit until they are reopened to draft. */
export function isFrozen(status: Status): boolean {
  return status === 'final' || status === 'published';
}

/** True for the move that reopens a frozen postmortem (it needs a reason, and the author or an admin). */
export function isReopening(from: Status, to: Status): boolean {
  return isFrozen(from) && to === 'draft';
}

/** The way out of a frozen postmortem, for the answers that refuse to edit one. */
export function reopenHint(id: string): string {
  return `reopen it first: POST /api/v1/postmortems/${id}/transitions {"to":"draft","reason":"…"} (the author or an admin; the reason is recorded)`;
}

/** Raised when a postmortem would become final while lint reports errors; `details` lists the findings. */
export class FinalBlockedByLintError extends ConflictError {}

/** True when a postmortem may move from one status to the other. */
export function canTransition(from: Status, to: Status): boolean {
  return NEXT[from].includes(to);
}

/** Throws a ConflictError naming the allowed moves when `from -> to` is not one of them. */
export function assertTransition(from: Status, to: Status): void {
  if (canTransition(from, to)) return;
  const allowed = NEXT[from];
  const hint = `from ${from} it can go to ${allowed.join(' or ')}`;
  throw new ConflictError(`A postmortem cannot go from ${from} to ${to}: ${hint}.`, { from, to, allowed });
}
