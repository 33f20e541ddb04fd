/** The fields of an incident's facts, shared by the record and edit forms: times in the user's zone, the server's complaints beside each field. */
import type { FlagKey, FactsDraft } from '../../incidents/facts-draft.js';
import { CheckboxField, SelectField, TextField } from '../../components/fields.js';
import { ListInput } from '../../components/list-input.js';
import { fieldError, listFieldError } from '../../components/notices.js';
import { formatUtc, fromLocalInput, localZoneName } from '../../editing/local-time.js';
import { FACT_LABELS, FLAG_LABELS } from '../../incidents/labels.js';
import { SEVERITY_LABELS } from '../../postmortem/labels.js';

/** The facts whose errors these fields show beside them: an error about anything else is for the form's general note. */
export const FIELDS_WITH_ERRORS = ['title', 'severity', 'customerImpactMinutes', 'startedAt', 'resolvedAt', 'services', 'teams', 'failureMode', 'source'] as const;

interface IncidentFieldsProps {
  draft: FactsDraft;
  onChange(draft: FactsDraft): void;
  /** The last error of sending the form (a 422 names the fields). */
  error: unknown;
}

/** A datetime-local field in the user's zone, its UTC value underneath. */
function TimeField({ label, value, onChange, error }: { label: string; value: string; onChange(value: string): void; error?: string }) {
  const utc = fromLocalInput(value);
  return <TextField label={label} type="datetime-local" value={value} onChange={onChange} hint={utc === null ? 'Empty when not known.' : formatUtc(utc)} error={error} />;
}

/** The fields. */
export function IncidentFields({ draft, onChange, error }: IncidentFieldsProps) {
  const set = <K extends keyof FactsDraft>(key: K, value: FactsDraft[K]) => onChange({ ...draft, [key]: value });
  return (
    <>
      <div className="form-grid">
        <TextField className="span-2" label={FACT_LABELS.title} required value={draft.title} onChange={(value) => set('title', value)} error={fieldError(error, 'title')} />
        <SelectField label={FACT_LABELS.severity} emptyLabel="Not known yet" options={SEVERITY_LABELS} value={draft.severity} onChange={(value) => set('severity', value)} error={fieldError(error, 'severity')} />
        <TextField
          label={FACT_LABELS.customerImpactMinutes}
          type="number"
          min={0}
          value={draft.customerImpactMinutes}
          onChange={(value) => set('customerImpactMinutes', value)}
          hint="Minutes customers could see it; 0 for none, empty when not known."
          error={fieldError(error, 'customerImpactMinutes')}
        />
      </div>
      <fieldset className="form-grid incident-times">
        <legend>When, in your time zone ({localZoneName()})</legend>
        <TimeField label={FACT_LABELS.startedAt} value={draft.startedAt} onChange={(value) => set('startedAt', value)} error={fieldError(error, 'startedAt')} />
        <TimeField label={FACT_LABELS.resolvedAt} value={draft.resolvedAt} onChange={(value) => set('resolvedAt', value)} error={fieldError(error, 'resolvedAt')} />
      </fieldset>
      <div className="form-grid">
        <ListInput label={FACT_LABELS.services} values={draft.services} onChange={(values) => set('services', values)} error={listFieldError(error, 'services', draft.services)} />
        <ListInput label={FACT_LABELS.teams} values={draft.teams} onChange={(values) => set('teams', values)} error={listFieldError(error, 'teams', draft.teams)} />
        <TextField
          label={FACT_LABELS.failureMode}
          value={draft.failureMode}
          onChange={(value) => set('failureMode', value)}
          placeholder="disk-full"
          hint="A short lower-case label; repeats are recognised by it."
          error={fieldError(error, 'failureMode')}
        />
        <TextField label={FACT_LABELS.source} value={draft.source} onChange={(value) => set('source', value)} hint="Where it was reported from." error={fieldError(error, 'source')} />
      </div>
      <fieldset className="incident-flags">
        <legend>What else happened</legend>
        {(Object.keys(FLAG_LABELS) as FlagKey[]).map((key) => (
          <CheckboxField key={key} label={FLAG_LABELS[key]} checked={draft[key]} onChange={(checked) => set(key, checked)} />
        ))}
      </fieldset>
    </>
  );
}
