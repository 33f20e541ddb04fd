/**
 * Importing a tool's events into a postmortem's timeline over the API: a preview of what would be added, joined and
 * skipped (nothing changes), or the import itself, which needs the version read (If-Match) and is recorded as a
 * revision. The same readers and merge as `debrief timeline import` (src/importers/).
 */
import type { TimelineEvent } from '../core/postmortem.schema.js';
import { isFrozen } from '../core/status-flow.js';
import { InputError } from '../core/errors.js';
import { incidentWindow } from '../importers/incident-window.js';
import { isUtf8 } from 'node:buffer';
import { readExportFiles, wantedBy, type FileText } from '../importers/export-reading.js';
import { fetchReading, isFetchSource, type FetchSource } from '../importers/live-fetch.js';
import { listZip } from '../importers/zip-export.js';
import type { AddressPolicy } from '../integrations/channels/ssrf-guard.js';
import { noFetchToken, storedFetchToken } from '../integrations/fetch-tokens.js';
import { checkStoredApiUrl } from '../integrations/outbound-urls.js';
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
  /** Instead of a payload: fetch live from the tool's API (a Slack channel's id, a PagerDuty incident's id) with a token, else the one stored. */
  fetch?: { id: string; token?: string | undefined } | undefined;
  /** Instead of a payload: the bytes of an uploaded zip (a Slack workspace export), read a file at a time. */
  upload?: Buffer | undefined;
  name: string;
  since?: string | undefined;
  until?: string | undefined;
  columns?: Partial<Record<CsvField, string>> | undefined;
  timezone?: string | undefined;
}

/** Where the live fetch calls, and what it may reach: the tools' API addresses (else the vendors'), and the policy on a stored integration's own address. */
export interface FetchSettings {
  apis: Partial<Record<FetchSource, string>>;
  outbound: AddressPolicy;
}

/** The token and API address of a live fetch: the token given, else the one stored for the postmortem's teams or the instance. */
async function fetchTarget(store: Store, source: FetchSource, token: string | undefined, teams: readonly string[], settings: FetchSettings): Promise<{ token: string; apiUrl: string | undefined }> {
  if (token !== undefined) return { token, apiUrl: settings.apis[source] };
  const stored = await storedFetchToken(store, source, teams);
  if (stored === null) throw noFetchToken(source, 'fetch.token', 'give it as fetch.token');
  if (stored.apiUrl !== null) await checkStoredApiUrl(stored.apiUrl, stored.integration, settings.outbound);
  return { token: stored.token, apiUrl: stored.apiUrl ?? settings.apis[source] };
}

/** The largest file of an uploaded zip, and the most its files may hold together unpacked. */
export const UPLOAD_ENTRY_BYTES = 10 * 1024 * 1024;
const UPLOAD_TOTAL_BYTES = 512 * 1024 * 1024;

/** An uploaded file's bytes as text: UTF-8 (a byte order mark dropped), else why not. */
function uploadedText(bytes: Buffer): FileText {
  if (!isUtf8(bytes)) return { ok: false, problem: 'not UTF-8 text' };
  return { ok: true, source: bytes.toString('utf8').replace(/^\uFEFF/, '') };
}

/** The entries of an uploaded zip (a Slack export: its users.json and channels.json, then its day files), named `name:entry`. */
async function readUpload(source: ImportRequest['source'], name: string, zip: Buffer, options: ReadOptions): Promise<SourceReading> {
  let listing;
  try {
    listing = await listZip(zip, name, wantedBy(source), { maxEntryBytes: UPLOAD_ENTRY_BYTES, maxTotalBytes: UPLOAD_TOTAL_BYTES, decode: uploadedText });
  } catch (error) {
    const message = `${name}: cannot read it as a zip: ${error instanceof Error ? error.message : String(error)}`;
    throw new InputError(message, [{ path: '(body)', message }]);
  }
  try {
    return await readExportFiles(source, listing.files, options);
  } finally {
    listing.close();
  }
}

/** The entries a request brings: its payload read as its source, its uploaded zip's files, or the pages fetched from the source's API. */
async function readRequest(store: Store, request: ImportRequest, options: ReadOptions, teams: readonly string[], settings: FetchSettings): Promise<SourceReading> {
  const { source, payload, fetch, upload, name } = request;
  if (upload !== undefined) return readUpload(source, name, upload, options);
  const given = (payload === undefined ? 0 : 1) + (fetch === undefined ? 0 : 1);
  if (given !== 1) throw new InputError('give the export as payload, or what to fetch from the tool\u2019s API as fetch: one of the two', [{ path: given === 0 ? 'payload' : 'fetch', message: given === 0 ? 'give payload or fetch' : 'give payload or fetch, not both' }]);
  if (fetch === undefined) return readSourceFile(source, name, typeof payload === 'string' ? payload : JSON.stringify(payload), options);
  if (!isFetchSource(source)) throw new InputError(`only slack and pagerduty can be fetched live; export the ${source} data and send it as payload`, [{ path: 'fetch', message: `${source} cannot be fetched live` }]);
  return fetchReading({ source, id: fetch.id, ...(await fetchTarget(store, source, fetch.token, teams, settings)) }, options);
}

/**
 * Reads `payload` (a JSON value, or the text of an export: JSON, one JSON value per line, or CSV) as `source` (called
 * `name` where what is left out is named), or fetches it live from the source's API (at `settings.apis`, else the
 * vendor's) with the token given or the one stored,
 * Slack in the window asked for or else the postmortem's key times', and
 * merges its events into the postmortem's timeline; saved only when `version` is given (else a preview) and
 * something changes.
 */
export async function importTimeline(store: Store, actor: Actor, id: string, request: ImportRequest, version: number | null, settings: FetchSettings = { apis: {}, outbound: { allowPrivate: false } }): Promise<TimelineImport> {
  const { source } = request;
  const current = await store.getPostmortem(actor, id);
  const window = incidentWindow(request, current.postmortem.times);
  if ('problem' in window) throw new InputError(window.problem, [{ path: window.problem.split(' ')[0], message: window.problem }]);
  const reading = await readRequest(store, request, { window: window.window, columns: request.columns, timezone: request.timezone }, current.postmortem.teams, settings);
  const merged = mergeTimeline(current.postmortem.timeline, reading.events);
  const result = { added: merged.added, merged: merged.merged, skipped: merged.skipped, leftOut: reading.leftOut, omitted: reading.omitted ?? [], timeline: merged.timeline };
  if (version === null) return { ...result, stored: null };
  const { status } = current.postmortem;
  if (current.version === version && isFrozen(status)) throw frozenError(id, status);
  if (merged.added + merged.merged === 0 && current.version === version) return { ...result, stored: current };
  const note = `timeline: ${merged.added} events imported from ${source}${merged.merged > 0 ? `, ${merged.merged} joined to events other tools gave` : ''}`;
  return { ...result, stored: await store.updatePostmortem(actor, id, version, { ...current.postmortem, timeline: merged.timeline }, { note }) };
}
