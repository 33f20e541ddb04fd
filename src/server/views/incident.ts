/** How incidents, teams and the policy are shown over HTTP. */
import { z } from 'zod';
import { incidentFactsSchema, owedSchema } from '../../core/incident.js';
import type { IncidentView } from '../practice/incidents.js';

const deadlineSchema = z.object({
  at: z.string().nullable().describe('When it falls (UTC); null while the incident is not resolved: deadlines count from resolvedAt.'),
  state: z.enum(['pending', 'met', 'due_soon', 'late']),
});

/** An incident: its facts, what the policy owes and why, its postmortem, waiver and deadlines. */
export const incidentViewSchema = incidentFactsSchema
  .extend({
    id: z.string().describe('INC-<number>.'),
    number: z.number().int(),
    version: z.number().int().describe('Starts at 1; every change adds 1. The ETag; send it as If-Match to PATCH.'),
    owed: owedSchema.describe('What the policy owes: a full or lightweight postmortem, or none.'),
    reasons: z.array(z.string()).describe('Every reason for `owed`, in words ("customer-visible impact 42 min ≥ 15 min").'),
    repeatOf: z.array(z.string()).describe('For a repeat: the earlier incidents of the same service and failure mode, oldest first.'),
    policyVersion: z.number().int().describe('The version of the policy that decided (0: the defaults).'),
    postmortemId: z.string().nullable().describe('The postmortem that answers it.'),
    waiver: z.object({ reason: z.string(), by: z.string(), at: z.string() }).nullable().describe('An admin\u2019s decision that no postmortem is needed, and why.'),
    deadlines: z
      .object({ draftBy: deadlineSchema, meetingBy: deadlineSchema, publishBy: deadlineSchema })
      .nullable()
      .describe('Draft, review meeting, final or published: when each falls and where it stands. Null when nothing is owed or it was waived.'),
    redacted: z
      .boolean()
      .describe(
        'True for a security incident you may not read (only admins, whoever recorded it and readers of its restricted postmortem may): its title is "Restricted incident", and its services, teams, failure mode, reasons, repeatOf, postmortemId and waiver reason are withheld.',
      ),
    createdAt: z.string(),
    createdBy: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Incident' });

/** The API's form of an incident (its facts at the top level). */
export function incidentBody(view: IncidentView): z.infer<typeof incidentViewSchema> {
  const { facts, ...rest } = view;
  return { ...facts, ...rest };
}

/** A team as the API shows it. */
export const teamViewSchema = z
  .object({
    name: z.string(),
    lead: z.string().nullable().describe('The lead\u2019s e-mail: escalations go there.'),
    members: z.array(z.string()),
    services: z.array(z.string()),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Team' });
