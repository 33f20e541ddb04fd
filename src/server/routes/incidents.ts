/**
 * Incidents: recorded by editors and admins (the policy decides what each owes), read by everyone (a security
 * incident in full only by those who may read it: see practice/incident-access.ts), waived by admins.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { canAdminister, canWrite } from '../../core/access.js';
import { incidentFactsSchema, owedSchema } from '../../core/incident.js';
import { utcInstant } from '../../core/postmortem.schema.js';
import type { Store } from '../../store/store.types.js';
import { actor, auditSource } from '../auth.js';
import { SMALL_BODY_BYTES } from '../content-types.js';
import { incidentSeenBy, incidentsSeenBy, readableIncident, repeatsSeenBy } from '../practice/incident-access.js';
import { changeIncident, incidentView, type IncidentView, linkPostmortem, recordIncident, waiveIncident } from '../practice/incidents.js';
import { policyInForce } from '../practice/policy-in-force.js';
import { etagOf, requiredVersion } from '../preconditions.js';
import { errorResponses } from '../views/error.js';
import { incidentBody, incidentViewSchema } from '../views/incident.js';

/** The alerting tools' incidents linked to an incident: which tool, its id there, and what it last said. */
const alertsSchema = z
  .array(
    z.object({
      kind: z.string().describe('pagerduty, alertmanager, opsgenie or grafana'),
      externalKey: z.string().describe('The tool\u2019s incident: a PagerDuty incident id, an Opsgenie alertId, an alert group\u2019s groupKey.'),
      status: z.enum(['triggered', 'acknowledged', 'resolved']),
      statusAt: z.string(),
      acknowledgedAt: z.string().nullable(),
    }),
  )
  .describe('The alerting tools\u2019 incidents that created or updated it (see docs/integrations.md).');

const incidentParams = z.strictObject({ id: z.string().regex(/^INC-\d{1,9}$/, 'expected an incident id such as INC-12') });

/** A field of the facts as a change gives it: optional, without the default a new incident gets. */
function changeOf(field: z.ZodType): z.ZodType {
  return (field instanceof z.ZodDefault ? (field.unwrap() as z.ZodType) : field).optional();
}

/** A change of facts: any fields of an incident (null clears the ones that may be empty), and the postmortem that answers it. */
const incidentPatchSchema = z.strictObject({
  ...(Object.fromEntries(Object.entries(incidentFactsSchema.shape).map(([key, field]) => [key, changeOf(field)])) as { [K in keyof typeof incidentFactsSchema.shape]: z.ZodOptional<z.ZodType> }),
  postmortemId: z.string().min(1).max(200).nullable().optional().describe('Link the postmortem that answers it (one you may see), or null to unlink it.'),
});

const listQuerySchema = z.strictObject({
  owed: owedSchema.optional(),
  failureMode: z.string().trim().min(1).max(80).optional(),
  from: utcInstant.optional().describe('Incidents that started at or after this instant.'),
  to: utcInstant.optional().describe('Incidents that started before this instant.'),
  limit: z.coerce.number().int().min(1).max(500).optional(),
  cursor: z.string().min(1).max(1000).optional(),
});

