/**
 * The review's sign-offs: who approved which version and when, which no longer hold (edited or reopened since),
 * how many final needs; an editor or admin who did not write it approves the version in review, or withdraws.
 */
import { useEffect, useState } from 'react';
import type { Status } from '../../../../src/core/postmortem.schema.js';
import { approve, getApprovals, withdrawApproval } from '../../api/approvals.js';
import type { Approval, Approvals } from '../../api/types.js';
import { ErrorNote } from '../../components/notices.js';
import { formatLocal } from '../../editing/local-time.js';
import { useAction } from '../../hooks/use-action.js';
import { useUser } from '../../session/session.js';

const STALE: Record<NonNullable<Approval['stale']>, string> = {
  edited: 'changed since: no longer counts',
  reopened: 'reopened since: no longer counts',
};

/** "Needs 1 more approval to be finalized", or that it has what it needs. */
function summary({ required, current }: Approvals): string {
  if (required === 0) return 'No approval is needed to finalize.';
  const missing = required - current;
  if (missing <= 0) return `Approved: ${current} of ${required} needed.`;
  return `Needs ${missing} more approval${missing === 1 ? '' : 's'} to be finalized (${current} of ${required}).`;
}

/** The approvals of the postmortem at `version`, reloaded when it or its status changes; approving is offered when the server allows it. */
export function ApprovalsPanel({ id, version, status, canWrite }: { id: string; version: number; status: Status; canWrite: boolean }) {
  const me = useUser();
  const [approvals, setApprovals] = useState<Approvals | null>(null);
  const action = useAction();
  useEffect(() => {
    const abort = new AbortController();
    getApprovals(id, abort.signal).then(
      (loaded) => {
        if (!abort.signal.aborted) setApprovals(loaded);
      },
      () => undefined,
    );
    return () => abort.abort();
  }, [id, version, status]);
  if (approvals === null) return null;

  const act = (change: () => Promise<Approvals>) => action.run(async () => setApprovals(await change()));
  const mine = approvals.items.find((a) => a.by.userId === me.id);
  const mayApprove = approvals.cannotApprove === null && (mine === undefined || mine.stale !== null);
  return (
    <section className="approvals" aria-labelledby="approvals-heading">
      <h2 id="approvals-heading">Approvals</h2>
      <p className="approvals-summary">{summary(approvals)}</p>
      {approvals.items.length === 0 ? null : (
        <ul className="approvals-list">
          {approvals.items.map((a) => (
            <li key={a.by.userId} className={a.stale === null ? 'approval' : 'approval approval-stale'}>
              <span className="approval-by">{a.by.email}</span> approved revision {a.version} on {formatLocal(a.at)}
              {a.stale === null ? null : <span className="approval-stale-note"> — {STALE[a.stale]}</span>}
            </li>
          ))}
        </ul>
      )}
      {canWrite && status === 'in_review' && approvals.cannotApprove !== null ? <p className="field-note">{approvals.cannotApprove}</p> : null}
      <div className="form-actions">
        {mayApprove ? (
          <button type="button" className="button-primary" disabled={action.busy} onClick={() => void act(() => approve(id, version))}>
            {mine === undefined ? 'Approve this revision' : 'Approve again'}
          </button>
        ) : null}
        {canWrite && mine !== undefined ? (
          <button type="button" className="button-quiet" disabled={action.busy} onClick={() => void act(() => withdrawApproval(id))}>
            Withdraw my approval
          </button>
        ) : null}
      </div>
      <ErrorNote error={action.error} />
    </section>
  );
}
