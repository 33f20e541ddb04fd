/**
 * Reading the files of an export one at a time (a Slack workspace export's day files, users.json and channels.json;
 * a folder of JSON or CSV files), whatever holds them: a directory or zip named on the command line, or a zip
 * uploaded to the API. A Slack export's users.json and channels.json are read first, so that every message names
 * its author and its channel; each day file's messages are of the channel of its folder.
 */
import { channelOfDayFile, isSlackDayFile, slackChannels, slackUsers } from './slack.js';
import { OmittedTally, type ImportedEvent, type LeftOut, type Omitted, type ReadOptions } from './source-reading.js';
import { readSourceFile, type TimelineSource } from './sources.js';

/** A file's text, or why it cannot be read (too large, binary, not UTF-8…). */
export type FileText = { ok: true; source: string } | { ok: false; problem: string };

/** One file of an export: its name (where its entries are named) and a way to read its text. */
export interface ExportFile {
  name: string;
  read(): Promise<FileText>;
}

/** What the files of an export gave. */
export interface ExportReading {
  events: ImportedEvent[];
  leftOut: LeftOut[];
  omitted: Omitted[];
}

/** The files of a directory or zip a source reads: a Slack export's day files, users.json and channels.json, else JSON or CSV files. */
export function wantedBy(source: TimelineSource): (name: string) => boolean {
  if (source === 'slack') return (name) => isSlackDayFile(name) || /(?:^|\/)(?:users|channels)\.json$/.test(name);
  return source === 'csv' ? (name) => /\.csv$/i.test(name) : (name) => /\.(?:json|jsonl|ndjson)$/i.test(name);
}

/** Which of a Slack export's lists a file is: its users, its channels, or neither (a day file). */
function slackListOf(name: string): 'users' | 'channels' | null {
  return name.endsWith('users.json') ? 'users' : name.endsWith('channels.json') ? 'channels' : null;
}

/** Reads a Slack export's users.json or channels.json into `into`; why not, when it is not JSON. */
function readSlackList(file: ExportFile, text: string, list: 'users' | 'channels', into: Map<string, string>): LeftOut | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const effect = list === 'users' ? 'people are named by their Slack id' : 'messages are named after their folder, not their channel\u2019s id';
    return { entry: file.name, reason: `not JSON (${error instanceof Error ? error.message : String(error)}): ${effect}` };
  }
  for (const [key, value] of list === 'users' ? slackUsers(parsed) : slackChannels(parsed)) into.set(key, value);
  return null;
}

/**
 * Reads the files with the source, one at a time (a Slack export's users.json and channels.json first), telling
 * `onFile` of each file read (and whether it could be); what a file could not give is named after it.
 */
export async function readExportFiles(source: TimelineSource, files: readonly ExportFile[], options: ReadOptions, onFile: (file: ExportFile, ok: boolean) => void = () => undefined): Promise<ExportReading> {
  const slack = source === 'slack';
  const ordered = slack ? [...files].sort((a, b) => Number(slackListOf(b.name) !== null) - Number(slackListOf(a.name) !== null)) : files;
  const events: ImportedEvent[] = [];
  const leftOut: LeftOut[] = [];
  const omitted = new OmittedTally();
  const lists = { users: new Map(options.users ?? []), channels: new Map<string, string>() };
  for (const file of ordered) {
    const read = await file.read();
    onFile(file, read.ok);
    const list = slack ? slackListOf(file.name) : null;
    if (!read.ok) leftOut.push({ entry: file.name, reason: read.problem });
    else if (list !== null) {
      const problem = readSlackList(file, read.source, list, lists[list]);
      if (problem !== null) leftOut.push(problem);
    } else {
      const channel = slack && isSlackDayFile(file.name) ? (channelOfDayFile(file.name, lists.channels) ?? options.channel) : options.channel;
      const reading = readSourceFile(source, file.name, read.source, { ...options, users: lists.users, channel });
      for (const event of reading.events) events.push(event);
      leftOut.push(...reading.leftOut);
      omitted.addAll(reading.omitted);
    }
  }
  return { events, leftOut, omitted: omitted.list() };
}
