/** GET /postmortems/{id}/export: a postmortem as a file to download (Markdown, a standalone HTML page, JSON). */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { EXPORT_FORMATS, EXPORT_TYPES, exportFileName, exportPostmortem } from '../../markdown/export.js';
import type { Store } from '../../store/store.types.js';
import { actor } from '../auth.js';
import { etagOf } from '../preconditions.js';
import { errorResponses } from '../views/error.js';
import { idParamsSchema } from './postmortems.schemas.js';

/** The export route. */
export const exportRoutes: FastifyPluginAsyncZod<{ store: Store }> = async (app, { store }) => {
  app.get(
    '/postmortems/:id/export',
    {
      schema: {
        tags: ['postmortems'],
        summary: 'Download a postmortem as our Markdown, a standalone HTML page (sanitised; print it for PDF) or its JSON, as an attachment named after its id',
        params: idParamsSchema,
        querystring: z.strictObject({ format: z.enum(EXPORT_FORMATS).default('md').describe('md (default), html or json.') }),
        response: {
          200: { content: { [EXPORT_TYPES.md]: { schema: z.string() }, [EXPORT_TYPES.html]: { schema: z.string() }, [EXPORT_TYPES.json]: { schema: z.string() } } },
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      const { format } = request.query;
      const stored = await store.getPostmortem(actor(request), request.params.id);
      // An attachment, never shown in the app's own origin: the HTML page is sanitised, and downloading it keeps it so.
      reply.header('content-disposition', `attachment; filename="${exportFileName(stored.id, format)}"`).header('etag', etagOf(stored.version)).type(`${EXPORT_TYPES[format]}; charset=utf-8`);
      return exportPostmortem(stored.postmortem, format);
    },
  );
};
