/** An incident's page → Edit the facts (editors, admins): the changed facts sent with If-Match; when someone else changed it meanwhile, offers their version. */
import { useState, type FormEvent } from 'react';
import { changeIncident } from '../../api/incidents.js';
import { ApiError } from '../../api/http.js';
import type { Incident } from '../../api/types.js';
import { FormActions } from '../../components/form-actions.js';
import { ErrorNote } from '../../components/notices.js';
import { useAction } from '../../hooks/use-action.js';
import { changedFacts, draftOf, factsOf } from '../../incidents/facts-draft.js';
import { FIELDS_WITH_ERRORS, IncidentFields } from './incident-fields.js';

interface EditIncidentFormProps {
  incident: Incident;
  onSaved(incident: Incident): void;
  onCancel(): void;
  /** Reads the incident again (after a 412); the form starts over from what is read. */
  onReload(): Promise<void>;
}

/** True for the server's answer that the version sent is no longer current. */
function isStale(error: unknown): boolean {
  return error instanceof ApiError && error.status === 412;
}

/** The form. */
export function EditIncidentForm({ incident, onSaved, onCancel, onReload }: EditIncidentFormProps) {
  const [draft, setDraft] = useState(() => draftOf(incident));
  const action = useAction();
  const reload = useAction();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const change = changedFacts(incident, factsOf(draft));
    if (Object.keys(change).length === 0) return onCancel();
    await action.run(async () => onSaved(await changeIncident(incident.id, incident.version, change)));
  };

  return (
    <form aria-labelledby="edit-facts-heading" onSubmit={(event) => void submit(event)}>
      <h3 id="edit-facts-heading">Edit the facts</h3>
      <p className="section-hint">The policy in force decides again what the incident owes from the facts you save.</p>
      <IncidentFields draft={draft} onChange={setDraft} error={action.error} />
      {isStale(action.error) ? (
        <ErrorNote error={reload.error}>
          <p>Someone else changed this incident since you opened it, so your changes were not saved.</p>
          <button type="button" disabled={reload.busy} onClick={() => void reload.run(onReload)}>
            Reload their version
          </button>{' '}
          <span>(your changes here are discarded; make them again on their version)</span>
        </ErrorNote>
      ) : (
        <ErrorNote error={action.error} beside={FIELDS_WITH_ERRORS} />
      )}
      <FormActions busy={action.busy} label="Save the facts" busyLabel="Saving…" onCancel={onCancel} />
    </form>
  );
}
