/** Policy → Try it: what the document being edited (not saved) would owe for a recorded incident or for facts typed as JSON, and why. */
import { useEffect, useState, type FormEvent } from 'react';
import { listIncidents } from '../../api/incidents.js';
import { tryPolicy } from '../../api/policy.js';
import type { Incident, IncidentFacts, PolicyDecision } from '../../api/types.js';
import { SelectField, TextArea } from '../../components/fields.js';
import { FormActions } from '../../components/form-actions.js';
import { ErrorNote } from '../../components/notices.js';
import { useAction } from '../../hooks/use-action.js';
import { Link } from '../../routing/router.js';
import { incidentPath } from '../../routing/routes.js';
import { OwedBadge } from '../incidents/incident-badges.js';

/** The incidents offered: the newest ones. */
const OFFERED = 100;
const SUBJECTS = { incident: 'A recorded incident', facts: 'Facts typed as JSON' } as const;
const EXAMPLE_FACTS = `{
  "title": "What if",
  "severity": "SEV2",
  "customerImpactMinutes": 30
}`;

/** The facts typed, read as JSON; throws an error that says what is wrong. */
function parsedFacts(text: string): Partial<IncidentFacts> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new Error(`The facts are not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('The facts must be a JSON object, such as {"title": "What if", "severity": "SEV2"}.');
  return value as Partial<IncidentFacts>;
}

/** What was tried and what it owes. */
function Decision({ decision, incident }: { decision: PolicyDecision; incident: Incident | undefined }) {
  return (
    <div className="try-result" data-testid="policy-try-result">
      <p>
        <OwedBadge owed={decision.owed} /> This document would owe {decision.owed === 'none' ? 'no postmortem' : `a ${decision.owed} postmortem`}
        {incident === undefined ? '' : ` for ${incident.id}`}.
      </p>
      <ul className="string-list reasons">
        {decision.reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
      {decision.repeatOf.length === 0 ? null : <p>A repeat of {decision.repeatOf.join(', ')}.</p>}
      {incident === undefined ? null : (
        <p className="section-hint">
          As recorded, <Link to={incidentPath(incident.id)}>{incident.id}</Link> owes {incident.owed === 'none' ? 'no postmortem' : `a ${incident.owed} postmortem`} (policy version{' '}
          {incident.policyVersion}).
        </p>
      )}
    </div>
  );
}

/** The Try it box, over `document` as it is in the editor. */
export function PolicyTry({ document }: { document: string }) {
  const [incidents, setIncidents] = useState<Incident[]>([]);
  const [subject, setSubject] = useState<keyof typeof SUBJECTS>('incident');
  const [incidentId, setIncidentId] = useState('');
  const [facts, setFacts] = useState(EXAMPLE_FACTS);
  const [tried, setTried] = useState<{ decision: PolicyDecision; incident: Incident | undefined } | null>(null);
  const action = useAction();

  useEffect(() => {
    listIncidents(undefined, null, OFFERED).then(
      (page) => {
        // A security incident the user may not read is listed redacted, and cannot be tried.
        const readable = page.items.filter((i) => !i.redacted);
        setIncidents(readable);
        if (readable.length === 0) setSubject('facts');
      },
      () => setSubject('facts'),
    );
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(null);
    await action.run(async () => {
      const incident = subject === 'incident' ? incidents.find((i) => i.id === incidentId) : undefined;
      if (subject === 'incident' && incident === undefined) throw new Error('Pick an incident to try the policy on.');
      const decision = await tryPolicy(incident === undefined ? { incident: parsedFacts(facts) } : { incidentId: incident.id }, document);
      setTried({ decision, incident });
    });
  };

  const options = Object.fromEntries(incidents.map((i) => [i.id, `${i.id}: ${i.title}`]));
  return (
    <form className="panel" aria-labelledby="try-heading" onSubmit={(event) => void submit(event)}>
      <h2 id="try-heading">Try it</h2>
      <p className="section-hint">What the text above, as it is now, would owe — saved or not. Nothing is recorded.</p>
      <div className="form-grid">
        <SelectField label="Try it on" options={SUBJECTS} value={subject} onChange={(value) => value !== '' && setSubject(value)} />
        {subject === 'incident' ? (
          <SelectField label="Incident" emptyLabel={incidents.length === 0 ? 'No incident recorded yet' : 'Pick an incident'} options={options} value={incidentId} onChange={setIncidentId} />
        ) : (
          <TextArea
            className="span-2 code"
            label="Facts (JSON)"
            rows={6}
            value={facts}
            onChange={setFacts}
            hint="The fields of an incident; those left out take their defaults (no severity, no impact known, every yes/no fact false)."
          />
        )}
      </div>
      <ErrorNote error={action.error} />
      <FormActions busy={action.busy} label="Try it" busyLabel="Trying…" />
      <div role="status">{tried === null ? null : <Decision decision={tried.decision} incident={tried.incident} />}</div>
    </form>
  );
}
