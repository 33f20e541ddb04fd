/** Action items across all postmortems: mine, overdue, priority, status, owner and team filters; overdue items marked, tickets linked, File in tracker for the others; inline status change (won't do with a reason, Verify… with evidence), confirmed. */
import { useEffect, useState } from 'react';
import { isOverdue } from '../../../../src/core/due-date.js';
import type { ActionStatus } from '../../../../src/core/postmortem.schema.js';
import type { ActionItemRow } from '../../api/types.js';
import { CheckboxField, SelectField, TextField } from '../../components/fields.js';
import { ErrorNote, Loading } from '../../components/notices.js';
import { useDebounced } from '../../hooks/use-debounced.js';
import { useQueryParams } from '../../hooks/use-query-params.js';
import { ACTION_STATUS_LABELS, PRIORITY_LABELS } from '../../postmortem/labels.js';
import { Link } from '../../routing/router.js';
import { postmortemPath } from '../../routing/routes.js';
import { useUser } from '../../session/session.js';
import { matchesStatus, queryActionItems, rowKey, type ActionItemQuery } from './action-item-query.js';
import { TableHead } from '../../components/table-head.js';
import { itemLabel } from './item-label.js';
import { StatusCell } from './status-cell.js';
import { ActionCell } from './action-cell.js';
import { FileButton } from './file-button.js';

const STATUS_FILTERS = { not_closed: 'Not closed', any: 'Any status', ...ACTION_STATUS_LABELS };
const KEYS = ['mine', 'overdue', 'owner', 'team', 'priority', 'status'] as const;

/** The action-items page. */
export function ActionItemsPage() {
  const user = useUser();
  const [params, setParams] = useQueryParams(KEYS);
  const query: ActionItemQuery = {
    mine: params.mine === '1',
    overdue: params.overdue === '1',
    owner: params.owner,
    team: params.team,
    priority: params.priority,
    status: params.status || 'not_closed',
  };
  const settled = useDebounced(JSON.stringify(query), 300);
  const [rows, setRows] = useState<ActionItemRow[] | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let live = true;
    setError(null);
    queryActionItems(JSON.parse(settled) as ActionItemQuery, user).then(
      (found) => live && setRows(found),
      (caught: unknown) => live && setError(caught),
    );
    return () => {
      live = false;
    };
  }, [settled, user]);

  const [changed, setChanged] = useState<string | null>(null);
  /** Shows an item's new status (the server has it already): confirmed, and out of a list it no longer belongs in. */
  const statusChanged = (row: ActionItemRow, status: ActionStatus) => {
    // The row is found by its key (a reload may have replaced the object).
    const key = rowKey(row);
    const stays = matchesStatus(query, status);
    setRows((current) => current?.flatMap((r) => (rowKey(r) !== key ? [r] : stays ? [{ ...r, item: { ...r.item, status } }] : [])) ?? null);
    setChanged(`${itemLabel(row)} is now ${ACTION_STATUS_LABELS[status]}${stays ? '' : '; it has left this list'}.`);
  };
  const today = new Date().toISOString().slice(0, 10);

  return (
    <>
      <h1>Action items</h1>
      <form className="filters" role="search" aria-label="Filter action items" onSubmit={(event) => event.preventDefault()}>
        <CheckboxField label="Mine" checked={query.mine} onChange={(mine) => setParams({ mine: mine ? '1' : '' })} />
        <CheckboxField label="Overdue" checked={query.overdue} onChange={(overdue) => setParams({ overdue: overdue ? '1' : '' })} />
        <SelectField label="Priority" emptyLabel="Any priority" options={PRIORITY_LABELS} value={params.priority as keyof typeof PRIORITY_LABELS | ''} onChange={(priority) => setParams({ priority })} />
        <SelectField label="Status" options={STATUS_FILTERS} value={query.status as keyof typeof STATUS_FILTERS} onChange={(status) => setParams({ status: status === 'not_closed' ? '' : status })} />
        {query.mine ? null : <TextField label="Owner" value={params.owner} onChange={(owner) => setParams({ owner })} />}
        <TextField label="Team" value={params.team} onChange={(team) => setParams({ team })} />
      </form>
      <ErrorNote error={error} />
      <p role="status" className="field-note">
        {changed}
      </p>
      {rows === null ? (
        <Loading what="action items" />
      ) : rows.length === 0 ? (
        <p className="empty">No action item matches these filters.</p>
      ) : (
        <div className="table-scroll">
          <table className="list-table">
            <caption className="visually-hidden">Action items, P1 first, then by due date</caption>
            <TableHead columns={['Action', 'Owner', 'Due', 'Priority', 'Status', 'Postmortem']} />
            <tbody>
              {rows.map((row) => (
                <tr key={rowKey(row)} data-testid="action-item-row" className={isOverdue(row.item, today) ? 'overdue' : undefined}>
                  <ActionCell item={row.item}>
                    <FileButton row={row} />
                  </ActionCell>
                  <td>{row.item.owner ?? '—'}</td>
                  <td>
                    {row.item.due ?? '—'}
                    {isOverdue(row.item, today) ? <span className="badge badge-overdue">Overdue</span> : null}
                  </td>
                  <td>{row.item.priority ?? '—'}</td>
                  <td>
                    <StatusCell row={row} onChanged={(status) => statusChanged(row, status)} />
                  </td>
                  <td>
                    <Link to={postmortemPath(row.postmortemId)}>{row.postmortemTitle}</Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
