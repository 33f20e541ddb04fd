/**
 * The public version of a postmortem over the API: the redaction proposal, the reviewed text saved as its own
 * revisioned document (ETag/If-Match), publishing after the last check, taking down, and the history.
 */
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { canWrite } from '../../core/access.js';
import { publicVersionInputSchema, type PublicVersion } from '../../core/public-postmortem.js';
import type { Store } from '../../store/store.types.js';
import { actor } from '../auth.js';
import { etagOf, optionalVersion } from '../preconditions.js';
import { proposePublicVersion, publishPublic } from '../public-version.js';
import { errorResponses } from '../views/error.js';
import { publicProposalSchema, publicProposalView, publicRevisionView, publicRevisionViewSchema, publicVersionView, publicVersionViewSchema } from '../views/public-version.js';
import { idParamsSchema } from './postmortems.schemas.js';

const ifMatch = z.object({ 'if-match': z.string().optional().describe('The version you read (the ETag of GET …/public): required to change an existing public version (412 when it is no longer current); absent for the first save.') });

/** The version as JSON, its ETag on the reply. */
function withEtag(reply: FastifyReply, version: PublicVersion): ReturnType<typeof publicVersionView> {
  reply.header('etag', etagOf(version.version));
  return publicVersionView(version);
}

/** The routes under /postmortems/{id}/public; `internalDomains` are DEBRIEF_INTERNAL_DOMAINS. */
export const publicVersionRoutes: FastifyPluginAsyncZod<{ store: Store; internalDomains: readonly string[] }> = async (app, { store, internalDomains }) => {
  const tags = ['public'];
  app.get(
    '/postmortems/:id/public/proposal',
    {
      config: { allow: canWrite },
      schema: {
        tags,
        summary: 'The proposed public version of a published, unrestricted postmortem: its Markdown with names, addresses, hosts, links, tickets, channels and secrets redacted, and each redaction (409 for a restricted or unpublished one)',
        params: idParamsSchema,
        response: { 200: publicProposalSchema, ...errorResponses },
      },
    },
    async (request) => publicProposalView(await proposePublicVersion(store, actor(request), request.params.id, internalDomains)),
  );

  app.get(
    '/postmortems/:id/public',
    { schema: { tags, summary: 'The saved public version (404 when there is none yet), with its ETag', params: idParamsSchema, response: { 200: publicVersionViewSchema, ...errorResponses } } },
    async (request, reply) => withEtag(reply, await store.getPublicVersion(actor(request), request.params.id)),
  );

  app.put(
    '/postmortems/:id/public',
    {
      config: { allow: canWrite },
      schema: {
        tags,
        summary: 'Save the reviewed public version (title, Markdown, each redaction accepted, rejected or added, optional slug) as a new version; what is published does not change until published again. 409 for a restricted or unpublished postmortem or a taken slug, 412 on a stale If-Match',
        params: idParamsSchema,
        headers: ifMatch,
        body: publicVersionInputSchema,
        response: { 200: publicVersionViewSchema, ...errorResponses },
      },
    },
    async (request, reply) => withEtag(reply, await store.savePublicVersion(actor(request), request.params.id, optionalVersion(request) ?? null, request.body)),
  );

  app.post(
    '/postmortems/:id/public/publish',
    {
      config: { allow: canWrite },
      schema: {
        tags,
        summary: 'Publish the public version at /public/postmortems/{slug}, after checking that no text a kept redaction replaced, and no e-mail address, IP address or secret, is in it (409 naming what and where otherwise)',
        params: idParamsSchema,
        headers: z.object({ 'if-match': z.string().optional().describe('Optional: publish only this version (412 when it is no longer current).') }),
        response: { 200: publicVersionViewSchema, ...errorResponses },
      },
    },
    async (request, reply) => withEtag(reply, await publishPublic(store, actor(request), request.params.id, optionalVersion(request))),
  );

  app.post(
    '/postmortems/:id/public/unpublish',
    {
      config: { allow: canWrite },
      schema: { tags, summary: 'Take the public version down (its page and feed entry go; the text stays to publish again); 409 when it is not published', params: idParamsSchema, response: { 200: publicVersionViewSchema, ...errorResponses } },
    },
    async (request, reply) => withEtag(reply, await store.unpublishPublicVersion(actor(request), request.params.id)),
  );

  app.get(
    '/postmortems/:id/public/revisions',
    { schema: { tags, summary: 'Every save, publish and unpublish of the public version, oldest first, with the text as it then was', params: idParamsSchema, response: { 200: z.object({ items: z.array(publicRevisionViewSchema) }), ...errorResponses } } },
    async (request) => ({ items: (await store.listPublicRevisions(actor(request), request.params.id)).map(publicRevisionView) }),
  );
};
