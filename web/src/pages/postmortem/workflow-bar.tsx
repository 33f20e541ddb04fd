/** Status buttons along the review workflow; a refusal (lint errors, a wrong move) is shown with its reasons. */
import { useState } from 'react';
import type { Status } from '../../../../src/core/postmortem.schema.js';
import { canTransition } from '../../../../src/core/status-flow.js';
import { ApiError } from '../../api/http.js';
import type { LintFinding } from '../../api/types.js';
import { StatusBadge } from '../../components/badges.js';

const MOVES: { to: Status; label: string }[] = [
  { to: 'in_review', label: 'Submit for review' },
  { to: 'draft', label: 'Back to draft' },
  { to: 'final', label: 'Finalize' },
  { to: 'published', label: 'Publish' },
];

function isFindingList(details: unknown): details is LintFinding[] {
  return Array.isArray(details) && details.every((d) => typeof d === 'object' && d !== null && 'message' in d);
}

function Refusal({ error }: { error: unknown }) {
  const message = error instanceof Error ? error.message : String(error);
  const findings = error instanceof ApiError && isFindingList(error.details) ? error.details : [];
  return (
    <div className="note note-error refusal" role="alert">
      <p>{message}</p>
      {findings.length === 0 ? null : (
        <ul>
          {findings.map((f, i) => (
            <li key={i}>
              {f.message} <span className="finding-rule">{f.ruleId}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The status and the moves allowed from it (none for viewers). */
export function WorkflowBar({ status, canWrite, onMove }: { status: Status; canWrite: boolean; onMove(to: Status): Promise<void> }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const move = async (to: Status) => {
    setBusy(true);
    setError(null);
    try {
      await onMove(to);
    } catch (caught) {
      setError(caught);
    }
    setBusy(false);
  };
  return (
    <div className="workflow">
      <span className="workflow-status">
        Status: <StatusBadge status={status} />
      </span>
      {canWrite
        ? MOVES.filter((m) => canTransition(status, m.to)).map((m) => (
            <button key={m.to} type="button" disabled={busy} onClick={() => void move(m.to)}>
              {m.label}
            </button>
          ))
        : null}
      {error === null ? null : <Refusal error={error} />}
    </div>
  );
}
