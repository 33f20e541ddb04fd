/** Action items as the dashboard lists them: the action (id, ticket), owner, due date (overdue marked), priority, status, postmortem, and an optional action per row. */
import type { ReactNode } from 'react';
import { isOverdue } from '../../../../src/core/due-date.js';
import type { ActionItemRow } from '../../api/types.js';
import { TableHead } from '../../components/table-head.js';
import { ACTION_STATUS_LABELS } from '../../postmortem/labels.js';
import { Link } from '../../routing/router.js';
import { postmortemPath } from '../../routing/routes.js';
import { rowKey } from '../action-items/action-item-query.js';
import { ActionCell } from '../action-items/action-cell.js';

interface ItemTableProps {
  rows: readonly ActionItemRow[];
  /** What the table holds, for screen readers. */
  caption: string;
  /** Leave the owner out (the rows are one owner's). */
  ownerKnown?: boolean;
  /** A control for each row (Verify…), in a last column. */
  action?(row: ActionItemRow): ReactNode;
}

/** The table (it scrolls sideways on narrow screens). */
export function ItemTable({ rows, caption, ownerKnown = false, action }: ItemTableProps) {
  const today = new Date().toISOString().slice(0, 10);
  const columns = ['Action', ...(ownerKnown ? [] : ['Owner']), 'Due', 'Priority', 'Status', 'Postmortem', ...(action === undefined ? [] : [''])];
  return (
    <div className="table-scroll">
      <table className="list-table">
        <caption className="visually-hidden">{caption}</caption>
        <TableHead columns={columns} />
        <tbody>
          {rows.map((row) => {
            const overdue = isOverdue(row.item, today);
            return (
              <tr key={rowKey(row)} data-testid="dashboard-item" className={overdue ? 'overdue' : undefined}>
                <ActionCell item={row.item} />
                {ownerKnown ? null : <td>{row.item.owner ?? '—'}</td>}
                <td className="due-cell">
                  {row.item.due ?? '—'}
                  {overdue ? <span className="badge badge-overdue">Overdue</span> : null}
                </td>
                <td>{row.item.priority ?? '—'}</td>
                <td>{ACTION_STATUS_LABELS[row.item.status]}</td>
                <td>
                  <Link to={postmortemPath(row.postmortemId)}>{row.postmortemTitle}</Link>
                </td>
                {action === undefined ? null : <td>{action(row)}</td>}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
