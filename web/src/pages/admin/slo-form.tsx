/** Admin → SLOs: the form that sets a service's SLO (replacing the one it had); the server's complaints beside each field. */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { putSlo } from '../../api/slos.js';
import type { StoredSlo } from '../../api/types.js';
import { TextField } from '../../components/fields.js';
import { FormActions } from '../../components/form-actions.js';
import { ErrorNote, fieldError } from '../../components/notices.js';
import { useAction } from '../../hooks/use-action.js';

const FIELDS = ['service', 'targetPercent', 'windowDays'] as const;

interface SloFormProps {
  /** The SLOs there are, to say when saving replaces one. */
  slos: readonly StoredSlo[];
  /** An SLO to start from (Edit in its row: the focus moves here), or null for a blank form. */
  start: StoredSlo | null;
  /** The SLO as saved, and whether it replaced one. */
  onSaved(slo: StoredSlo, replaced: boolean): void;
}

/** The form; give it a new `key` to start it over (from `start`). */
export function SloForm({ slos, start, onSaved }: SloFormProps) {
  const [service, setService] = useState(start?.service ?? '');
  const [target, setTarget] = useState(start === null ? '99.9' : String(start.targetPercent));
  const [window, setWindow] = useState(start === null ? '30' : String(start.windowDays));
  const action = useAction();
  const form = useRef<HTMLFormElement>(null);
  const existing = slos.find((slo) => slo.service.toLowerCase() === service.trim().toLowerCase());

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await action.run(async () => onSaved(await putSlo(service.trim(), { targetPercent: Number(target), windowDays: Number(window) }), existing !== undefined));
  };

  useEffect(() => {
    if (start !== null) form.current?.querySelector('input')?.focus();
  }, [start]);

  return (
    <form ref={form} className="panel" aria-labelledby="slo-form-heading" onSubmit={(event) => void submit(event)}>
      <h2 id="slo-form-heading">Set a service’s SLO</h2>
      <div className="form-grid">
        <TextField
          label="Service"
          required
          value={service}
          onChange={setService}
          hint={existing === undefined ? 'As postmortems list it under services (any case).' : `Saving replaces the SLO of ${existing.service}.`}
          error={fieldError(action.error, 'service')}
        />
        <TextField label="Target (%)" required type="number" value={target} onChange={setTarget} hint="Percent of good minutes, e.g. 99.9." error={fieldError(action.error, 'targetPercent')} />
        <TextField label="Window (days)" required type="number" min={1} value={window} onChange={setWindow} hint="The rolling window the budget is counted over, e.g. 30." error={fieldError(action.error, 'windowDays')} />
      </div>
      <ErrorNote error={action.error} beside={FIELDS} />
      <FormActions busy={action.busy} label={existing === undefined ? 'Set SLO' : 'Replace SLO'} busyLabel="Saving…" />
    </form>
  );
}
