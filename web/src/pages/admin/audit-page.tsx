/** Admin → Audit log: security events newest first, filtered by action and e-mail (kept in the address), a page at a time. */
import { useMemo } from 'react';
import { isAuditAction } from '../../../../src/core/audit.js';
import { listAudit, type AuditFilter } from '../../api/audit.js';
import { SelectField, TextField } from '../../components/fields.js';
import { PagedListView } from '../../components/paged-list-view.js';
import { useDebounced } from '../../hooks/use-debounced.js';
import { usePagedList } from '../../hooks/use-paged-list.js';
import { useQueryParams } from '../../hooks/use-query-params.js';
import { AUDIT_ACTION_LABELS } from './audit-labels.js';
import { AuditTable } from './audit-table.js';

const PAGE_SIZE = 50;
const KEYS = ['action', 'email'] as const;
/** As loose as the server's check: the API refuses a part of an address, so one is not sent while being typed. */
const WHOLE_EMAIL = /^[^\s@]+@[^\s@]+$/;

/** The audit log page (admins only; the app checks before it shows it). */
export default function AuditPage() {
  const [params, setParams] = useQueryParams(KEYS);
  const email = useDebounced(params.email.trim(), 300);
  const action = isAuditAction(params.action) ? params.action : '';
  const filter: AuditFilter = useMemo(() => ({ action: action === '' ? undefined : action, email: WHOLE_EMAIL.test(email) ? email : undefined }), [action, email]);
  const list = usePagedList(JSON.stringify(filter), (cursor) => listAudit(filter, cursor, PAGE_SIZE));
  const partial = params.email.trim() !== '' && !WHOLE_EMAIL.test(params.email.trim());

  return (
    <>
      <h1>Audit log</h1>
      <form className="filters" role="search" aria-label="Filter the audit log" onSubmit={(event) => event.preventDefault()}>
        <SelectField label="Action" emptyLabel="Any action" options={AUDIT_ACTION_LABELS} value={action} onChange={(value) => setParams({ action: value })} />
        <TextField
          label="E-mail"
          type="search"
          value={params.email}
          onChange={(value) => setParams({ email: value })}
          placeholder="done by or to this account"
          hint={partial ? 'Filters once it is a whole address.' : undefined}
        />
      </form>
      <PagedListView list={list} empty="No event matches these filters.">
        {(items) => <AuditTable events={items} />}
      </PagedListView>
    </>
  );
}
