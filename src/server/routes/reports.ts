/** GET /reports/patterns: the pattern report of a period, as JSON, or as Markdown, an HTML page with charts or the CSV of its rows to download. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { patternCsv } from '../../knowledge/patterns/csv.js';
import { patternMarkdown } from '../../knowledge/patterns/markdown.js';
import { reportPeriod } from '../../knowledge/patterns/period.js';
import type { Store } from '../../store/store.types.js';
import { actor } from '../auth.js';
import { storedPatternReport } from '../practice/patterns.js';
import { errorResponses } from '../views/error.js';
import { patternReportSchema } from './reports.schemas.js';

/** The files the report downloads as, by format. */
const FILE_TYPES = { csv: 'text/csv', md: 'text/markdown', html: 'text/html' } as const;

/** GET /reports/patterns. */
export const reportRoutes: FastifyPluginAsyncZod<{ store: Store }> = async (app, { store }) => {
  app.get(
    '/reports/patterns',
    {
      schema: {
        tags: ['reports'],
        summary:
          'The pattern report of a period (default: the 90 days ending today): incidents by severity, shares by trigger, contributing-factor category and service, repeated failures, time to detect/acknowledge/mitigate/resolve against the previous period, action items. Restricted postmortems you may not read are not counted.',
        querystring: z.strictObject({
          from: z.string().optional().describe('First day, YYYY-MM-DD (UTC); default 90 days before `to`.'),
          to: z.string().optional().describe('Last day, included, YYYY-MM-DD (UTC); default today.'),
          format: z.enum(['json', 'csv', 'md', 'html']).default('json').describe('json (default, the report), csv (one row per postmortem of the period), md, or html (a page with charts); the last three as attachments.'),
        }),
        response: {
          200: {
            content: {
              'application/json': { schema: patternReportSchema },
              [FILE_TYPES.csv]: { schema: z.string() },
              [FILE_TYPES.md]: { schema: z.string() },
              [FILE_TYPES.html]: { schema: z.string() },
            },
          },
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      const { format } = request.query;
      const period = reportPeriod(request.query, store.now(), { from: 'from', to: 'to' });
      const { report, rows } = await storedPatternReport(store, actor(request), period);
      if (format === 'json') return report;
      // Files to download, never pages of the app's origin (as postmortem exports).
      reply.header('content-disposition', `attachment; filename="patterns-${period.from}-to-${period.to}.${format}"`).type(`${FILE_TYPES[format]}; charset=utf-8`);
      if (format === 'csv') return patternCsv(rows);
      // The chart library is loaded when a page is first asked for, not with the server.
      return format === 'md' ? patternMarkdown(report) : (await import('../../knowledge/patterns/html.js')).patternHtml(report);
    },
  );
};
