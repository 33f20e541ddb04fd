/** Importing a tool's export into a postmortem's timeline: a preview that changes nothing, then the import itself. */
import type { MergedTimeline } from '../../../src/importers/merge-timeline.js';
import type { LeftOut, Omitted } from '../../../src/importers/source-reading.js';
import type { TimelineSource } from '../../../src/importers/sources.js';
import { sendJson } from './http.js';

/** What an import did, or would do: the merge's counts and timeline, the entries left out and why, the version after it (null for a preview). */
export type TimelineImport = MergedTimeline & { leftOut: LeftOut[]; omitted: Omitted[]; version: number | null };

/** The import route of a postmortem. */
function pathOf(id: string): string {
  return `/api/v1/postmortems/${encodeURIComponent(id)}/timeline/import`;
}

/** What to fetch from a tool's API instead of an export: a Slack channel's id or a PagerDuty incident's id, and a token used for this call only. */
export interface LiveFetch {
  id: string;
  token: string;
}

/**
 * What to import: the tool, and either an export (its text and name, a file's, which names what is left out) or what
 * to fetch live; for CSV the zone of times written without one.
 */
export type ToolExport = { source: TimelineSource; timezone?: string | undefined } & ({ name: string; text: string } | { fetch: LiveFetch });

/** The body the import route takes. */
function bodyOf(exported: ToolExport, preview: boolean) {
  const { source, timezone } = exported;
  const given = 'fetch' in exported ? { fetch: exported.fetch } : { name: exported.name, payload: exported.text };
  return { source, ...given, preview, ...(source === 'csv' && timezone !== undefined && timezone !== '' ? { timezone } : {}) };
}

/** What importing the export would do; nothing changes. */
export function previewTimelineImport(id: string, exported: ToolExport): Promise<TimelineImport> {
  return sendJson(pathOf(id), { method: 'POST', body: bodyOf(exported, true) });
}

/** Imports the export as a revision if `version` is still current (412 otherwise; 409 when frozen). */
export function importTimeline(id: string, version: number, exported: ToolExport): Promise<TimelineImport> {
  return sendJson(pathOf(id), { method: 'POST', body: bodyOf(exported, false), headers: { 'If-Match': `"${version}"` } });
}