/** GET/POST /incidents, GET/PATCH /incidents/{id}, GET /incidents/{id}/revisions, POST/DELETE /incidents/{id}/waiver. */
export const incidentRoutes: FastifyPluginAsyncZod<{ store: Store }> = async (app, { store }) => {
  app.get(
    '/incidents',
    {
      schema: {
        tags: ['incidents'],
        summary: 'Incidents, newest first, with what each owes and where its deadlines stand; a security incident you may not read is listed redacted',
        querystring: listQuerySchema,
        response: { 200: z.object({ items: z.array(incidentViewSchema), nextCursor: z.string().nullable() }), ...errorResponses },
      },
    },
    async (request) => {
      const { limit, cursor, ...filter } = request.query;
      const page = await store.listIncidents(filter, { ...(limit === undefined ? {} : { limit }), ...(cursor === undefined ? {} : { cursor }) });
      const { policy } = await policyInForce(store);
      const views = await incidentsSeenBy(store, actor(request), await Promise.all(page.items.map((record) => incidentView(store, record, policy))));
      // A redacted incident listed under a failure mode would tell the mode it withholds.
      const items = views.filter((view) => filter.failureMode === undefined || !view.redacted).map(incidentBody);
      return { items, nextCursor: page.nextCursor };
    },
  );

  app.post(
    '/incidents',
    {
      config: { allow: canWrite },
      bodyLimit: SMALL_BODY_BYTES,
      schema: {
        tags: ['incidents'],
        summary: 'Record an incident: the policy decides what it owes, and an owed postmortem is drafted at once (editors and admins)',
        body: incidentFactsSchema,
        response: { 201: incidentViewSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const who = actor(request);
      // The answer names a repeat's earlier incidents only where the writer may read them.
      const view = await incidentSeenBy(store, who, await recordIncident(store, who, request.body));
      return reply.code(201).header('etag', etagOf(view.version)).header('location', `/api/v1/incidents/${view.id}`).send(incidentBody(view));
    },
  );

  app.get(
    '/incidents/:id',
    {
      schema: {
        tags: ['incidents'],
        summary: 'One incident, with what it owes and why, its deadlines, and the alerting tools\u2019 incidents linked to it (404 for a security incident you may not read)',
        params: incidentParams,
        response: { 200: incidentViewSchema.extend({ alerts: alertsSchema }), ...errorResponses },
      },
    },
    async (request, reply) => {
      const { policy } = await policyInForce(store);
      const who = actor(request);
      // Readable in full (else 404): only its repeats may still name what the reader may not see.
      const read = await incidentView(store, await readableIncident(store, who, request.params.id), policy);
      const view = (await repeatsSeenBy(store, who, [read]))[0] as IncidentView;
      const alerts = (await store.alertLinksOf(view.id)).map(({ incidentId: _incidentId, ...link }) => link);
      return reply.header('etag', etagOf(view.version)).send({ ...incidentBody(view), alerts });
    },
  );

  app.patch(
    '/incidents/:id',
    {
      config: { allow: canWrite },
      bodyLimit: SMALL_BODY_BYTES,
      schema: {
        tags: ['incidents'],
        summary: 'Change an incident\u2019s facts (decided again by the policy in force) or link its postmortem; needs If-Match with the version read',
        params: incidentParams,
        headers: z.object({ 'if-match': z.string().optional().describe('The ETag of the version read (required: 428 without it, 412 when it is stale).') }),
        body: incidentPatchSchema,
        response: { 200: incidentViewSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const who = actor(request);
      const version = requiredVersion(request);
      const { postmortemId, ...factsPatch } = request.body;
      const current = await readableIncident(store, who, request.params.id);
      let view = Object.keys(factsPatch).length === 0 ? null : await changeIncident(store, who, request.params.id, version, incidentFactsSchema.parse({ ...current.facts, ...factsPatch }));
      if (postmortemId !== undefined) view = await linkPostmortem(store, who, request.params.id, view === null ? version : null, postmortemId);
      view ??= await incidentView(store, current, (await policyInForce(store)).policy);
      // Unlinking its postmortem may leave a security incident to fewer readers: the answer is what the writer may now see.
      return reply.header('etag', etagOf(view.version)).send(incidentBody(await incidentSeenBy(store, who, view)));
    },
  );

  app.get(
    '/incidents/:id/revisions',
    {
      schema: {
        tags: ['incidents'],
        summary: 'Every change of an incident: who, when, what (404 for a security incident you may not read)',
        params: incidentParams,
        response: { 200: z.object({ items: z.array(z.object({ number: z.number().int(), at: z.string(), by: z.string(), note: z.string() })) }), ...errorResponses },
      },
    },
    async (request) => {
      await readableIncident(store, actor(request), request.params.id);
      return { items: await store.listIncidentRevisions(request.params.id) };
    },
  );

  app.post(
    '/incidents/:id/waiver',
    {
      config: { allow: canAdminister },
      bodyLimit: SMALL_BODY_BYTES,
      schema: {
        tags: ['incidents'],
        summary: 'Waive the postmortem an incident owes, with a reason (admins; recorded in its history and the audit log)',
        params: incidentParams,
        body: z.strictObject({ reason: z.string().trim().min(3, 'say why no postmortem is needed').max(1000) }),
        response: { 200: incidentViewSchema, ...errorResponses },
      },
    },
    async (request) => incidentBody(await waiveIncident(store, actor(request), auditSource(request), request.params.id, request.body.reason)),
  );

  app.delete(
    '/incidents/:id/waiver',
    {
      config: { allow: canAdminister },
      schema: { tags: ['incidents'], summary: 'Withdraw a waiver: the postmortem is owed again (and drafted if it has none)', params: incidentParams, response: { 200: incidentViewSchema, ...errorResponses } },
    },
    async (request) => incidentBody(await waiveIncident(store, actor(request), auditSource(request), request.params.id, null)),
  );
};
