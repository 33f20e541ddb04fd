/** Status buttons along the review workflow; a refusal (lint errors, a wrong move) is shown with its reasons. */
import { useState } from 'react';
import type { Status } from '../../../../src/core/postmortem.schema.js';
import { canTransition, isFrozen, isReopening } from '../../../../src/core/status-flow.js';
import { ApiError } from '../../api/http.js';
import type { LintFinding } from '../../api/types.js';
import { StatusBadge } from '../../components/badges.js';
import { TextArea } from '../../components/fields.js';

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

/** Asks why a frozen postmortem is reopened; the reason is recorded in its history. */
function ReopenForm({ status, busy, onReopen, onCancel }: { status: Status; busy: boolean; onReopen(reason: string): void; onCancel(): void }) {
  const [reason, setReason] = useState('');
  return (
    <form
      className="reopen-form"
      onSubmit={(event) => {
        event.preventDefault();
        onReopen(reason.trim());
      }}
    >
      <TextArea label="Why reopen it?" rows={2} value={reason} onChange={setReason} placeholder="What must change, e.g. the customer count was wrong" />
      <p className="field-note">It goes back to draft; the reason is kept in its history. Review and the lint gate apply again before it is {status} again.</p>
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={busy || reason.trim() === ''}>
          Reopen to draft
        </button>
        <button type="button" className="button-quiet" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/** The status and the moves allowed from it (none for viewers); a final or published postmortem is reopened with a reason. */
export function WorkflowBar({ status, canWrite, onMove }: { status: Status; canWrite: boolean; onMove(to: Status, reason?: string): Promise<void> }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [reopening, setReopening] = useState(false);
  const move = async (to: Status, reason?: string) => {
    setBusy(true);
    setError(null);
    try {
      await onMove(to, reason);
      setReopening(false);
    } catch (caught) {
      setError(caught);
    }
    setBusy(false);
  };
  const frozen = isFrozen(status);
  return (
    <div className="workflow">
      <span className="workflow-status">
        Status: <StatusBadge status={status} />
      </span>
      {canWrite
        ? MOVES.filter((m) => canTransition(status, m.to) && !isReopening(status, m.to)).map((m) => (
            <button key={m.to} type="button" disabled={busy} onClick={() => void move(m.to)}>
              {m.label}
            </button>
          ))
        : null}
      {canWrite && frozen && !reopening ? (
        <button type="button" disabled={busy} onClick={() => setReopening(true)}>
          Reopen…
        </button>
      ) : null}
      {frozen ? <p className="field-note frozen-note">{status === 'published' ? 'Published' : 'Final'}: frozen. Reopen it to draft to change it; action items can still be closed.</p> : null}
      {reopening ? <ReopenForm status={status} busy={busy} onReopen={(reason) => void move('draft', reason)} onCancel={() => setReopening(false)} /> : null}
      {error === null ? null : <Refusal error={error} />}
    </div>
  );
}
