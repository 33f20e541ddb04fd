/** Incidents → Record an incident (editors, admins): the facts, sent to the server, which decides what is owed; then the incident's page. */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { recordIncident } from '../../api/incidents.js';
import { FormActions } from '../../components/form-actions.js';
import { ErrorNote } from '../../components/notices.js';
import { useAction } from '../../hooks/use-action.js';
import { emptyDraft, factsOf } from '../../incidents/facts-draft.js';
import { navigate } from '../../routing/router.js';
import { incidentPath } from '../../routing/routes.js';
import { FIELDS_WITH_ERRORS, IncidentFields } from './incident-fields.js';

/** The form, its first field focused when it opens; `onCancel` closes it. */
export function RecordIncidentForm({ onCancel }: { onCancel(): void }) {
  const [draft, setDraft] = useState(emptyDraft);
  const action = useAction();
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => form.current?.querySelector('input')?.focus(), []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await action.run(async () => navigate(incidentPath((await recordIncident(factsOf(draft))).id)));
  };

  return (
    <form ref={form} className="panel" aria-labelledby="record-incident-title" onSubmit={(event) => void submit(event)}>
      <h2 id="record-incident-title">Record an incident</h2>
      <p className="section-hint">The policy decides from these facts whether a postmortem is owed; an owed one is drafted at once.</p>
      <IncidentFields draft={draft} onChange={setDraft} error={action.error} />
      <ErrorNote error={action.error} beside={FIELDS_WITH_ERRORS} />
      <FormActions busy={action.busy} label="Record incident" busyLabel="Recording…" onCancel={onCancel} />
    </form>
  );
}
