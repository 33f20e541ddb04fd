/** Incidents: newest first, filtered by what they owe (in the address), a page at a time; editors and admins record one here. */
import { useState } from 'react';
import type { Owed } from '../../../../src/core/incident.js';
import { listIncidents } from '../../api/incidents.js';
import { SelectField } from '../../components/fields.js';
import { PagedListView } from '../../components/paged-list-view.js';
import { usePagedList } from '../../hooks/use-paged-list.js';
import { useQueryParams } from '../../hooks/use-query-params.js';
import { OWED_FILTER_LABELS } from '../../incidents/labels.js';
import { useCanWrite } from '../../session/session.js';
import { IncidentTable } from './incident-table.js';
import { RecordIncidentForm } from './record-incident-form.js';

const PAGE_SIZE = 25;
const KEYS = ['owed'] as const;
const FORM_ID = 'record-incident';

/** A value of the filter, or '' for anything (a hand-edited address may hold any text). */
function owedOf(value: string): Owed | '' {
  return value in OWED_FILTER_LABELS ? (value as Owed) : '';
}

/** The incidents page. */
export default function IncidentsPage() {
  const canWrite = useCanWrite();
  const [params, setParams] = useQueryParams(KEYS);
  const owed = owedOf(params.owed);
  const list = usePagedList(owed, (cursor) => listIncidents(owed === '' ? undefined : owed, cursor, PAGE_SIZE));
  const [recording, setRecording] = useState(false);

  return (
    <>
      <div className="page-head">
        <h1>Incidents</h1>
        {canWrite ? (
          <button type="button" className="button-primary" aria-expanded={recording} aria-controls={FORM_ID} onClick={() => setRecording(!recording)}>
            Record an incident
          </button>
        ) : null}
      </div>
      <div id={FORM_ID}>{recording ? <RecordIncidentForm onCancel={() => setRecording(false)} /> : null}</div>
      <form className="filters" role="search" aria-label="Filter incidents" onSubmit={(event) => event.preventDefault()}>
        <SelectField label="Owes" emptyLabel="Anything" options={OWED_FILTER_LABELS} value={owed} onChange={(value) => setParams({ owed: value })} />
      </form>
      <PagedListView list={list} empty={owed === '' ? 'No incident has been recorded yet.' : 'No incident owes this.'}>
        {(items) => <IncidentTable incidents={items} />}
      </PagedListView>
    </>
  );
}
