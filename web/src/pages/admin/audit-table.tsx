/** The rows of the audit log: when (your time, UTC on hover), what, outcome, who, to what, from where, details. */
import type { AuditEvent } from '../../api/types.js';
import { TableHead } from '../../components/table-head.js';
import { formatLocal, formatUtc } from '../../editing/local-time.js';
import { AUDIT_ACTION_LABELS, OUTCOME_LABELS } from './audit-labels.js';

/** An event's details as "key: value" pairs. */
function detailsText(details: Record<string, unknown>): string {
  const pairs = Object.entries(details).map(([key, value]) => `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`);
  return pairs.length === 0 ? '—' : pairs.join(' · ');
}

/** The log as a table (it scrolls sideways on narrow screens). */
export function AuditTable({ events }: { events: readonly AuditEvent[] }) {
  return (
    <div className="table-scroll">
      <table className="list-table audit-table">
        <caption className="visually-hidden">Security events, newest first</caption>
        <TableHead columns={['Time', 'Action', 'Outcome', 'Who', 'Target', 'From', 'Details']} />
        <tbody>
          {events.map((event) => (
            <tr key={event.id} data-testid="audit-row" data-action={event.action}>
              <td>
                <time dateTime={event.at} title={formatUtc(event.at, { seconds: true })}>
                  {formatLocal(event.at, { seconds: true })}
                </time>
              </td>
              <td>
                {AUDIT_ACTION_LABELS[event.action]}
                <div className="row-meta code">{event.action}</div>
              </td>
              <td>
                <span className={`badge badge-${event.outcome}`}>{OUTCOME_LABELS[event.outcome]}</span>
              </td>
              <td>{event.actor.email ?? (event.via === 'cli' ? 'operator' : '—')}</td>
              <td>{event.target ?? '—'}</td>
              <td>{event.via === 'cli' ? 'command line' : (event.ip ?? 'API, address unknown')}</td>
              <td className="audit-details">{detailsText(event.details)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
