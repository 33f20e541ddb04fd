/** POST /postmortems/{id}/timeline/import: a tool's events into the timeline, or a preview of what they would do. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { canWrite } from '../../core/access.js';
import { timelineEventSchema } from '../../core/postmortem.schema.js';
import { TIMELINE_SOURCES, type TimelineSource } from '../../importers/sources.js';
import type { Store } from '../../store/store.types.js';
import { actor } from '../auth.js';
import { etagOf, requiredVersion } from '../preconditions.js';
import { importTimeline } from '../timeline-import.js';
import { errorResponses } from '../views/error.js';
import { idParamsSchema } from './postmortems.schemas.js';

const importBodySchema = z.strictObject({
  source: z.enum(Object.keys(TIMELINE_SOURCES) as [TimelineSource, ...TimelineSource[]]).describe('The tool the payload comes from.'),
  payload: z.unknown().describe('The export: a JSON value, or its text (JSON, or one JSON value per line).'),
  name: z.string().trim().min(1).max(200).default('payload').describe('What to call the export where the answer names what it left out (a file name).'),
  preview: z.boolean().default(false).describe('True: say what the import would do and change nothing (no If-Match needed).'),
});

const importResultSchema = z
  .object({
    added: z.number().int(),
    merged: z.number().int().describe('Events that joined one another tool already gave.'),
    skipped: z.number().int().describe('Entries imported before.'),
    leftOut: z.array(z.object({ entry: z.string(), reason: z.string() })),
    timeline: z.array(timelineEventSchema),
    version: z.number().int().nullable().describe('The version after the import; null for a preview.'),
  })
  .meta({ id: 'TimelineImport' });

/** The timeline import route. */
export const timelineImportRoutes: FastifyPluginAsyncZod<{ store: Store }> = async (app, { store }) => {
  app.post(
    '/postmortems/:id/timeline/import',
    {
      config: { allow: canWrite },
      schema: {
        tags: ['postmortems'],
        summary: 'Import a tool\u2019s events into the timeline (PagerDuty, Opsgenie, Alertmanager, Grafana, Statuspage): added by time, joined to what other tools gave, nothing twice; preview first, then import with If-Match',
        params: idParamsSchema,
        headers: z.object({ 'if-match': z.string().optional().describe('Required unless previewing: the ETag of the current version.') }),
        body: importBodySchema,
        response: { 200: importResultSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { source, payload, name, preview } = request.body;
      const version = preview ? null : requiredVersion(request);
      const result = await importTimeline(store, actor(request), request.params.id, { source, payload, name }, version);
      if (result.stored !== null) reply.header('etag', etagOf(result.stored.version));
      const { stored, ...rest } = result;
      return { ...rest, version: stored?.version ?? null };
    },
  );
};
