/** Severity (the kind follows it), title and key times in the user's zone -> a new draft, opened for editing. */
import { useState, type FormEvent } from 'react';
import type { Kind, Severity } from '../../../../src/core/postmortem.schema.js';
import { isMajor } from '../../../../src/core/severity.js';
import { createPostmortem } from '../../api/postmortems.js';
import { SelectField, TextField } from '../../components/fields.js';
import { ErrorNote } from '../../components/notices.js';
import { fromLocalInput, localZoneName } from '../../editing/local-time.js';
import { KIND_LABELS, SEVERITY_LABELS } from '../../postmortem/labels.js';
import { navigate } from '../../routing/router.js';
import { postmortemPath } from '../../routing/routes.js';
import { useUser } from '../../session/session.js';

/** The kind a severity calls for: the full template for SEV1/SEV2, the lightweight one below. */
function kindFor(severity: Severity | ''): Kind {
  return severity === '' || isMajor(severity) ? 'full' : 'lightweight';
}

/** The start-from-facts form. */
export function StartForm() {
  const user = useUser();
  const [severity, setSeverity] = useState<Severity | ''>('');
  const [kind, setKind] = useState<Kind>('full');
  const [title, setTitle] = useState('');
  const [started, setStarted] = useState('');
  const [detected, setDetected] = useState('');
  const [resolved, setResolved] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const chooseSeverity = (value: Severity | '') => {
    setSeverity(value);
    setKind(kindFor(value));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      const created = await createPostmortem({
        title: title.trim(),
        severity: severity === '' ? null : severity,
        kind,
        author: user.name || user.email,
        times: { startedAt: fromLocalInput(started), detectedAt: fromLocalInput(detected), acknowledgedAt: null, mitigatedAt: null, resolvedAt: fromLocalInput(resolved) },
      });
      navigate(postmortemPath(created.id, 'edit'));
    } catch (caught) {
      setError(caught);
      setBusy(false);
    }
  };

  const zoneHint = `Your time (${localZoneName()}); stored in UTC.`;
  return (
    <form className="form-grid" onSubmit={(event) => void submit(event)}>
      <SelectField label="Severity" emptyLabel="Not decided yet" options={SEVERITY_LABELS} value={severity} onChange={chooseSeverity} />
      <SelectField label="Kind" options={KIND_LABELS} value={kind} onChange={(value) => value !== '' && setKind(value)} hint="Follows the severity: full for SEV1/SEV2, lightweight below." />
      <TextField className="span-2" label="Title" required value={title} onChange={setTitle} placeholder="Checkout latency after the cache migration" />
      <TextField label="Impact started" type="datetime-local" value={started} onChange={setStarted} hint={zoneHint} />
      <TextField label="Detected" type="datetime-local" value={detected} onChange={setDetected} hint={zoneHint} />
      <TextField label="Resolved" type="datetime-local" value={resolved} onChange={setResolved} hint={zoneHint} />
      <ErrorNote error={error} />
      <div className="form-actions span-2">
        <button type="submit" className="button-primary" disabled={busy || title.trim() === ''}>
          {busy ? 'Creating…' : 'Create and start writing'}
        </button>
      </div>
    </form>
  );
}
