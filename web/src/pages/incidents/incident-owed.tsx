/** An incident's page → what the policy owes and why: the verdict, every reason, the policy version, repeats, the postmortem. */
import type { Incident } from '../../api/types.js';
import { Link } from '../../routing/router.js';
import { incidentPath, postmortemPath } from '../../routing/routes.js';
import { OwedBadge, WaivedBadge } from './incident-badges.js';

/** What is owed, in a sentence. */
function verdict(incident: Incident): string {
  if (incident.waiver !== null) return incident.owed === 'none' ? 'No postmortem is owed, and an admin waived it.' : `The policy owes a ${incident.owed} postmortem; an admin waived it.`;
  if (incident.owed === 'none') return 'No postmortem is owed.';
  return `A ${incident.owed} postmortem is owed.`;
}

/** The postmortem that answers it, or why there is none. */
function PostmortemLine({ incident }: { incident: Incident }) {
  if (incident.postmortemId !== null) {
    return (
      <p>
        Postmortem: <Link to={postmortemPath(incident.postmortemId)}>{incident.postmortemId}</Link>
      </p>
    );
  }
  if (incident.owed === 'none') return <p>No postmortem owed.</p>;
  return <p>{incident.waiver === null ? 'No postmortem has been drafted yet.' : 'No postmortem: it was waived.'}</p>;
}

/** The section. */
export function IncidentOwed({ incident }: { incident: Incident }) {
  return (
    <section className="panel" aria-labelledby="owed-heading" data-testid="incident-owed">
      <h2 id="owed-heading">What the policy owes</h2>
      <p className="owed-verdict">
        <OwedBadge owed={incident.owed} />
        {incident.waiver === null ? null : <WaivedBadge />} {verdict(incident)}
      </p>
      <h3 id="reasons-heading">Why</h3>
      <ul className="string-list reasons" aria-labelledby="reasons-heading">
        {incident.reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
      <p className="section-hint">
        Decided by <Link to="/admin/policy">{incident.policyVersion === 0 ? 'the default policy (version 0)' : `version ${incident.policyVersion} of the policy`}</Link> when
        the incident was recorded or its facts last changed.
      </p>
      {incident.repeatOf.length === 0 ? null : (
        <p>
          A repeat of{' '}
          {incident.repeatOf.map((id, i) => (
            <span key={id}>
              {i === 0 ? '' : ', '}
              <Link to={incidentPath(id)}>{id}</Link>
            </span>
          ))}
          .
        </p>
      )}
      <PostmortemLine incident={incident} />
    </section>
  );
}
