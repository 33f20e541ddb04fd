/** Badges of an incident: what it owes, a waiver, where a deadline stands (words carry the meaning, colour backs them up). */
import type { Deadline, Owed } from '../../../../src/core/incident.js';
import { DEADLINE_STATE_LABELS, OWED_LABELS } from '../../incidents/labels.js';

/** What the policy owes: full, lightweight or none. */
export function OwedBadge({ owed }: { owed: Owed }) {
  return <span className={`badge badge-owed-${owed}`}>{OWED_LABELS[owed]}</span>;
}

/** Marks an owed postmortem an admin waived. */
export function WaivedBadge() {
  return <span className="badge badge-waived">Waived</span>;
}

/** Where a deadline stands: late in red, due soon in amber, pending and met plain. */
export function DeadlineBadge({ state }: { state: Deadline['state'] }) {
  return <span className={`badge badge-deadline-${state.replace('_', '-')}`}>{DEADLINE_STATE_LABELS[state]}</span>;
}
