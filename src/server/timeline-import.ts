/**
 * Importing a tool's events into a postmortem's timeline over the API: a preview of what would be added, joined and
 * skipped (nothing changes), or the import itself, which needs the version read (If-Match) and is recorded as a
 * revision. The same readers and merge as `debrief timeline import` (src/importers/).
 */
import type { TimelineEvent } from '../core/postmortem.schema.js';
import { isFrozen } from '../core/status-flow.js';
import { InputError } from '../core/errors.js';
import { incidentWindow } from '../importers/incident-window.js';
import { fetchReading, isFetchSource, type FetchSource } from '../importers/live-fetch.js';
import { mergeTimeline } from '../importers/merge-timeline.js';
import type { CsvField, LeftOut, Omitted, ReadOptions, SourceReading } from '../importers/source-reading.js';
import { readSourceFile, type TimelineSource } from '../importers/sources.js';
import type { Actor, Store, StoredPostmortem } from '../store/store.types.js';
import { frozenError } from './postmortem-writes.js';

/** What an import did, or would do. */
export interface TimelineImport {
  added: number;
  merged: number;
  skipped: number;
  leftOut: LeftOut[];
  /** Entries left out on purpose (Slack messages outside the incident window, channel joins…), counted by why. */
  omitted: Omitted[];
  /** The timeline as it is (or would be) after the import. */
  timeline: TimelineEvent[];
  /** The postmortem as stored after the import; null for a preview. */
  stored: StoredPostmortem | null;
}

/** What to import: the tool, its export (or what to fetch from its API), what to call it, and how to read it (Slack's window, CSV's columns and zone). */
export interface ImportRequest {
  source: TimelineSource;
  payload?: unknown;
  /** Instead of a payload: fetch live from the tool's API (a Slack channel's id, a PagerDuty incident's id) with a token. */
  fetch?: { id: string; token: string } | undefined;
  name: string;
  since?: string | undefined;
  until?: string | undefined;
  columns?: Partial<Record<CsvField, string>> | undefined;
  timezone?: string | undefined;
}

/** The entries a request brings: its payload read as its source, or the pages fetched from the source's API. */
async function readRequest(request: ImportRequest, options: ReadOptions, apis: Partial<Record<FetchSource, string>>): Promise<SourceReading> {
  const { source, payload, fetch, name } = request;
  const given = (payload === undefined ? 0 : 1) + (fetch === undefined ? 0 : 1);
  if (given !== 1) throw new InputError('give the export as payload, or what to fetch from the tool\u2019s API as fetch: one of the two', [{ path: given === 0 ? 'payload' : 'fetch', message: given === 0 ? 'give payload or fetch' : 'give payload or fetch, not both' }]);
  if (fetch === undefined) return readSourceFile(source, name, typeof payload === 'string' ? payload : JSON.stringify(payload), options);
  if (!isFetchSource(source)) throw new InputError(`only slack and pagerduty can be fetched live; export the ${source} data and send it as payload`, [{ path: 'fetch', message: `${source} cannot be fetched live` }]);
  return fetchReading({ source, ...fetch, apiUrl: apis[source] }, options);
}

/**
 * Reads `payload` (a JSON value, or the text of an export: JSON, one JSON value per line, or CSV) as `source` (called
 * `name` where what is left out is named), or fetches it live from the source's API (at `apis`, else the vendor's),
 * Slack in the window asked for or else the postmortem's key times', and
 * merges its events into the postmortem's timeline; saved only when `version` is given (else a preview) and
 * something changes.
 */
export async function importTimeline(store: Store, actor: Actor, id: string, request: ImportRequest, version: number | null, apis: Partial<Record<FetchSource, string>> = {}): Promise<TimelineImport> {
  const { source } = request;
  const current = await store.getPostmortem(actor, id);
  const window = incidentWindow(request, current.postmortem.times);
  if ('problem' in window) throw new InputError(window.problem, [{ path: window.problem.split(' ')[0], message: window.problem }]);
  const reading = await readRequest(request, { window: window.window, columns: request.columns, timezone: request.timezone }, apis);
  const merged = mergeTimeline(current.postmortem.timeline, reading.events);
  const result = { added: merged.added, merged: merged.merged, skipped: merged.skipped, leftOut: reading.leftOut, omitted: reading.omitted ?? [], timeline: merged.timeline };
  if (version === null) return { ...result, stored: null };
  const { status } = current.postmortem;
  if (current.version === version && isFrozen(status)) throw frozenError(id, status);
  if (merged.added + merged.merged === 0 && current.version === version) return { ...result, stored: current };
  const note = `timeline: ${merged.added} events imported from ${source}${merged.merged > 0 ? `, ${merged.merged} joined to events other tools gave` : ''}`;
  return { ...result, stored: await store.updatePostmortem(actor, id, version, { ...current.postmortem, timeline: merged.timeline }, { note }) };
}
