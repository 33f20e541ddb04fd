/**
 * The public version of a postmortem (pure, no I/O): the kinds of redaction, a redaction as the reviewer decided it,
 * the saved public version and its revisions, which postmortems may have one, and the slug its page is served under.
 */
import { z } from 'zod';
import { ConflictError } from './errors.js';
import type { Postmortem } from './postmortem.schema.js';

/** The kinds of text a public postmortem must not carry. */
export const REDACTION_KINDS = ['person', 'handle', 'email', 'ip', 'host', 'url', 'ticket', 'channel', 'secret'] as const;

/** One of REDACTION_KINDS. */
export type RedactionKind = (typeof REDACTION_KINDS)[number];

/** What the reviewer made of a redaction: kept it (proposed or added by them), or rejected a proposed one. */
export const REDACTION_DECISIONS = ['accepted', 'rejected', 'added'] as const;

/** The longest public text accepted (characters). */
export const MAX_PUBLIC_TEXT = 200_000;

/** A redaction as reviewed: what it replaced, by what, where it stood in the original (when known) and why. */
export const reviewedRedactionSchema = z.strictObject({
  id: z.string().min(1).max(40).describe('R1, R2… as proposed; any unique id for one the reviewer added.'),
  kind: z.enum(REDACTION_KINDS),
  original: z.string().min(1).max(2_000).describe('The text replaced; publishing refuses while it is still in the public text (accepted and added ones).'),
  replacement: z.string().max(200),
  why: z.string().max(500),
  line: z.number().int().positive().nullable().describe('Where it stood in the original Markdown (1-based), null for one added by hand.'),
  column: z.number().int().positive().nullable(),
  decision: z.enum(REDACTION_DECISIONS),
});

/** A reviewed redaction. */
export type ReviewedRedaction = z.infer<typeof reviewedRedactionSchema>;

/** A slug: lower-case words of letters and digits joined by single dashes. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** What a reviewer saves: the public title and Markdown, the redactions as decided, and optionally the slug. */
export const publicVersionInputSchema = z.strictObject({
  title: z.string().trim().min(1).max(300),
  text: z.string().min(1).max(MAX_PUBLIC_TEXT),
  slug: z.string().min(1).max(120).regex(SLUG, 'a slug is lower-case letters and digits joined by single dashes, e.g. 2024-03-checkout-outage').optional(),
  redactions: z.array(reviewedRedactionSchema).max(5_000),
});

/** A public version as saved. */
export type PublicVersionInput = z.infer<typeof publicVersionInputSchema>;

/** What is public of it: which version, under which title, since when (null while nothing is). */
export interface PublishedState {
  version: number;
  title: string;
  at: string;
  firstAt: string;
}

/** The public version of a postmortem as stored. */
export interface PublicVersion {
  postmortemId: string;
  slug: string;
  /** Every save, publish and unpublish adds 1: the API's ETag. */
  version: number;
  title: string;
  text: string;
  redactions: ReviewedRedaction[];
  createdAt: string;
  updatedAt: string;
  updatedBy: string;
  published: PublishedState | null;
}

/** What a change of a public version did. */
export type PublicAction = 'saved' | 'published' | 'unpublished';

/** One change of a public version, with the text as it then stood. */
export interface PublicRevision {
  number: number;
  at: string;
  by: { userId: string; email: string };
  action: PublicAction;
  slug: string;
  title: string;
  text: string;
  redactions: ReviewedRedaction[];
}

/** A proposed redaction: where it stands in the proposal's `original` (offsets and 1-based line and column), what replaces it and why. */
export interface ProposedRedaction {
  id: string;
  kind: RedactionKind;
  original: string;
  replacement: string;
  why: string;
  line: number;
  column: number;
  start: number;
  end: number;
}

/** The proposal for a postmortem's public version. */
export interface PublicProposal {
  postmortemId: string;
  /** The postmortem's version the proposal was made from. */
  postmortemVersion: number;
  /** The postmortem's Markdown (without front matter or empty sections), the text the redactions' places refer to. */
  original: string;
  /** The redacted title, and the redacted Markdown without its title heading. */
  title: string;
  text: string;
  redactions: ProposedRedaction[];
  /** The internal domains the redaction was told of. */
  internalDomains: string[];
}

/** A published public postmortem as the world sees it. */
export interface PublishedPostmortem {
  slug: string;
  title: string;
  text: string;
  publishedAt: string;
  firstPublishedAt: string;
}

/**
 * Why a postmortem may not have a public version, or null when it may: only a published one, and never a restricted
 * one (whatever its redactions, what it is about is confidential).
 */
function publicVersionBlocker(pm: Pick<Postmortem, 'id' | 'status' | 'restricted'>): string | null {
  const id = pm.id ?? 'this postmortem';
  if (pm.restricted) return `postmortem "${id}" is restricted: a restricted postmortem can never be made public (its access must be opened first, by an admin or its author, if it really is for everyone)`;
  if (pm.status !== 'published') return `postmortem "${id}" is ${pm.status.replace('_', ' ')}: only a published postmortem gets a public version; move it to published first`;
  return null;
}

/** ConflictError (saying why) unless the postmortem may have a public version. */
export function requirePublicEligible(pm: Pick<Postmortem, 'id' | 'status' | 'restricted'>): void {
  const blocker = publicVersionBlocker(pm);
  if (blocker !== null) throw new ConflictError(blocker, { status: pm.status, restricted: pm.restricted });
}

/** A slug from a title: lower case, accents dropped, words of letters and digits joined by dashes, at most 80 characters. */
export function slugOf(title: string): string {
  const words = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');
  let slug = '';
  for (const word of words) {
    const next = slug === '' ? word : `${slug}-${word}`;
    if (next.length > 80) break;
    slug = next;
  }
  return slug === '' ? 'postmortem' : slug;
}
