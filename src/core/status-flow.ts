/** The review workflow: which status changes are allowed, and the refusal to finalise a postmortem with lint errors. */
import { ConflictError } from './errors.js';
import type { Status } from './postmortem.schema.js';

const NEXT: Record<Status, readonly Status[]> = {
  draft: ['in_review'],
  in_review: ['final', 'draft'],
  final: ['published'],
  published: [],
};

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
  const hint = allowed.length === 0 ? `${from} is the last status` : `from ${from} it can go to ${allowed.join(' or ')}`;
  throw new ConflictError(`A postmortem cannot go from ${from} to ${to}: ${hint}.`, { from, to, allowed });
}
