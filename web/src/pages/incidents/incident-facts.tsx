/** An incident's page → its facts as recorded: times in your zone (UTC on hover), the yes/no facts that hold, who recorded it. */
import type { ReactNode } from 'react';
import type { Incident, IncidentAlert } from '../../api/types.js';
import { LocalTime } from '../../components/local-time.js';
import { formatMinutes } from '../../editing/local-time.js';
import type { FlagKey } from '../../incidents/facts-draft.js';
import { FACT_LABELS, FLAG_LABELS } from '../../incidents/labels.js';

/** Whole minutes from start to resolution, rounded down as the policy counts them; null when either is not known. */
function lastedMinutes(startedAt: string | null, resolvedAt: string | null): number | null {
  if (startedAt === null || resolvedAt === null) return null;
  const ms = Date.parse(resolvedAt) - Date.parse(startedAt);
  return Number.isFinite(ms) && ms >= 0 ? Math.floor(ms / 60_000) : null;
}

/** A list as words, or a dash. */
function listed(values: readonly string[]): string {
  return values.length === 0 ? '—' : values.join(', ');
}

/** The alerting tools' incidents behind it: the tool, its id there, what it last said, when it was acknowledged. */
function AlertLinks({ alerts }: { alerts: readonly IncidentAlert[] }) {
  return (
    <ul className="alert-links" data-testid="incident-alerts">
      {alerts.map((alert) => (
        <li key={`${alert.kind}:${alert.externalKey}`} className="hook-url">
          {alert.kind} <code>{alert.externalKey}</code>: {alert.status}
          {alert.acknowledgedAt === null ? null : (
            <>
              , acknowledged <LocalTime utc={alert.acknowledgedAt} />
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

/** The facts. */
export function IncidentFacts({ incident }: { incident: Incident }) {
  const flags = (Object.keys(FLAG_LABELS) as FlagKey[]).filter((key) => incident[key]).map((key) => FLAG_LABELS[key]);
  const facts: [string, ReactNode][] = [
    [FACT_LABELS.severity, incident.severity ?? 'not known'],
    [FACT_LABELS.startedAt, <LocalTime utc={incident.startedAt} />],
    [FACT_LABELS.resolvedAt, incident.resolvedAt === null ? 'not resolved yet' : <LocalTime utc={incident.resolvedAt} />],
    ['Lasted', formatMinutes(lastedMinutes(incident.startedAt, incident.resolvedAt))],
    [FACT_LABELS.customerImpactMinutes, incident.customerImpactMinutes === null ? 'not known' : formatMinutes(incident.customerImpactMinutes)],
    [FACT_LABELS.services, listed(incident.services)],
    [FACT_LABELS.teams, listed(incident.teams)],
    [FACT_LABELS.failureMode, incident.failureMode ?? '—'],
    ['What else happened', flags.length === 0 ? 'none of these' : flags.join('; ')],
    [FACT_LABELS.source, incident.source],
    ...(incident.alerts === undefined || incident.alerts.length === 0 ? [] : [['Alerting', <AlertLinks alerts={incident.alerts} />] satisfies [string, ReactNode]]),
    ['Recorded', <>{incident.createdBy}, <LocalTime utc={incident.createdAt} /></>],
  ];
  return (
    <dl className="fact-list" data-testid="incident-facts">
      {facts.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
