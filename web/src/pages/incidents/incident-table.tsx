/** The incident list as a table: id and title, severity, start, what is owed, the most urgent deadline, the postmortem. */
import type { Incident } from '../../api/types.js';
import { SeverityBadge } from '../../components/badges.js';
import { LocalTime } from '../../components/local-time.js';
import { TableHead } from '../../components/table-head.js';
import { DEADLINE_LABELS } from '../../incidents/labels.js';
import { worstDeadline } from '../../incidents/worst-deadline.js';
import { DeadlineBadge, OwedBadge, WaivedBadge } from './incident-badges.js';
import { IncidentName, IncidentPostmortem } from './incident-cells.js';

/** The most urgent deadline: its state, which it is and when it falls; "—" when none is owed. */
function DeadlineCell({ incident }: { incident: Incident }) {
  const worst = worstDeadline(incident.deadlines);
  if (worst === null) return <>—</>;
  return (
    <>
      <DeadlineBadge state={worst.deadline.state} />
      <div className="row-meta">
        {DEADLINE_LABELS[worst.key]}{' '}
        {worst.deadline.at === null ? '(counts from the resolution)' : <LocalTime utc={worst.deadline.at} />}
      </div>
    </>
  );
}

/** The table (it scrolls sideways on narrow screens). */
export function IncidentTable({ incidents }: { incidents: readonly Incident[] }) {
  return (
    <div className="table-scroll">
      <table className="list-table incident-table">
        <caption className="visually-hidden">Incidents, newest first</caption>
        <TableHead columns={['Incident', 'Severity', 'Started', 'Owed', 'Deadline', 'Postmortem']} />
        <tbody>
          {incidents.map((incident) => (
            <tr key={incident.id} data-testid="incident-row" data-id={incident.id}>
              <td>
                <IncidentName incident={incident} />
              </td>
              <td>
                <SeverityBadge severity={incident.severity} />
              </td>
              <td>
                <LocalTime utc={incident.startedAt} />
              </td>
              <td>
                <OwedBadge owed={incident.owed} />
                {incident.waiver === null ? null : <WaivedBadge />}
              </td>
              <td>
                <DeadlineCell incident={incident} />
              </td>
              <td>
                <IncidentPostmortem incident={incident} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
