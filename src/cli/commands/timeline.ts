/**
 * `debrief timeline import --from SOURCE FILE…`: the events the tools that saw the incident recorded (PagerDuty,
 * Opsgenie, Alertmanager, Grafana, Statuspage), read from their export files and put into a postmortem's timeline
 * (`--into PM.md`, written back in Debrief's Markdown only when something was added) or printed. An entry imported
 * before is not added again, and an entry another tool already gave joins its event. What could not be read is named
 * on stderr, file and entry; the rest is imported.
 */
import { rename, writeFile } from 'node:fs/promises';
import { InputError } from '../../core/errors.js';
import { emptyPostmortem } from '../../core/postmortem.js';
import type { TimelineEvent } from '../../core/postmortem.schema.js';
import { mergeTimeline } from '../../importers/merge-timeline.js';
import type { SourceReading } from '../../importers/source-reading.js';
import { readSourceFile, type TimelineSource } from '../../importers/sources.js';
import { parseDocument } from '../../markdown/parse.js';
import { renderMarkdown } from '../../markdown/render.js';
import { writeErr, writeOut } from '../output.js';
import { readDocument } from '../read-document.js';
import { EXIT } from '../report-error.js';

/** What `debrief timeline` does. */
export type TimelineAction = 'import';

/** The options `debrief timeline import` accepts. */
export interface TimelineOptions {
  from: TimelineSource;
  into?: string;
  format: 'json' | 'md';
}

/** Reads each export file with the source; a file that cannot be read is one entry left out. */
async function readExports(source: TimelineSource, files: readonly string[]): Promise<SourceReading & { unreadable: number }> {
  const readings: SourceReading[] = [];
  let unreadable = 0;
  for (const file of files) {
    const read = await readDocument(file);
    if (read.ok) readings.push(readSourceFile(source, file, read.source));
    else {
      unreadable++;
      readings.push({ events: [], leftOut: [{ entry: file, reason: read.problem }] });
    }
  }
  return { events: readings.flatMap((r) => r.events), leftOut: readings.flatMap((r) => r.leftOut), unreadable };
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

/** Runs `debrief timeline import`. */
export async function timelineCommand(_action: TimelineAction, files: string[], options: TimelineOptions): Promise<number> {
  if (files.length === 0) throw new InputError('timeline import: name at least one export file (FILE…)');
  const { events, leftOut, unreadable } = await readExports(options.from, files);
  for (const { entry, reason } of leftOut) writeErr(`debrief: left out ${entry}: ${reason}\n`);
  if (unreadable === files.length) return EXIT.usage;
  if (options.into === undefined) {
    const merged = mergeTimeline([], events);
    printTimeline(merged.timeline, options.format, { added: merged.added, merged: merged.merged, skipped: merged.skipped, leftOut });
    return EXIT.ok;
  }
  const target = await readDocument(options.into);
  if (!target.ok) throw new InputError(`--into ${options.into}: ${target.problem}`);
  const pm = parseDocument(target.source, { filePath: options.into }).postmortem;
  const merged = mergeTimeline(pm.timeline, events);
  const next = { ...pm, timeline: merged.timeline };
  if (merged.added + merged.merged > 0) await replaceFile(options.into, renderMarkdown(next));
  writeErr(`debrief: ${options.into}: ${merged.added} added, ${merged.merged} joined an event another tool gave, ${merged.skipped} already there\n`);
  printTimeline(merged.timeline, options.format, { added: merged.added, merged: merged.merged, skipped: merged.skipped, leftOut });
  return EXIT.ok;
}
