/** The public version of a postmortem over HTTP: the redaction proposal, the saved reviewed text, publish and take down. */
import type { PublicProposal, PublicVersion, PublicVersionInput, PublishedState } from '../../../src/core/public-postmortem.js';
import { ApiError, sendJson } from './http.js';

/** A saved public version as the API shows it: what is published carries its page's path. */
export type PublicVersionView = Omit<PublicVersion, 'published'> & { published: (PublishedState & { url: string }) | null };

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
