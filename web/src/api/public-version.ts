/** The public version of a postmortem over HTTP: the redaction proposal, the saved reviewed text, publish and take down. */
import type { PublicVersionInput, RedactionKind, ReviewedRedaction } from '../../../src/core/public-postmortem.js';
import { ApiError, sendJson } from './http.js';

/** A proposed redaction with its place in the original Markdown. */
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

/** The server's proposal: the original Markdown, the redacted title and text, every redaction. */
export interface PublicProposal {
  postmortemId: string;
  postmortemVersion: number;
  original: string;
  title: string;
  text: string;
  redactions: ProposedRedaction[];
  internalDomains: string[];
}

/** A saved public version. */
export interface PublicVersionView {
  postmortemId: string;
  slug: string;
  version: number;
  title: string;
  text: string;
  redactions: ReviewedRedaction[];
  updatedAt: string;
  updatedBy: string;
  published: { version: number; title: string; at: string; firstAt: string; url: string } | null;
}

function pathOf(id: string, rest = ''): string {
  return `/api/v1/postmortems/${encodeURIComponent(id)}/public${rest}`;
}

/** The proposal for a published, unrestricted postmortem (409 for any other). */
export function getPublicProposal(id: string, signal?: AbortSignal): Promise<PublicProposal> {
  return sendJson(pathOf(id, '/proposal'), { signal });
}

/** The saved public version, or null when there is none yet. */
export async function getPublicVersion(id: string, signal?: AbortSignal): Promise<PublicVersionView | null> {
  try {
    return await sendJson<PublicVersionView>(pathOf(id), { signal });
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

/** Saves the reviewed public version: the first one without a version, the next against the version read. */
export function savePublicVersion(id: string, version: number | null, input: PublicVersionInput): Promise<PublicVersionView> {
  return sendJson(pathOf(id), { method: 'PUT', body: input, headers: version === null ? {} : { 'If-Match': `"${version}"` } });
}

/** Publishes `version` (409 naming what is left to redact). */
export function publishPublicVersion(id: string, version: number): Promise<PublicVersionView> {
  return sendJson(pathOf(id, '/publish'), { method: 'POST', headers: { 'If-Match': `"${version}"` } });
}

/** Takes the public version down. */
export function unpublishPublicVersion(id: string): Promise<PublicVersionView> {
  return sendJson(pathOf(id, '/unpublish'), { method: 'POST' });
}
