/** The filters of the postmortem list: search, status, severity, service, tag, author, started between. */
import { SelectField, TextField } from '../../components/fields.js';
import { SEVERITY_LABELS, STATUS_LABELS } from '../../postmortem/labels.js';
import type { Severity, Status } from '../../../../src/core/postmortem.schema.js';

export const FILTER_KEYS = ['q', 'status', 'severity', 'service', 'tag', 'author', 'from', 'to'] as const;

/** The filter values, as kept in the address. */
export type FilterValues = Record<(typeof FILTER_KEYS)[number], string>;

/** The filter form (changes apply as you type). */
export function ListFilters({ values, onChange }: { values: FilterValues; onChange(changes: Partial<FilterValues>): void }) {
  return (
    <form className="filters" role="search" aria-label="Filter postmortems" onSubmit={(event) => event.preventDefault()}>
      <TextField className="filter-search" label="Search" type="search" placeholder="Words, a ticket key or a name, e.g. checkout latency" value={values.q} onChange={(q) => onChange({ q })} />
      <SelectField label="Status" emptyLabel="Any status" options={STATUS_LABELS} value={values.status as Status | ''} onChange={(status) => onChange({ status })} />
      <SelectField label="Severity" emptyLabel="Any severity" options={SEVERITY_LABELS} value={values.severity as Severity | ''} onChange={(severity) => onChange({ severity })} />
      <TextField label="Service" value={values.service} onChange={(service) => onChange({ service })} />
      <TextField label="Tag" value={values.tag} onChange={(tag) => onChange({ tag })} />
      <TextField label="Author" value={values.author} onChange={(author) => onChange({ author })} />
      <TextField label="Started from" type="date" value={values.from} onChange={(from) => onChange({ from })} />
      <TextField label="Started before" type="date" value={values.to} onChange={(to) => onChange({ to })} />
    </form>
  );
}
