/**
 * Incidents: records of their own, which exist before their postmortem. The facts here are what the policy
 * (core/policy) reads to decide whether a postmortem is owed, and of what depth.
 */
import { z } from 'zod';
import { severitySchema, utcInstant } from './postmortem.schema.js';

/** A failure mode: a short lower-case label such as `disk-full`, by which repeats are recognised. */
export const failureModeSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:[-_.][a-z0-9]+)*$/, 'expected a short lower-case label such as disk-full or cert-expiry (letters, digits, - _ .)')
  .max(80);

/** The facts of an incident as written: by a person, the API or an alerting tool. */
export const incidentFactsSchema = z.strictObject({
  title: z.string().trim().min(1, 'an incident needs a title').max(300),
  severity: severitySchema.nullable().default(null),
  startedAt: utcInstant.nullable().default(null),
  resolvedAt: utcInstant.nullable().default(null),
  services: z.array(z.string().trim().min(1).max(120)).max(50).default([]),
  teams: z.array(z.string().trim().min(1).max(120)).max(50).default([]),
  /** Minutes of impact customers could see; null when not known yet. */
  customerImpactMinutes: z.number().int().min(0).max(1_000_000).nullable().default(null),
  slaBreached: z.boolean().default(false),
  dataLoss: z.boolean().default(false),
  securityExposure: z.boolean().default(false),
  /** The on-call escalated (a second responder, another team, management). */
  escalated: z.boolean().default(false),
  /** It could have been severe and was not (luck, a last safeguard). */
  nearMiss: z.boolean().default(false),
  /** It ended on its own, with nobody acting (a retry, a failover that worked). */
  autoResolved: z.boolean().default(false),
  failureMode: failureModeSchema.nullable().default(null),
  /** Where it came from: `manual`, `api`, `pagerduty`, `alertmanager`… */
  source: z.string().trim().min(1).max(60).default('manual'),
});

/** The facts of an incident, every field present. */
export type IncidentFacts = z.infer<typeof incidentFactsSchema>;

/** What the policy owes for an incident. */
export const owedSchema = z.enum(['full', 'lightweight', 'none']);
export type Owed = z.infer<typeof owedSchema>;

/** An admin's decision that no postmortem is needed after all, and why. */
export interface Waiver {
  reason: string;
  by: string;
  at: string;
}

/** A deadline of the practice: when it falls, and where it stands now. */
export interface Deadline {
  /** The instant it falls (UTC), or null while the incident is not resolved (deadlines count from resolution). */
  at: string | null;
  state: 'pending' | 'met' | 'due_soon' | 'late';
}

/** The three deadlines of an owed postmortem: drafted, reviewed in a meeting, final or published. */
export interface Deadlines {
  draftBy: Deadline;
  meetingBy: Deadline;
  publishBy: Deadline;
}
