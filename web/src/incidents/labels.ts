/** Words shown for an incident's facts, what it owes and where its deadlines stand. */
import type { Deadline, Deadlines, IncidentFacts, Owed } from '../../../src/core/incident.js';

/** What the policy owes, as a badge says it. */
export const OWED_LABELS = { full: 'Full', lightweight: 'Lightweight', none: 'None' } satisfies Record<Owed, string>;

/** What the policy owes, as the filter offers it. */
export const OWED_FILTER_LABELS = { full: 'A full postmortem', lightweight: 'A lightweight postmortem', none: 'No postmortem' } satisfies Record<Owed, string>;

/** Where a deadline stands. */
export const DEADLINE_STATE_LABELS = { late: 'Late', due_soon: 'Due soon', pending: 'Pending', met: 'Met' } satisfies Record<Deadline['state'], string>;

/** The three deadlines, in the order they fall. */
export const DEADLINE_LABELS = { draftBy: 'Draft by', meetingBy: 'Review meeting by', publishBy: 'Final or published by' } satisfies Record<keyof Deadlines, string>;

/** The yes/no facts, as their check boxes and the facts list name them. */
export const FLAG_LABELS = {
  slaBreached: 'SLA breached',
  dataLoss: 'Data lost',
  securityExposure: 'Security exposed (data or systems)',
  escalated: 'Escalated by the on-call',
  nearMiss: 'Near miss (could have been severe)',
  autoResolved: 'Resolved on its own (nobody acted)',
} satisfies Partial<Record<keyof IncidentFacts, string>>;

/** Every fact, as the form and the history name it. */
export const FACT_LABELS = {
  title: 'Title',
  severity: 'Severity',
  startedAt: 'Started',
  resolvedAt: 'Resolved',
  services: 'Services',
  teams: 'Teams',
  customerImpactMinutes: 'Customer impact (minutes)',
  ...FLAG_LABELS,
  failureMode: 'Failure mode',
  source: 'Source',
} satisfies Record<keyof IncidentFacts, string>;
