/**
 * `debrief timeline import --from SOURCE FILE…`: the events the tools that saw the incident recorded (PagerDuty,
 * Opsgenie, Alertmanager, Grafana, Statuspage, Better Stack, Slack, any CSV), read from their export files (a Slack
 * export as its directory or `.zip`, read a file at a time) and put into a postmortem's timeline (`--into PM.md`,
 * written back in Debrief's Markdown only when something was added) or printed. An entry imported before is not added
 * again, and an entry another tool already gave joins its event. What could not be read is named on stderr, file and
 * entry, and the rest is imported (exit 1 says some was left out); what a source leaves out on purpose (Slack
 * messages outside the incident window, channel joins…) is counted, with why.
 */
import { existsSync, statSync } from 'node:fs';
import { rename, writeFile } from 'node:fs/promises';
import { IANAZone } from 'luxon';
import { InputError } from '../../core/errors.js';
import { emptyPostmortem } from '../../core/postmortem.js';
import type { Postmortem, TimelineEvent } from '../../core/postmortem.schema.js';
import { parseColumns } from '../../importers/csv.js';
import { incidentWindow } from '../../importers/incident-window.js';
import { FETCH_APIS, fetchApisFrom, fetchReading, isFetchSource, type FetchSource } from '../../importers/live-fetch.js';
import { mergeTimeline } from '../../importers/merge-timeline.js';
import { noFetchToken, storedFetchToken } from '../../integrations/fetch-tokens.js';
import { checkStoredApiUrl } from '../../integrations/outbound-urls.js';
import { allowPrivateFrom } from '../../jobs/jobs-settings.js';
import { readExportFiles, wantedBy } from '../../importers/export-reading.js';
import type { ImportedEvent, LeftOut, Omitted, ReadOptions } from '../../importers/source-reading.js';
import type { TimelineSource } from '../../importers/sources.js';
import type { ExportListing } from '../../importers/zip-export.js';
import { parseDocument } from '../../markdown/parse.js';
import { DEFAULT_DATA_DIR, resolveStoreOptions, withStore, type StoreOptions } from '../../store/open-store.js';
import { renderMarkdown } from '../../markdown/render.js';
import { listExport } from '../export-files.js';
import { writeErr, writeOut } from '../output.js';
import { startProgress } from '../progress.js';
import { readDocument } from '../read-document.js';
import { EXIT } from '../report-error.js';

/** What `debrief timeline` does. */
export type TimelineAction = 'import';

/** The options `debrief timeline import` accepts. */
export interface TimelineOptions extends StoreOptions {
  from: TimelineSource;
  into?: string;
  format: 'json' | 'md';
  since?: string;
  until?: string;
  columns?: string;
  timezone?: string;
  fetch?: string;
  token?: string;
  apiUrl?: string;
}

/** The environment variable that holds each fetchable source's token. */
const TOKEN_VARIABLES: Readonly<Record<FetchSource, string>> = { slack: 'DEBRIEF_SLACK_TOKEN', pagerduty: 'DEBRIEF_PAGERDUTY_TOKEN' };

/** What the export files gave. */
interface Exports {
  events: ImportedEvent[];
  leftOut: LeftOut[];
  omitted: Omitted[];
  /** Paths named on the command line that could not be read at all. */
  unreadable: number;
}

/** Lists each path's files (a directory or a zip holds many); a path that cannot be listed is one entry left out. */
async function listAll(source: TimelineSource, paths: readonly string[], leftOut: LeftOut[]): Promise<ExportListing[]> {
  const listings: ExportListing[] = [];
  for (const path of paths) {
    try {
      let directory = false;
      try {
        directory = statSync(path).isDirectory();
      } catch {
        // Not there: reading it says so.
      }
      listings.push(await listExport(path, directory, wantedBy(source)));
    } catch (error) {
      leftOut.push({ entry: path, reason: `cannot read it as a zip: ${error instanceof Error ? error.message : String(error)}` });
    }
  }
  return listings;
}

/** Reads the export files with the source, one at a time (a Slack export's users.json and channels.json first); a progress bar on a terminal. */
export async function readExports(source: TimelineSource, paths: readonly string[], options: ReadOptions): Promise<Exports> {
  const leftOut: LeftOut[] = [];
  const listings = await listAll(source, paths, leftOut);
  const files = listings.flatMap((listing) => listing.files);
  const progress = startProgress('files', files.length);
  let unreadable = paths.length - listings.length;
  try {
    const reading = await readExportFiles(source, files, options, (file, ok) => {
      progress.tick();
      if (!ok && paths.includes(file.name)) unreadable++;
    });
    return { ...reading, leftOut: [...leftOut, ...reading.leftOut], unreadable };
  } finally {
    progress.stop();
    for (const listing of listings) listing.close();
  }
}

/** True when the command names a store (a flag or the environment) or the default one exists: a token may be stored there. */
function storeNamed(options: TimelineOptions): boolean {
  const named = [options.dataDir, options.databaseUrl, process.env.DEBRIEF_DATA_DIR, process.env.DEBRIEF_DATABASE_URL].some((value) => value !== undefined && value.trim() !== '');
  return named || existsSync(DEFAULT_DATA_DIR);
}

