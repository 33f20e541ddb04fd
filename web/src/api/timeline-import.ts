/**
 * Importing a tool's export into a postmortem's timeline: a preview that changes nothing, then the import itself. An
 * export is sent as JSON (its text), or as a zip upload (a Slack workspace export) with its settings in the query.
 */
import type { MergedTimeline } from '../../../src/importers/merge-timeline.js';
import type { LeftOut, Omitted } from '../../../src/importers/source-reading.js';
import type { TimelineSource } from '../../../src/importers/sources.js';
import { queryString, sendJson, type RequestOptions } from './http.js';

/** What an import did, or would do: the merge's counts and timeline, the entries left out and why, the version after it (null for a preview). */
export type TimelineImport = MergedTimeline & { leftOut: LeftOut[]; omitted: Omitted[]; version: number | null };

/** The import route of a postmortem. */
function pathOf(id: string): string {
  return `/api/v1/postmortems/${encodeURIComponent(id)}/timeline/import`;
}

/** What to fetch from a tool's API instead of an export: a Slack channel's id or a PagerDuty incident's id, and a token used for this call only (none: the one an admin stored). */
export interface LiveFetch {
  id: string;
  token?: string;
}

/**
 * What to import: the tool, and either an export (its text and name, a file's, which names what is left out), a zip
 * of export files (a Slack workspace export), or what to fetch live; for CSV the zone of times written without one.
 */
export type ToolExport = { source: TimelineSource; timezone?: string | undefined } & ({ name: string; text: string } | { name: string; zip: Blob } | { fetch: LiveFetch });

/** The request that sends an export: its path (with the query of a zip upload) and its body. */
function requestOf(id: string, exported: ToolExport, preview: boolean): { path: string; options: RequestOptions } {
  const { source, timezone } = exported;
  const zone = source === 'csv' && timezone !== undefined && timezone !== '' ? { timezone } : {};
  if ('zip' in exported) return { path: `${pathOf(id)}${queryString({ source, name: exported.name, preview: preview ? 'true' : undefined, ...zone })}`, options: { method: 'POST', body: exported.zip, contentType: 'application/zip' } };
  const given = 'fetch' in exported ? { fetch: exported.fetch } : { name: exported.name, payload: exported.text };
  return { path: pathOf(id), options: { method: 'POST', body: { source, ...given, preview, ...zone } } };
}

/** What importing the export would do; nothing changes. */
export function previewTimelineImport(id: string, exported: ToolExport): Promise<TimelineImport> {
  const { path, options } = requestOf(id, exported, true);
  return sendJson(path, options);
}

/** Imports the export as a revision if `version` is still current (412 otherwise; 409 when frozen). */
export function importTimeline(id: string, version: number, exported: ToolExport): Promise<TimelineImport> {
  const { path, options } = requestOf(id, exported, false);
  return sendJson(path, { ...options, headers: { 'If-Match': `"${version}"` } });
}
