/** How stored postmortems are shown over HTTP: the full document, and the short row of a list. */
import { z } from 'zod';
import { memoizePerObject } from '../../core/memoize.js';
import type { Diagnostic } from '../../core/document.js';
import { derivedSchema } from '../../core/shown-postmortem.js';
import { keyTimesSchema, kindSchema, severitySchema, statusSchema, type Postmortem } from '../../core/postmortem.schema.js';
import { computeImpact } from '../../knowledge/impact/impact.js';
import { showWithImpact, shownWithImpactSchema } from '../../knowledge/impact/shown-with-impact.js';
import type { Slo } from '../../knowledge/impact/slo.js';
import type { Page, PostmortemSummary, StoredPostmortem, StoredPostmortemText } from '../../store/store.types.js';

const storedFields = {
  id: z.string(),
  version: z.number().int().min(1).describe('Starts at 1, one more with every change; the ETag is this number in quotes.'),
  members: z.array(z.string()).describe('Who may see it when restricted (e-mail addresses).'),
  createdAt: z.string(),
  updatedAt: z.string(),
};

/** A postmortem as GET answers it: `debrief show --format json` (impact against the stored SLOs) plus id, version, members and timestamps. */
export const postmortemViewSchema = shownWithImpactSchema.extend(storedFields).meta({ id: 'Postmortem' });

/** A postmortem view value. */
type PostmortemView = z.infer<typeof postmortemViewSchema>;

/** The JSON of one stored postmortem, its impact measured against `slos`. */
export function postmortemView(stored: StoredPostmortem, slos: readonly Slo[]): PostmortemView {
  return {
    ...showWithImpact(stored.postmortem, slos),
    id: stored.id,
    version: stored.version,
    members: stored.members,
    createdAt: stored.createdAt,
    updatedAt: stored.updatedAt,
  };
}

/**
 * The same JSON as `JSON.stringify(postmortemView(…))`, built around the stored document text instead of parsing
 * and re-serialising it (reads are the most frequent request). The document already holds `id`; the rest follows
 * it in the order postmortemView gives.
 */
export function postmortemViewJson(stored: StoredPostmortemText, slos: readonly Slo[]): string {
  const rest = {
    derived: { ...stored.derived, impact: computeImpact(JSON.parse(stored.document) as Postmortem, slos) },
    version: stored.version,
    members: stored.members,
    createdAt: stored.createdAt,
    updatedAt: stored.updatedAt,
  } satisfies Omit<PostmortemView, keyof StoredPostmortem['postmortem']>;
  return `${stored.document.slice(0, -1)},${JSON.stringify(rest).slice(1)}`;
}

/** What the Markdown importer could not read, or read only by converting or assuming, as a client can show it. */
export const diagnosticSchema = z.object({
  ruleId: z.string(),
  message: z.string(),
  line: z.number().int(),
  column: z.number().int(),
  endLine: z.number().int(),
  endColumn: z.number().int(),
  suggestion: z.string().optional(),
  outcome: z
    .enum(['converted', 'check'])
    .optional()
    .describe('Read after all: converted (e.g. a time in another zone, stored in UTC) or check (read on an assumption). Absent: not read.'),
});

/** A diagnostic of the parser, flattened. */
export function diagnosticView(d: Diagnostic): z.infer<typeof diagnosticSchema> {
  return { ruleId: d.ruleId, message: d.message, ...d.span, ...(d.suggestion === undefined ? {} : { suggestion: d.suggestion }), ...(d.outcome === undefined ? {} : { outcome: d.outcome }) };
}

/** One postmortem in a list: its metadata, key times (filled from the timeline), derived durations, open actions. */
export const postmortemRowSchema = z
  .object({
    id: z.string(),
    version: z.number().int(),
    title: z.string(),
    severity: severitySchema.nullable(),
    status: statusSchema,
    kind: kindSchema,
    author: z.string().nullable(),
    services: z.array(z.string()),
    teams: z.array(z.string()),
    tags: z.array(z.string()),
    restricted: z.boolean(),
    times: keyTimesSchema,
    derived: derivedSchema,
    actionItems: z.number().int().describe('How many action items it has.'),
    openActionItems: z.number().int().describe('How many of them are not done, verified or won\u2019t do.'),
    updatedAt: z.string(),
  })
  .meta({ id: 'PostmortemRow' });

/** The list row of one postmortem: the store's summary as it is (computed when the postmortem was written). */
function postmortemRow(summary: PostmortemSummary): z.infer<typeof postmortemRowSchema> {
  return summary;
}

/** The JSON of a list page: `{items, nextCursor}`. */
function postmortemPageJson(page: Page<PostmortemSummary>): string {
  return JSON.stringify({ items: page.items.map(postmortemRow), nextCursor: page.nextCursor });
}

// The store's caches hand out the same object until anything changes, so each answer is encoded once per object:
// building, flattening and UTF-8 encoding a 10 KB text on every read was 8-9% of a cached read's CPU.

/** The last body of each stored postmortem the store handed out, with the SLOs it was measured against. */
const viewBodies = new WeakMap<StoredPostmortemText, { slos: string; body: Buffer }>();

/** The UTF-8 bytes of `postmortemViewJson`, encoded once per stored postmortem the store hands out and per set of SLOs. */
export function postmortemViewBody(stored: StoredPostmortemText, slos: readonly Slo[]): Buffer {
  const key = JSON.stringify(slos);
  const cached = viewBodies.get(stored);
  if (cached?.slos === key) return cached.body;
  const body = Buffer.from(postmortemViewJson(stored, slos));
  viewBodies.set(stored, { slos: key, body });
  return body;
}

/** The UTF-8 bytes of `postmortemPageJson`, encoded once per page the store hands out. */
export const postmortemPageBody = memoizePerObject((page: Page<PostmortemSummary>) => Buffer.from(postmortemPageJson(page)));
