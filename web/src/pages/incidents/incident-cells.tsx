/** Cells of an incident in a list (the incidents page, the dashboard): its name, and the postmortem that answers it. */
import type { Incident } from '../../api/types.js';
import { Link } from '../../routing/router.js';
import { incidentPath, postmortemPath } from '../../routing/routes.js';

/** Its id and title, linking to its page; a redacted security incident is not linked (its page is not found) and says why. */
export function IncidentName({ incident }: { incident: Incident }) {
  const name = (
    <>
      <span className="item-id">{incident.id}</span> {incident.title}
    </>
  );
  if (!incident.redacted) return <Link to={incidentPath(incident.id)}>{name}</Link>;
  return (
    <>
      {name}
      <span className="badge badge-restricted" title="A security incident: only admins, whoever recorded it and readers of its postmortem see its details">
        restricted
      </span>
    </>
  );
}

/** The postmortem that answers it, or why there is none (or that it is withheld). */
export function IncidentPostmortem({ incident }: { incident: Incident }) {
  if (incident.redacted) return <>Withheld</>;
  if (incident.postmortemId !== null) return <Link to={postmortemPath(incident.postmortemId)}>{incident.postmortemId}</Link>;
  if (incident.waiver !== null) return <>Waived</>;
  return <>{incident.owed === 'none' ? 'None owed' : 'Not drafted yet'}</>;
}
