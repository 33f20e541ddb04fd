/** The practice's rules: the owed-postmortem policy (read by everyone, set by admins, checked before it is kept) and teams. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { canAdminister } from '../../core/access.js';
import { incidentFactsSchema } from '../../core/incident.js';
import { policyJsonSchema, readPolicy } from '../../core/policy/policy-document.js';
import type { Store } from '../../store/store.types.js';
import { actor } from '../auth.js';
import { SMALL_BODY_BYTES } from '../content-types.js';
import { readableIncident, repeatsSeenBy } from '../practice/incident-access.js';
import { checkPolicy, type CheckedDecision } from '../practice/policy-check.js';
import { policyInForce } from '../practice/policy-in-force.js';
import { errorResponses } from '../views/error.js';
import { teamViewSchema } from '../views/incident.js';
import { emailSchema } from './users.js';

const policyViewSchema = z
  .object({
    version: z.number().int().describe('0 while no admin has set one: the defaults are in force.'),
    document: z.string().describe('The policy as YAML (see GET /policy/schema and docs/process.md).'),
    policy: z.record(z.string(), z.unknown()).describe('The policy as read, every default filled in.'),
    createdAt: z.string().nullable(),
    createdBy: z.string().nullable(),
  })
  .meta({ id: 'Policy' });

const decisionSchema = z.object({
  owed: z.enum(['full', 'lightweight', 'none']),
  reasons: z.array(z.string()),
  repeatOf: z.array(z.string()),
  policyVersion: z.number().int().nullable().describe('The version that decided; null for a document tried in the request.'),
});
const teamParams = z.strictObject({ name: z.string().trim().min(1).max(120) });

/** GET/PUT /policy, GET /policy/versions, GET /policy/schema, POST /policy/check; GET /teams, GET/PUT/DELETE /teams/{name}. */
export const practiceSettingsRoutes: FastifyPluginAsyncZod<{ store: Store }> = async (app, { store }) => {
  const currentView = async () => {
    const stored = await store.currentPolicy();
    const inForce = await policyInForce(store);
    return { version: inForce.version, document: inForce.document, policy: inForce.policy, createdAt: stored?.createdAt ?? null, createdBy: stored?.createdBy ?? null };
  };

  app.get('/policy', { schema: { tags: ['policy'], summary: 'The owed-postmortem policy in force', response: { 200: policyViewSchema, ...errorResponses } } }, currentView);

  app.put(
    '/policy',
    {
      config: { allow: canAdminister },
      bodyLimit: SMALL_BODY_BYTES * 4,
      schema: {
        tags: ['policy'],
        summary: 'Set a new version of the policy (admins): refused with the field and line that is wrong, the running policy staying in force',
        body: z.strictObject({ document: z.string().max(60_000).describe('The policy as YAML.') }),
        response: { 200: policyViewSchema, ...errorResponses },
      },
    },
    async (request) => {
      readPolicy(request.body.document);
      await store.setPolicy(actor(request), request.body.document);
      return currentView();
    },
  );

  app.get(
    '/policy/versions',
    {
      schema: {
        tags: ['policy'],
        summary: 'Every version of the policy an admin set, newest first',
        response: { 200: z.object({ items: z.array(z.object({ version: z.number().int(), document: z.string(), createdAt: z.string(), createdBy: z.string() })) }), ...errorResponses },
      },
    },
    async () => ({ items: await store.listPolicies() }),
  );

  app.get('/policy/schema', { schema: { tags: ['policy'], summary: 'The JSON Schema of the policy document', response: { 200: z.record(z.string(), z.unknown()), ...errorResponses } } }, async () => policyJsonSchema());

  app.post(
    '/policy/check',
    {
      bodyLimit: SMALL_BODY_BYTES * 4,
      schema: {
        tags: ['policy'],
        summary: 'Explain what a policy owes for an incident: a recorded one (incidentId; 404 for a security incident you may not read) or facts, under the policy in force or a draft document',
        body: z
          .strictObject({
            incidentId: z.string().regex(/^INC-\d{1,9}$/).optional(),
            incident: incidentFactsSchema.optional(),
            document: z.string().max(60_000).optional().describe('A policy to try instead of the one in force (not kept).'),
          })
          .refine((body) => (body.incidentId === undefined) !== (body.incident === undefined), { message: 'send incidentId or incident, not both' }),
        response: { 200: decisionSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { incidentId, incident, document } = request.body;
      // The reasons of a security incident name what it withholds (its teams, services, failure mode).
      const who = actor(request);
      if (incidentId !== undefined) await readableIncident(store, who, incidentId);
      // …and a repeat names its earlier incidents only where the asker may read them.
      const [decision] = await repeatsSeenBy(store, who, [await checkPolicy(store, incidentId === undefined ? { incident: incident as NonNullable<typeof incident> } : { incidentId }, document)]);
      return decision as CheckedDecision;
    },
  );

  app.get('/teams', { schema: { tags: ['teams'], summary: 'Every team', response: { 200: z.object({ items: z.array(teamViewSchema) }), ...errorResponses } } }, async () => ({ items: await store.listTeams() }));

  app.get('/teams/:name', { schema: { tags: ['teams'], summary: 'One team', params: teamParams, response: { 200: teamViewSchema, ...errorResponses } } }, async (request) => store.getTeam(request.params.name));

  app.put(
    '/teams/:name',
    {
      config: { allow: canAdminister },
      bodyLimit: SMALL_BODY_BYTES,
      schema: {
        tags: ['teams'],
        summary: 'Create a team or replace it (admins)',
        params: teamParams,
        body: z.strictObject({ lead: emailSchema.nullable().optional(), members: z.array(emailSchema).max(500).optional(), services: z.array(z.string().trim().min(1).max(120)).max(200).optional() }),
        response: { 200: teamViewSchema, ...errorResponses },
      },
    },
    async (request) => store.putTeam(actor(request), { name: request.params.name, ...request.body }),
  );

  app.delete(
    '/teams/:name',
    { config: { allow: canAdminister }, schema: { tags: ['teams'], summary: 'Remove a team (admins)', params: teamParams, response: { 204: z.null().describe('Removed.'), ...errorResponses } } },
    async (request, reply) => {
      await store.deleteTeam(actor(request), request.params.name);
      return reply.code(204).send(null);
    },
  );
};