/** The token and API of a fetch: --token, else the environment's, else the one an admin stored for the postmortem's teams or the instance. */
async function fetchTarget(source: FetchSource, options: TimelineOptions, teams: readonly string[]): Promise<{ token: string; apiUrl: string | undefined }> {
  const apiUrl = options.apiUrl ?? fetchApisFrom(process.env)[source];
  const token = options.token ?? process.env[TOKEN_VARIABLES[source]];
  if (token !== undefined && token !== '') return { token, apiUrl };
  const alternatives = `give --token or set ${TOKEN_VARIABLES[source]}`;
  if (!storeNamed(options)) throw noFetchToken(source, '--token', alternatives);
  const stored = await withStore(resolveStoreOptions(options), (store) => storedFetchToken(store, source, teams));
  if (stored === null) throw noFetchToken(source, '--token', alternatives);
  if (stored.apiUrl !== null && options.apiUrl === undefined) await checkStoredApiUrl(stored.apiUrl, stored.integration, { allowPrivate: allowPrivateFrom(process.env) });
  return { token: stored.token, apiUrl: options.apiUrl ?? stored.apiUrl ?? apiUrl };
}

/** Fetches the entries `--fetch` names, page after page; what a page could not read is named after its page. */
async function fetchEntries(options: TimelineOptions, read: ReadOptions, teams: readonly string[]): Promise<Exports> {
  const fetchable = options.from;
  if (!isFetchSource(fetchable)) throw new InputError(`--fetch: only ${Object.keys(FETCH_APIS).join(' and ')} can be fetched live; export the ${fetchable} data and name the files`);
  const reading = await fetchReading({ source: fetchable, id: options.fetch ?? '', ...(await fetchTarget(fetchable, options, teams)) }, read);
  return { ...reading, unreadable: 0 };
}

/** What the options ask of the readers beside the window: the CSV columns and zone. */
function readOptionsOf(options: TimelineOptions): ReadOptions {
  const read: ReadOptions = {};
  if (options.columns !== undefined) {
    const columns = parseColumns(options.columns);
    if ('problem' in columns) throw new InputError(`--columns: ${columns.problem}`);
    read.columns = columns;
  }
  if (options.timezone !== undefined) {
    if (!IANAZone.isValidZone(options.timezone)) throw new InputError(`--timezone: ${JSON.stringify(options.timezone)} is not an IANA time zone (Europe/Paris, America/New_York, UTC)`);
    read.timezone = options.timezone;
  }
  return read;
}

/** The postmortem `--into` names, or null. */
async function targetOf(into: string | undefined): Promise<Postmortem | null> {
  if (into === undefined) return null;
  const target = await readDocument(into);
  if (!target.ok) throw new InputError(`--into ${into}: ${target.problem}`);
  return parseDocument(target.source, { filePath: into }).postmortem;
}

/** Writes a file whole or not at all: a temporary file beside it, then renamed over it. */
async function replaceFile(path: string, text: string): Promise<void> {
  const temporary = `${path}.debrief-${process.pid}.tmp`;
  try {
    await writeFile(temporary, text, { flag: 'wx' });
    await rename(temporary, path);
  } catch (error) {
    throw new InputError(`${path}: cannot write: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Prints the timeline: as JSON with what the import did (`extra`), or as the Markdown of a postmortem that holds only it. */
function printTimeline(timeline: TimelineEvent[], format: TimelineOptions['format'], extra: object): void {
  if (format === 'md') writeOut(renderMarkdown({ ...emptyPostmortem(), title: 'Imported timeline', timeline }));
  else writeOut(`${JSON.stringify({ ...extra, timeline }, null, 2)}\n`);
}

/** "1,200 left out on purpose: 1,100 outside the incident window (…), 100 channel joins". */
function describeOmitted(omitted: readonly Omitted[]): string {
  const total = omitted.reduce((sum, { count }) => sum + count, 0);
  return `${total} left out on purpose: ${omitted.map(({ reason, count }) => `${count} ${reason}`).join('; ')}`;
}

/** Runs `debrief timeline import`. */
export async function timelineCommand(_action: TimelineAction, files: string[], options: TimelineOptions): Promise<number> {
  if (files.length === 0 && options.fetch === undefined) throw new InputError('timeline import: name at least one export file (FILE…), or --fetch ID');
  if (files.length > 0 && options.fetch !== undefined) throw new InputError('timeline import: name export files or --fetch ID, not both');
  const readOptions = readOptionsOf(options);
  const pm = await targetOf(options.into);
  const window = incidentWindow(options, pm?.times ?? null);
  if ('problem' in window) throw new InputError(`--${window.problem}`);
  const read = { ...readOptions, window: window.window };
  const { events, leftOut, omitted, unreadable } = options.fetch === undefined ? await readExports(options.from, files, read) : await fetchEntries(options, read, pm?.teams ?? []);
  for (const { entry, reason } of leftOut) writeErr(`debrief: left out ${entry}: ${reason}\n`);
  if (omitted.length > 0) writeErr(`debrief: ${describeOmitted(omitted)}\n`);
  if (files.length > 0 && unreadable === files.length) return EXIT.usage;
  const merged = mergeTimeline(pm?.timeline ?? [], events);
  const report = { added: merged.added, merged: merged.merged, skipped: merged.skipped, leftOut, omitted };
  if (options.into !== undefined && pm !== null) {
    if (merged.added + merged.merged > 0) await replaceFile(options.into, renderMarkdown({ ...pm, timeline: merged.timeline }));
    writeErr(`debrief: ${options.into}: ${merged.added} added, ${merged.merged} joined an event another tool gave, ${merged.skipped} already there\n`);
  }
  printTimeline(merged.timeline, options.format, report);
  // Some of the export could not be read: imported all the rest, but say so to scripts.
  return leftOut.length > 0 ? EXIT.findings : EXIT.ok;
}
