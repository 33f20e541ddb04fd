/** Request schemas of the postmortem routes: ids, list filters and order. */
import { z } from 'zod';
import { calendarDate, statusSchema, utcInstant } from '../../core/postmortem.schema.js';
import { parseSeverity } from '../../core/severity.js';
import { POSTMORTEM_SORTS } from '../../store/list-sort.js';

/** The largest page of a list. */
const MAX_PAGE = 200;

/** `{id}` in a path. */
export const idParamsSchema = z.strictObject({ id: z.string().min(1).max(200) });

const filterText = z.string().trim().min(1).max(200);

/** A severity as people write it (SEV2, P2, Major…), read into SEV1..SEV4. */
const severityFilter = z
  .string()
  .describe('SEV1..SEV4; P1..P4 and Critical/Major/Minor/Low are accepted too')
  .transform((text, ctx) => {
    const severity = parseSeverity(text);
    if (severity === null) {
      ctx.addIssue({ code: 'custom', message: 'expected a severity such as SEV2, P2 or Major' });
      return z.NEVER;
    }
    return severity;
  });

/** A UTC instant, or a date meaning its first instant (UTC midnight). */
const instantFilter = z
  .string()
  .describe('a UTC instant (2024-03-01T14:05:00Z) or a date (2024-03-01, meaning its midnight UTC)')
  .transform((text, ctx) => {
    if (calendarDate.safeParse(text).success) return `${text}T00:00:00Z`;
    if (utcInstant.safeParse(text).success) return text;
    ctx.addIssue({ code: 'custom', message: 'expected a date such as 2024-03-01 or a UTC instant such as 2024-03-01T14:05:00Z' });
    return z.NEVER;
  });

/** The query of GET /postmortems. */
export const listQuerySchema = z.strictObject({
  status: statusSchema.optional(),
  severity: severityFilter.optional(),
  service: filterText.optional().describe('postmortems with a service whose name starts with this (case-insensitive)'),
  tag: filterText.optional(),
  author: filterText.optional(),
  from: instantFilter.optional().describe('incidents that started at or after this'),
  to: instantFilter.optional().describe('incidents that started before this'),
  q: z.string().trim().min(1).max(500).optional().describe('full-text search over title and prose; best match first unless sort says otherwise'),
  sort: z
    .enum(POSTMORTEM_SORTS)
    .optional()
    .describe(
      'the order: started, updated, severity (SEV1 first), title, duration or open_actions, ascending, or descending with a leading "-"; unknown values last either way. Default -started (newest incident first), or relevance (best match first) with q',
    ),
  limit: z.coerce.number().int().min(1).max(MAX_PAGE).default(50),
  cursor: z.string().min(1).max(1000).optional().describe('nextCursor of the previous page'),
});
