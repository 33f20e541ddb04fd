/** What the review's approvals are: how many final needs, and each sign-off with whether it still holds. */

/** How many approvals a postmortem needs to become final. */
export interface ReviewPolicy {
  requiredApprovals: number;
}

/** One approval is enough by default (0 turns the requirement off). */
export const DEFAULT_REVIEW_POLICY: ReviewPolicy = { requiredApprovals: 1 };

/** Why an approval no longer holds: the document was edited after it, or reopened after it. */
export type StaleReason = 'edited' | 'reopened';

/** An approval and whether it still holds. */
export interface Approval {
  by: { userId: string; email: string };
  at: string;
  version: number;
  stale: StaleReason | null;
}

/** The approvals of a postmortem, how many it needs and how many hold, and whether the reader may approve it now. */
export interface Approvals {
  required: number;
  current: number;
  items: Approval[];
  /** Null when the reader may approve the postmortem as it is now; else why not, in words. */
  cannotApprove: string | null;
}
