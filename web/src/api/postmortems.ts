/** Postmortems over HTTP: list, create, read (JSON or Markdown), merge-patch, lint, transitions, revisions, delete and restore. */
import type { Postmortem, Status } from '../../../src/core/postmortem.schema.js';
import { ApiError, queryString, send, sendJson } from './http.js';
import type { DeletedPostmortem } from '../../../src/store/store.types.js';
import type { ImportDiagnostic, LintResult, Page, PostmortemRow, PostmortemView, Revision, RevisionInfo } from './types.js';

/** The filters and the order of the postmortem list, as the API names them. */
export interface ListFilter {
  q?: string;
  status?: string;
  severity?: string;
  service?: string;
  tag?: string;
  author?: string;
  from?: string;
  to?: string;
  /** `sort=`: an order of the API's (see PostmortemSort); empty for the default. */
  sort?: string;
}

const BASE = '/api/v1/postmortems';

/** The address of one postmortem (or a path below it). */
function pathOf(id: string, rest = ''): string {
  return `${BASE}/${encodeURIComponent(id)}${rest}`;
}

function ifMatch(version: number): Record<string, string> {
  return { 'If-Match': `"${version}"` };
}

/** One page of the postmortem list. */
export function listPostmortems(filter: ListFilter, cursor: string | null, limit = 25): Promise<Page<PostmortemRow>> {
  return sendJson(`${BASE}${queryString({ ...filter, limit, cursor: cursor ?? undefined })}`);
}

/** Creates a postmortem from (part of) a document. */
export function createPostmortem(doc: Partial<Postmortem>): Promise<PostmortemView> {
  return sendJson(BASE, { method: 'POST', body: doc });
}

/** Creates a postmortem from Markdown written elsewhere; answers what the importer could not read. */
export function importPostmortem(markdown: string): Promise<PostmortemView & { diagnostics?: ImportDiagnostic[] }> {
  return sendJson(BASE, { method: 'POST', body: markdown, contentType: 'text/markdown' });
}

/** Reads one postmortem. */
export function getPostmortem(id: string, signal?: AbortSignal): Promise<PostmortemView> {
  return sendJson(pathOf(id), signal === undefined ? {} : { signal });
}

/** Reads one postmortem as Debrief Markdown. */
export async function getMarkdown(id: string): Promise<string> {
  return (await send(pathOf(id), { accept: 'text/markdown' })).text();
}

/** Reads one postmortem as a file to download: our Markdown, a standalone HTML page, or its JSON (the saved version). */
export async function getExport(id: string, format: 'md' | 'html' | 'json'): Promise<Blob> {
  return (await send(`${pathOf(id)}/export?format=${format}`, {})).blob();
}

/** Applies a JSON merge patch (of the document and its members) if `version` is still current (412 otherwise). */
export function patchPostmortem(id: string, version: number, patch: Partial<Postmortem & { members: string[] }>): Promise<PostmortemView> {
  return sendJson(pathOf(id), { method: 'PATCH', body: patch, contentType: 'application/merge-patch+json', headers: ifMatch(version) });
}

/** The lint findings of the stored postmortem. */
export function lintPostmortem(id: string): Promise<LintResult> {
  return sendJson(pathOf(id, '/lint'));
}

/** Moves the postmortem to another status (409 with the lint errors when it may not). */
export function transition(id: string, version: number, to: Status, reason?: string): Promise<PostmortemView> {
  return sendJson(pathOf(id, '/transitions'), { method: 'POST', body: reason === undefined ? { to } : { to, reason }, headers: ifMatch(version) });
}

/** Every recorded change, oldest first. */
export async function listRevisions(id: string): Promise<RevisionInfo[]> {
  return (await sendJson<{ items: RevisionInfo[] }>(pathOf(id, '/revisions'))).items;
}

/** One revision in full. */
export function getRevision(id: string, number: number): Promise<Revision> {
  return sendJson(pathOf(id, `/revisions/${number}`));
}

/** The revision that last published the postmortem (what readers see while it is revised), or null if it never was. */
export async function getPublished(id: string, signal?: AbortSignal): Promise<Revision | null> {
  try {
    return await sendJson<Revision>(pathOf(id, '/published'), { signal });
  } catch (caught) {
    if (caught instanceof ApiError && caught.status === 404) return null;
    throw caught;
  }
}

/** Makes a revision the current document again, if `version` is current. */
export function restoreRevision(id: string, number: number, version: number): Promise<PostmortemView> {
  return sendJson(pathOf(id, `/revisions/${number}/restore`), { method: 'POST', headers: ifMatch(version) });
}

/** Deletes a postmortem (admins); an admin can restore it for 30 days. */
export async function deletePostmortem(id: string): Promise<void> {
  await send(pathOf(id), { method: 'DELETE' });
}

/** The deleted postmortems that can still be restored, newest first (admins). */
export async function listDeleted(): Promise<DeletedPostmortem[]> {
  return (await sendJson<{ items: DeletedPostmortem[] }>('/api/v1/deleted-postmortems')).items;
}

/** Puts a deleted postmortem back whole (admins); answers its id. */
export async function restoreDeleted(deletedId: string): Promise<string> {
  return (await sendJson<{ postmortemId: string }>(`/api/v1/deleted-postmortems/${encodeURIComponent(deletedId)}/restore`, { method: 'POST' })).postmortemId;
}
