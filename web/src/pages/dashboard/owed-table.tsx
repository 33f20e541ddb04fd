/** Owed postmortems as the dashboard lists them: the incident, its severity, the deadlines that are late or due soon (else the next one), the postmortem. */
import type { Deadlines } from '../../../../src/core/incident.js';
import type { OwedPostmortem } from '../../api/types.js';
import { SeverityBadge } from '../../components/badges.js';
import { LocalTime } from '../../components/local-time.js';
import { TableHead } from '../../components/table-head.js';
import { DEADLINE_LABELS } from '../../incidents/labels.js';
import { worstDeadline } from '../../incidents/worst-deadline.js';
import { DeadlineBadge } from '../incidents/incident-badges.js';
import { IncidentName, IncidentPostmortem } from '../incidents/incident-cells.js';

/** One deadline: its state as a badge, which it is and when it falls. */
function DeadlineLine({ deadlines, name }: { deadlines: Deadlines; name: keyof Deadlines }) {
  const deadline = deadlines[name];
  return (
    <div className="deadline-line">
      <DeadlineBadge state={deadline.state} /> {DEADLINE_LABELS[name]} {deadline.at === null ? '(counts from the resolution)' : <LocalTime utc={deadline.at} />}
    </div>
  );
}

/** The late and due-soon deadlines, or the most urgent other one. */
function DeadlinesCell({ owed }: { owed: OwedPostmortem }) {
  const { deadlines } = owed.incident;
  if (deadlines === null) return <>—</>;
  const pressing = [...owed.late, ...owed.dueSoon];
  const shown = pressing.length > 0 ? pressing : [worstDeadline(deadlines)?.key].filter((key) => key !== undefined);
  return (
    <>
      {shown.map((name) => (
        <DeadlineLine key={name} deadlines={deadlines} name={name} />
      ))}
    </>
  );
}

/** The table (it scrolls sideways on narrow screens). */
export function OwedTable({ owed, caption }: { owed: readonly OwedPostmortem[]; caption: string }) {
  return (
    <div className="table-scroll">
      <table className="list-table">
        <caption className="visually-hidden">{caption}</caption>
        <TableHead columns={['Incident', 'Severity', 'Deadlines', 'Postmortem']} />
        <tbody>
          {owed.map((o) => (
            <tr key={o.incident.id} data-testid="owed-row" data-id={o.incident.id} className={o.late.length > 0 ? 'late' : undefined}>
              <td>
                <IncidentName incident={o.incident} />
              </td>
              <td>
                <SeverityBadge severity={o.incident.severity} />
              </td>
              <td>
                <DeadlinesCell owed={o} />
              </td>
              <td>
                <IncidentPostmortem incident={o.incident} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
