/** One incident: what the policy owes and why, the postmortem, the deadlines, the waiver, the facts (editable by editors and admins) and the history. */
import { useCallback, useEffect, useState } from 'react';
import { canAdminister } from '../../../../src/core/access.js';
import { getIncident } from '../../api/incidents.js';
import type { Incident } from '../../api/types.js';
import { SeverityBadge } from '../../components/badges.js';
import { ErrorNote, Loading, StatusNote } from '../../components/notices.js';
import { Link } from '../../routing/router.js';
import { useCanWrite, useUser } from '../../session/session.js';
import { EditIncidentForm } from './edit-incident-form.js';
import { IncidentDeadlines } from './incident-deadlines.js';
import { IncidentFacts } from './incident-facts.js';
import { IncidentHistory } from './incident-history.js';
import { IncidentOwed } from './incident-owed.js';
import { IncidentWaiver } from './incident-waiver.js';

/** The facts, and for editors and admins the Edit button and form. */
function FactsSection({ incident, canWrite, onChanged, onReload }: { incident: Incident; canWrite: boolean; onChanged(incident: Incident): void; onReload(): Promise<void> }) {
  const [editing, setEditing] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const saved = (next: Incident) => {
    setEditing(false);
    setDone(`Facts saved. The policy now owes: ${next.owed === 'none' ? 'no postmortem' : `a ${next.owed} postmortem`}.`);
    onChanged(next);
  };
  return (
    <section className="panel" aria-labelledby="facts-heading">
      <div className="page-head">
        <h2 id="facts-heading">Facts</h2>
        {canWrite && !editing ? (
          <button
            type="button"
            onClick={() => {
              setDone(null);
              setEditing(true);
            }}
          >
            Edit the facts
          </button>
        ) : null}
      </div>
      <StatusNote message={done} />
      {editing ? (
        <EditIncidentForm key={incident.version} incident={incident} onSaved={saved} onCancel={() => setEditing(false)} onReload={onReload} />
      ) : (
        <IncidentFacts incident={incident} />
      )}
    </section>
  );
}

/** The page. */
export default function IncidentPage({ id }: { id: string }) {
  const canWrite = useCanWrite();
  const isAdmin = canAdminister(useUser().role);
  const [incident, setIncident] = useState<Incident | null>(null);
  const [error, setError] = useState<unknown>(null);
  const load = useCallback(async () => setIncident(await getIncident(id)), [id]);
  useEffect(() => {
    load().catch(setError);
  }, [load]);

  if (incident === null) {
    return error === null ? (
      <Loading what="the incident" />
    ) : (
      <>
        <h1>Incident {id}</h1>
        <ErrorNote error={error} />
        <p>
          <Link to="/incidents">All incidents</Link>
        </p>
      </>
    );
  }
  return (
    <>
      <p className="breadcrumb">
        <Link to="/incidents">Incidents</Link>
      </p>
      <div className="pm-title">
        <h1>
          <span className="item-id">{incident.id}</span> {incident.title}
        </h1>
        <SeverityBadge severity={incident.severity} />
      </div>
      <div className="incident-body">
        <IncidentOwed incident={incident} />
        <IncidentDeadlines incident={incident} />
        <IncidentWaiver incident={incident} canWaive={isAdmin} onChanged={setIncident} />
        <FactsSection incident={incident} canWrite={canWrite} onChanged={setIncident} onReload={load} />
        <IncidentHistory id={incident.id} version={incident.version} />
      </div>
    </>
  );
}
