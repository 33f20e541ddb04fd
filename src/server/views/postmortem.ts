/** How stored postmortems are shown over HTTP: the full document, and the short row of a list. */
import { z } from 'zod';
import type { Diagnostic } from '../../core/document.js';
import { derivedSchema, showPostmortem, shownPostmortemSchema } from '../../core/shown-postmortem.js';
import { keyTimesSchema, kindSchema, severitySchema, statusSchema } from '../../core/postmortem.schema.js';
import type { Page, PostmortemSummary, StoredPostmortem, StoredPostmortemText } from '../../store/store.types.js';

const storedFields = {
  id: z.string(),
  version: z.number().int().min(1).describe('Starts at 1, one more with every change; the ETag is this number in quotes.'),
  members: z.array(z.string()).describe('Who may see it when restricted (e-mail addresses).'),
  createdAt: z.string(),
  updatedAt: z.string(),
};

/** A postmortem as GET answers it: `debrief show --format json` plus id, version, members and timestamps. */
export const postmortemViewSchema = shownPostmortemSchema.extend(storedFields).meta({ id: 'Postmortem' });

/** A postmortem view value. */
type PostmortemView = z.infer<typeof postmortemViewSchema>;

/** The JSON of one stored postmortem. */
export function postmortemView(stored: StoredPostmortem): PostmortemView {
  return {
    ...showPostmortem(stored.postmortem),
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
export function postmortemViewJson(stored: StoredPostmortemText): string {
  const rest = {
    derived: stored.derived,
    version: stored.version,
    members: stored.members,
    createdAt: stored.createdAt,
    updatedAt: stored.updatedAt,
  } satisfies Omit<PostmortemView, keyof StoredPostmortem['postmortem']>;
  return `${stored.document.slice(0, -1)},${JSON.stringify(rest).slice(1)}`;
}

/** What the Markdown importer could not read, as a client can show it. */
export const diagnosticSchema = z.object({
  ruleId: z.string(),
  message: z.string(),
  line: z.number().int(),
  column: z.number().int(),
  endLine: z.number().int(),
  endColumn: z.number().int(),
  suggestion: z.string().optional(),
});

/** A diagnostic of the parser, flattened. */
export function diagnosticView(d: Diagnostic): z.infer<typeof diagnosticSchema> {
  return { ruleId: d.ruleId, message: d.message, ...d.span, ...(d.suggestion === undefined ? {} : { suggestion: d.suggestion }) };
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

/** Pages already serialised: the store's list cache hands out the same page object until anything changes. */
const pageTexts = new WeakMap<Page<PostmortemSummary>, string>();

/** The JSON of a list page (`{items, nextCursor}`), serialised once per page object the store hands out. */
export function postmortemPageJson(page: Page<PostmortemSummary>): string {
  let text = pageTexts.get(page);
  if (text === undefined) {
    text = JSON.stringify({ items: page.items.map(postmortemRow), nextCursor: page.nextCursor });
    pageTexts.set(page, text);
  }
  return text;
}
