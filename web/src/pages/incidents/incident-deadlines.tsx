/** An incident's page → the deadlines of its owed postmortem: when each falls (your zone, UTC on hover) and where it stands. */
import type { Incident } from '../../api/types.js';
import { LocalTime } from '../../components/local-time.js';
import { TableHead } from '../../components/table-head.js';
import { DEADLINE_LABELS } from '../../incidents/labels.js';
import { DEADLINE_KEYS } from '../../incidents/worst-deadline.js';
import { DeadlineBadge } from './incident-badges.js';

/** Why there are no deadlines. */
function noDeadlines(incident: Incident): string {
  return incident.waiver === null ? 'None: no postmortem is owed.' : 'None: the postmortem was waived.';
}

/** The section. */
export function IncidentDeadlines({ incident }: { incident: Incident }) {
  const { deadlines } = incident;
  return (
    <section className="panel" aria-labelledby="deadlines-heading">
      <h2 id="deadlines-heading">Deadlines</h2>
      {deadlines === null ? (
        <p>{noDeadlines(incident)}</p>
      ) : (
        <>
          {incident.resolvedAt === null ? <p className="section-hint">They count from the resolution: they fall once the incident is resolved.</p> : null}
          <div className="table-scroll">
            <table className="list-table">
              <caption className="visually-hidden">Deadlines of the postmortem</caption>
              <TableHead columns={['Deadline', 'When', 'State']} />
              <tbody>
                {DEADLINE_KEYS.map((key) => (
                  <tr key={key} data-testid="deadline-row" data-deadline={key}>
                    <td>{DEADLINE_LABELS[key]}</td>
                    <td>{deadlines[key].at === null ? 'once resolved' : <LocalTime utc={deadlines[key].at} />}</td>
                    <td>
                      <DeadlineBadge state={deadlines[key].state} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
