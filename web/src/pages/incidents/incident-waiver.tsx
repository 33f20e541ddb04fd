/** An incident's page → the waiver: who waived the owed postmortem, when and why; admins waive with a reason or withdraw it. */
import { useState, type FormEvent } from 'react';
import { waiveIncident, withdrawWaiver } from '../../api/incidents.js';
import type { Incident } from '../../api/types.js';
import { ConfirmButton } from '../../components/confirm-button.js';
import { TextArea } from '../../components/fields.js';
import { FormActions } from '../../components/form-actions.js';
import { LocalTime } from '../../components/local-time.js';
import { ErrorNote, fieldError, StatusNote } from '../../components/notices.js';
import { useAction } from '../../hooks/use-action.js';

interface WaiverProps {
  incident: Incident;
  /** True for admins, who waive and withdraw. */
  canWaive: boolean;
  onChanged(incident: Incident): void;
}

/** The waiver in force, and Withdraw for admins. */
function WaiverShown({ incident, canWaive, onChanged }: WaiverProps) {
  const action = useAction();
  const waiver = incident.waiver;
  if (waiver === null) return null;
  return (
    <>
      <p data-testid="waiver">
        Waived by {waiver.by} on <LocalTime utc={waiver.at} />:
      </p>
      <blockquote className="waiver-reason">{waiver.reason}</blockquote>
      {canWaive ? (
        <ConfirmButton label="Withdraw the waiver" question="Withdraw the waiver?" confirmLabel="Withdraw" disabled={action.busy} onConfirm={() => void action.run(async () => onChanged(await withdrawWaiver(incident.id)))}>
          <p>The postmortem the policy owes is owed again, with its deadlines; one is drafted if the incident has none.</p>
        </ConfirmButton>
      ) : null}
      <ErrorNote error={action.error} />
    </>
  );
}

/** The form that waives the owed postmortem (admins). */
function WaiveForm({ incident, onChanged }: Omit<WaiverProps, 'canWaive'>) {
  const [reason, setReason] = useState('');
  const action = useAction();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await action.run(async () => onChanged(await waiveIncident(incident.id, reason)));
  };
  return (
    <form aria-labelledby="waive-heading" onSubmit={(event) => void submit(event)}>
      <h3 id="waive-heading">Waive the postmortem</h3>
      <TextArea
        label="Why is no postmortem needed?"
        rows={2}
        value={reason}
        onChange={setReason}
        hint="Kept in the incident’s history and the audit log; the deadlines stop."
        error={fieldError(action.error, 'reason')}
      />
      <ErrorNote error={action.error} beside={['reason']} />
      <FormActions busy={action.busy} label="Waive" busyLabel="Waiving…" />
    </form>
  );
}

/** The section: shown when there is a waiver, or to admins while a postmortem is owed. */
export function IncidentWaiver({ incident, canWaive, onChanged }: WaiverProps) {
  const [done, setDone] = useState<string | null>(null);
  const changed = (next: Incident) => {
    setDone(next.waiver === null ? 'Waiver withdrawn: the postmortem is owed again.' : 'Waived: its deadlines stop.');
    onChanged(next);
  };
  if (incident.waiver === null && !(canWaive && incident.owed !== 'none')) return <StatusNote message={done} />;
  return (
    <section className="panel" aria-labelledby="waiver-heading">
      <h2 id="waiver-heading">Waiver</h2>
      {incident.waiver === null ? (
        <>
          <p className="section-hint">No waiver: the postmortem is owed.</p>
          <WaiveForm incident={incident} onChanged={changed} />
        </>
      ) : (
        <WaiverShown incident={incident} canWaive={canWaive} onChanged={changed} />
      )}
      <StatusNote message={done} />
    </section>
  );
}
