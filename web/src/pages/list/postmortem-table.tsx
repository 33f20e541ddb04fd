/** The rows of the postmortem list: title, severity, status, started, duration, open action items. */
import type { PostmortemRow } from '../../api/types.js';
import { SeverityBadge, StatusBadge } from '../../components/badges.js';
import { formatLocal, formatMinutes } from '../../editing/local-time.js';
import { Link } from '../../routing/router.js';
import { postmortemPath } from '../../routing/routes.js';
import { TableHead } from '../../components/table-head.js';

/** The list as a table (it scrolls sideways on narrow screens). */
export function PostmortemTable({ rows }: { rows: readonly PostmortemRow[] }) {
  return (
    <div className="table-scroll">
      <table className="list-table">
        <TableHead columns={['Postmortem', 'Severity', 'Status', 'Started', 'Duration', 'Open actions']} />
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <td>
                <Link to={postmortemPath(row.id)}>{row.title}</Link>
                <div className="row-meta">
                  {[row.author, ...row.services, ...row.tags.map((tag) => `#${tag}`)].filter(Boolean).join(' · ')}
                  {row.restricted ? <span className="badge badge-restricted">restricted</span> : null}
                </div>
              </td>
              <td>
                <SeverityBadge severity={row.severity} />
              </td>
              <td>
                <StatusBadge status={row.status} />
              </td>
              <td>
                <time dateTime={row.times.startedAt ?? undefined}>{formatLocal(row.times.startedAt)}</time>
              </td>
              <td>{formatMinutes(row.derived.durationMinutes)}</td>
              <td className="number">{row.openActionItems}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
