/** POST /postmortems/{id}/timeline/import: a tool's events into the timeline, or a preview of what they would do. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IANAZone } from 'luxon';
import { z } from 'zod';
import { canWrite } from '../../core/access.js';
import { timelineEventSchema } from '../../core/postmortem.schema.js';
import type { FetchSource } from '../../importers/live-fetch.js';
import { TIMELINE_SOURCES, type TimelineSource } from '../../importers/sources.js';
import type { Store } from '../../store/store.types.js';
import { actor } from '../auth.js';
import { etagOf, requiredVersion } from '../preconditions.js';
import { importTimeline } from '../timeline-import.js';
import { errorResponses } from '../views/error.js';
import { idParamsSchema } from './postmortems.schemas.js';

const importBodySchema = z.strictObject({
  source: z.enum(Object.keys(TIMELINE_SOURCES) as [TimelineSource, ...TimelineSource[]]).describe('The tool the payload comes from.'),
  payload: z.unknown().optional().describe('The export: a JSON value, or its text (JSON, one JSON value per line, or CSV for csv). Slack: a day file\'s list of messages, a conversations.history answer, or an object of an export\'s files by name ({"users.json": […], "incident/2024-03-03.json": […]}).'),
  fetch: z
    .strictObject({
      id: z.string().trim().min(1).max(200).describe('slack: the channel id (C…); pagerduty: the incident id.'),
      token: z.string().trim().min(1).max(500).describe('A token of the tool: a Slack bot token with channels:history (and groups:history for private channels), a PagerDuty REST API key. Used for this call only, never stored.'),
    })
    .optional()
    .describe('Instead of payload, fetch the entries live from the tool\u2019s API (slack: conversations.history of the channel in the window; pagerduty: the incident\u2019s log entries), page after page.'),
  name: z.string().trim().min(1).max(200).default('payload').describe('What to call the export where the answer names what it left out (a file name).'),
  since: z.string().trim().min(1).max(40).optional().describe('Slack: keep messages from this time on (ISO 8601, UTC without an offset). Default: an hour before the postmortem\'s first key time.'),
  until: z.string().trim().min(1).max(40).optional().describe('Slack: keep messages up to this time. Default: an hour after the postmortem\'s last key time.'),
  columns: z
    .strictObject({ time: z.string().min(1).max(200).optional(), text: z.string().min(1).max(200).optional(), actor: z.string().min(1).max(200).optional(), kind: z.string().min(1).max(200).optional() })
    .optional()
    .describe('csv: the column of each field by header name (default: found by names such as time, timestamp, text, message, actor, user, kind).'),
  timezone: z
    .string()
    .max(64)
    .refine((zone) => IANAZone.isValidZone(zone), 'not an IANA time zone (Europe/Paris, America/New_York, UTC)')
    .optional()
    .describe('csv: the IANA zone of times written without an offset; without it such a row is left out.'),
  preview: z.boolean().default(false).describe('True: say what the import would do and change nothing (no If-Match needed).'),
});

const importResultSchema = z
  .object({
    added: z.number().int(),
    merged: z.number().int().describe('Events that joined one another tool already gave.'),
    skipped: z.number().int().describe('Entries imported before.'),
    leftOut: z.array(z.object({ entry: z.string(), reason: z.string() })).describe('Entries that could not be read, each named by the export\'s name and its place in it.'),
    omitted: z.array(z.object({ reason: z.string(), count: z.number().int() })).describe('Entries read and left out on purpose (Slack messages outside the incident window, channel joins, other bots…), counted by why.'),
    timeline: z.array(timelineEventSchema),
    version: z.number().int().nullable().describe('The version after the import; null for a preview.'),
  })
  .meta({ id: 'TimelineImport' });

/** The timeline import route. */
export const timelineImportRoutes: FastifyPluginAsyncZod<{ store: Store; fetchApis?: Partial<Record<FetchSource, string>> }> = async (app, { store, fetchApis }) => {
  app.post(
    '/postmortems/:id/timeline/import',
    {
      config: { allow: canWrite },
      schema: {
        tags: ['postmortems'],
        summary: 'Import a tool\u2019s events into the timeline (PagerDuty, Opsgenie, Alertmanager, Grafana, Statuspage, Better Stack, Slack, CSV), from an export or fetched live (Slack, PagerDuty): added by time, joined to what other tools gave, nothing twice; preview first, then import with If-Match',
        params: idParamsSchema,
        headers: z.object({ 'if-match': z.string().optional().describe('Required unless previewing: the ETag of the current version.') }),
        body: importBodySchema,
        response: { 200: importResultSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { preview, ...asked } = request.body;
      const version = preview ? null : requiredVersion(request);
      const result = await importTimeline(store, actor(request), request.params.id, asked, version, fetchApis);
      if (result.stored !== null) reply.header('etag', etagOf(result.stored.version));
      const { stored, ...rest } = result;
      return { ...rest, version: stored?.version ?? null };
    },
  );
};
