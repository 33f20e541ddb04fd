/** How public versions of postmortems, their proposals and revisions are shown over HTTP. */
import { z } from 'zod';
import { REDACTION_KINDS, reviewedRedactionSchema, type PublicProposal, type PublicRevision, type PublicVersion } from '../../core/public-postmortem.js';

/** A proposed redaction with its place in the original Markdown. */
const proposedRedactionSchema = z
  .object({
    id: z.string().describe('R1, R2… in text order.'),
    kind: z.enum(REDACTION_KINDS),
    original: z.string().describe('The text it replaces.'),
    replacement: z.string(),
    why: z.string(),
    line: z.number().int().describe('1-based, in `original`.'),
    column: z.number().int(),
    start: z.number().int().describe('Offset in `original` (UTF-16 code units), inclusive.'),
    end: z.number().int().describe('Offset in `original`, exclusive.'),
  })
  .meta({ id: 'ProposedRedaction' });

/** The proposal: the postmortem's Markdown, its redacted title and text, and every redaction. */
export const publicProposalSchema = z
  .object({
    postmortemId: z.string(),
    postmortemVersion: z.number().int(),
    original: z.string().describe('The postmortem as Markdown (without front matter): what the redactions\u2019 places refer to.'),
    title: z.string(),
    text: z.string().describe('The redacted Markdown without its title heading: every redaction applied.'),
    redactions: z.array(proposedRedactionSchema),
    internalDomains: z.array(z.string()).describe('DEBRIEF_INTERNAL_DOMAINS: the domains whose hosts and links were treated as internal.'),
  })
  .meta({ id: 'PublicProposal' });

/** A public version as stored. */
export const publicVersionViewSchema = z
  .object({
    postmortemId: z.string(),
    slug: z.string().describe('The page is /public/postmortems/{slug}.'),
    version: z.number().int().describe('The ETag: every save, publish and unpublish adds 1.'),
    title: z.string(),
    text: z.string(),
    redactions: z.array(reviewedRedactionSchema),
    createdAt: z.string(),
    updatedAt: z.string(),
    updatedBy: z.string(),
    published: z.object({ version: z.number().int(), title: z.string(), at: z.string(), firstAt: z.string(), url: z.string() }).nullable().describe('What the world sees, or null while nothing is public.'),
  })
  .meta({ id: 'PublicVersion' });

/** One change of a public version. */
export const publicRevisionViewSchema = z
  .object({
    number: z.number().int(),
    at: z.string(),
    by: z.object({ userId: z.string(), email: z.string() }),
    action: z.enum(['saved', 'published', 'unpublished']),
    slug: z.string(),
    title: z.string(),
    text: z.string(),
    redactions: z.array(reviewedRedactionSchema),
  })
  .meta({ id: 'PublicRevision' });

/** The path a public postmortem is served at. */
export function publicPath(slug: string): string {
  return `/public/postmortems/${slug}`;
}

/** The JSON of a public version. */
export function publicVersionView(version: PublicVersion): z.infer<typeof publicVersionViewSchema> {
  return { ...version, published: version.published === null ? null : { ...version.published, url: publicPath(version.slug) } };
}

/** The JSON of a proposal. */
export function publicProposalView(proposal: PublicProposal): z.infer<typeof publicProposalSchema> {
  return proposal;
}

/** The JSON of a revision. */
export function publicRevisionView(revision: PublicRevision): z.infer<typeof publicRevisionViewSchema> {
  return revision;
}
