/**
 * POST /postmortems/{id}/timeline/import: a tool's events into the timeline, or a preview of what they would do: from
 * a JSON body (an export, or what to fetch live), or from an uploaded zip (`application/zip`, a Slack workspace
 * export) with its settings in the query.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IANAZone } from 'luxon';
import { z } from 'zod';
import { canWrite } from '../../core/access.js';
import { InputError } from '../../core/errors.js';
import { timelineEventSchema } from '../../core/postmortem.schema.js';
import type { FetchSource } from '../../importers/live-fetch.js';
import type { AddressPolicy } from '../../integrations/channels/ssrf-guard.js';
import { TIMELINE_SOURCES, type TimelineSource } from '../../importers/sources.js';
import type { Store } from '../../store/store.types.js';
import { actor } from '../auth.js';
import { etagOf, requiredVersion } from '../preconditions.js';
import { acceptOnly } from '../content-types.js';
import { importTimeline, type ImportRequest } from '../timeline-import.js';
import { errorResponses } from '../views/error.js';
import { idParamsSchema } from './postmortems.schemas.js';

/** The media type of a zip upload. */
const ZIP = 'application/zip';

const importBodySchema = z.strictObject({
  source: z.enum(Object.keys(TIMELINE_SOURCES) as [TimelineSource, ...TimelineSource[]]).describe('The tool the payload comes from.'),
  payload: z.unknown().optional().describe('The export: a JSON value, or its text (JSON, one JSON value per line, or CSV for csv). Slack: a day file\'s list of messages, a conversations.history answer, or an object of an export\'s files by name ({"users.json": […], "incident/2024-03-03.json": […]}).'),
  fetch: z
    .strictObject({
      id: z.string().trim().min(1).max(200).describe('slack: the channel id (C…); pagerduty: the incident id.'),
      token: z.string().trim().min(1).max(500).optional().describe('A token of the tool: a Slack bot token with channels:history (and groups:history for private channels, users:read for people\u2019s names), a PagerDuty REST API key. Used for this call only, never stored. Left out: the token an admin stored as a slack-api or pagerduty-api integration of the postmortem\u2019s team, else of the instance (422 when there is none).'),
    })
    .optional()
    .describe('Instead of payload, fetch the entries live from the tool\u2019s API (slack: conversations.history of the channel in the window, its threads\u2019 replies and its people\u2019s names; pagerduty: the incident\u2019s log entries), page after page.'),
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

/** A zip upload's settings, in the query: what the JSON body says in its fields. */
const uploadQuerySchema = z.strictObject({
  source: importBodySchema.shape.source.optional().describe('A zip upload: the tool its files come from (slack for a workspace export). Required with a zip; not used with JSON.'),
  name: z.string().trim().min(1).max(200).optional().describe('A zip upload: what to call it where the answer names what it left out (default upload.zip).'),
  since: importBodySchema.shape.since,
  until: importBodySchema.shape.until,
  timezone: importBodySchema.shape.timezone,
  preview: z.enum(['true', 'false']).optional().describe('A zip upload: true to say what the import would do and change nothing.'),
});

/** The largest zip upload (a Slack workspace export of the incident's channels). */
const ZIP_BODY_BYTES = 50 * 1024 * 1024;

/** What a request asks: its JSON body's fields, or its zip and the query's settings. */
function askedOf(body: z.output<typeof importBodySchema> | Buffer, query: z.output<typeof uploadQuerySchema>): { preview: boolean; asked: ImportRequest } {
  if (!Buffer.isBuffer(body)) {
    const { preview, ...asked } = body;
    return { preview, asked };
  }
  const { source, name = 'upload.zip', preview, ...rest } = query;
  if (source === undefined) throw new InputError('a zip upload needs ?source= (slack for a workspace export)', [{ path: 'source', message: 'required with a zip upload' }]);
  return { preview: preview === 'true', asked: { source, name, upload: body, ...rest } };
}

/** The timeline import route. */
export const timelineImportRoutes: FastifyPluginAsyncZod<{ store: Store; outbound: AddressPolicy; fetchApis?: Partial<Record<FetchSource, string>> }> = async (app, { store, outbound, fetchApis = {} }) => {
  // A zip (a Slack workspace export) is read here only, up to its own limit; JSON bodies keep the server's.
  app.addContentTypeParser(ZIP, { parseAs: 'buffer', bodyLimit: ZIP_BODY_BYTES }, (_request, body, done) => done(null, body));
  app.post(
    '/postmortems/:id/timeline/import',
    {
      config: { allow: canWrite },
      preValidation: acceptOnly('application/json', ZIP),
      schema: {
        tags: ['postmortems'],
        summary: 'Import a tool\u2019s events into the timeline (PagerDuty, Opsgenie, Alertmanager, Grafana, Statuspage, Better Stack, Slack, CSV), from an export (JSON, or a zip upload such as a Slack workspace export, up to 50 MB) or fetched live (Slack, PagerDuty): added by time, joined to what other tools gave, nothing twice; preview first, then import with If-Match',
        params: idParamsSchema,
        querystring: uploadQuerySchema,
        headers: z.object({ 'if-match': z.string().optional().describe('Required unless previewing: the ETag of the current version.') }),
        body: { content: { 'application/json': { schema: importBodySchema }, [ZIP]: { schema: z.unknown().meta({ type: 'string', format: 'binary', description: 'A zip of export files (a Slack workspace export: users.json, channels.json, CHANNEL/YYYY-MM-DD.json); its settings in the query.' }) } } },
        response: { 200: importResultSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { preview, asked } = askedOf(request.body as z.output<typeof importBodySchema> | Buffer, request.query);
      const version = preview ? null : requiredVersion(request);
      const result = await importTimeline(store, actor(request), request.params.id, asked, version, { apis: fetchApis, outbound });
      if (result.stored !== null) reply.header('etag', etagOf(result.stored.version));
      const { stored, ...rest } = result;
      return { ...rest, version: stored?.version ?? null };
    },
  );
};
