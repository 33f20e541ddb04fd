/** Postmortems: create (JSON or Markdown), read (JSON or Markdown), list and search, replace, merge-patch, delete. */
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { canDelete, canWrite } from '../../core/access.js';
import { renderMarkdown } from '../../markdown/render.js';
import type { Slo } from '../../knowledge/impact/slo.js';
import type { Store, StoredPostmortem } from '../../store/store.types.js';
import { actor } from '../auth.js';
import { acceptOnly, MARKDOWN, MERGE_PATCH } from '../content-types.js';
import { prefersMarkdown } from '../negotiate.js';
import { derivedOnce } from '../practice/derived-cache.js';
import { postmortemInputSchema, type PostmortemInput } from '../postmortem-input.js';
import { createFromInput, createFromMarkdown, patchPostmortem, replacePostmortem } from '../postmortem-writes.js';
import { etagOf, requiredVersion } from '../preconditions.js';
import { errorResponses } from '../views/error.js';
import { diagnosticSchema, diagnosticView, postmortemPageBody, postmortemRowSchema, postmortemView, postmortemViewBody, postmortemViewSchema } from '../views/postmortem.js';
import { idParamsSchema, listQuerySchema } from './postmortems.schemas.js';

const createdSchema = postmortemViewSchema
  .extend({ diagnostics: z.array(diagnosticSchema).optional().describe('Markdown only: what the importer could not read.') })
  .meta({ id: 'CreatedPostmortem' });

const ifMatchHeaders = z.object({ 'if-match': z.string().optional().describe('Required: the ETag of the version you read, e.g. "3".') });

/** A JSON object (what a merge patch is). */
const mergePatchSchema = z.record(z.string(), z.unknown()).describe('An RFC 7396 JSON merge patch of the postmortem as GET shows it.');

/** The canonical address of a postmortem. */
function postmortemLocation(id: string): string {
  return `/api/v1/postmortems/${encodeURIComponent(id)}`;
}

/**
 * The SLOs a postmortem's impact is measured against: the stored ones, without their timestamps, read once per change
 * of the store (and minute) rather than on every read of a postmortem.
 */
export function slosOf(store: Store): Promise<Slo[]> {
  return derivedOnce(store, 'slos', async () => (await store.listSlos()).map(({ service, targetPercent, windowDays }) => ({ service, targetPercent, windowDays })));
}

/** Sets the ETag of a stored postmortem and answers its JSON (its impact against the stored SLOs). */
export async function sendPostmortem(reply: FastifyReply, store: Store, stored: StoredPostmortem): Promise<ReturnType<typeof postmortemView>> {
  reply.header('etag', etagOf(stored.version));
  return postmortemView(stored, await slosOf(store));
}

/** The postmortem routes. */
export const postmortemRoutes: FastifyPluginAsyncZod<{ store: Store }> = async (app, { store }) => {
  app.post(
    '/postmortems',
    {
      config: { allow: canWrite },
      preValidation: acceptOnly('application/json', MARKDOWN),
      schema: {
        tags: ['postmortems'],
        summary: 'Create a postmortem from JSON (missing fields defaulted) or from Markdown in any shape the importer reads',
        body: { content: { 'application/json': { schema: postmortemInputSchema }, [MARKDOWN]: { schema: z.string() } } },
        response: { 201: createdSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const body = request.body as PostmortemInput | string;
      const created =
        typeof body === 'string' ? await createFromMarkdown(store, actor(request), body) : { stored: await createFromInput(store, actor(request), body) };
      reply.code(201).header('location', postmortemLocation(created.stored.id));
      const view = await sendPostmortem(reply, store, created.stored);
      return 'diagnostics' in created ? { ...view, diagnostics: created.diagnostics.map(diagnosticView) } : view;
    },
  );

  app.get(
    '/postmortems',
    {
      schema: {
        tags: ['postmortems'],
        summary: 'List, filter and search postmortems, one page at a time',
        querystring: listQuerySchema,
        response: { 200: z.object({ items: z.array(postmortemRowSchema), nextCursor: z.string().nullable() }), ...errorResponses },
      },
    },
    async (request, reply) => {
      const { limit, cursor, ...filter } = request.query;
      const page = await store.listPostmortems(actor(request), filter, cursor === undefined ? { limit } : { limit, cursor });
      // Encoded once per cached page: the JSON the schema above describes, which the typed reply only takes as an object.
      return (reply as FastifyReply).type('application/json; charset=utf-8').send(postmortemPageBody(page));
    },
  );

  app.get(
    '/postmortems/:id',
    {
      schema: {
        tags: ['postmortems'],
        summary: 'Read a postmortem: JSON with its version as ETag, or our Markdown with Accept: text/markdown',
        params: idParamsSchema,
        response: {
          200: { content: { 'application/json': { schema: postmortemViewSchema }, [MARKDOWN]: { schema: z.string() } } },
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      reply.header('vary', 'Accept');
      if (prefersMarkdown(request.headers.accept)) {
        const stored = await store.getPostmortem(actor(request), request.params.id);
        reply.header('etag', etagOf(stored.version)).type(`${MARKDOWN}; charset=utf-8`);
        return renderMarkdown(stored.postmortem);
      }
      // The stored document text goes out as it is, never parsed and serialised again, and encoded once per cached read.
      const stored = await store.getPostmortemText(actor(request), request.params.id);
      const body = postmortemViewBody(stored, await slosOf(store));
      return (reply as FastifyReply).header('etag', etagOf(stored.version)).type('application/json; charset=utf-8').send(body);
    },
  );

  app.put(
    '/postmortems/:id',
    {
      config: { allow: canWrite },
      schema: {
        tags: ['postmortems'],
        summary: 'Replace the whole document (what is left out is reset to its default); needs If-Match',
        params: idParamsSchema,
        headers: ifMatchHeaders,
        body: postmortemInputSchema,
        response: { 200: postmortemViewSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const version = requiredVersion(request);
      return sendPostmortem(reply, store, await replacePostmortem(store, actor(request), request.params.id, version, request.body));
    },
  );

  app.patch(
    '/postmortems/:id',
    {
      config: { allow: canWrite },
      schema: {
        tags: ['postmortems'],
        summary: `Change some fields with a JSON merge patch (${MERGE_PATCH} or JSON); needs If-Match`,
        params: idParamsSchema,
        headers: ifMatchHeaders,
        body: mergePatchSchema,
        response: { 200: postmortemViewSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const version = requiredVersion(request);
      return sendPostmortem(reply, store, await patchPostmortem(store, actor(request), request.params.id, version, request.body));
    },
  );

  app.delete(
    '/postmortems/:id',
    {
      config: { allow: canDelete },
      schema: { tags: ['postmortems'], summary: 'Delete a postmortem (admins)', params: idParamsSchema, response: { 204: z.undefined(), ...errorResponses } },
    },
    async (request, reply) => {
      await store.deletePostmortem(actor(request), request.params.id);
      return reply.code(204).send();
    },
  );
};
