/**
 * The files of an export named on the command line: a file itself, or the files of a directory or a `.zip` (a Slack
 * workspace export, read by src/importers/zip-export.ts), listed first (names and sizes only) so that a progress bar
 * knows the total, and read one at a time so that a large export never sits in memory whole.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { listZip, type ExportListing } from '../importers/zip-export.js';
import { decodeDocument, MAX_DOCUMENT_BYTES, readDocument } from './read-document.js';

/** The files under a directory, by their path (sorted, so that an export reads in order of its days). */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/**
 * The files of `path` that `wanted` keeps (by their name inside a directory or zip): the path itself when it is a
 * file; throws with what is wrong when a directory or zip cannot be listed.
 */
export async function listExport(path: string, isDirectory: boolean, wanted: (name: string) => boolean): Promise<ExportListing> {
  if (isDirectory) {
    const files = filesUnder(path).filter((file) => wanted(relative(path, file).split('\\').join('/')));
    return { files: files.map((file) => ({ name: file, read: () => readDocument(file) })), close: () => undefined };
  }
  if (!/\.zip$/i.test(path)) return { files: [{ name: path, read: () => readDocument(path) }], close: () => undefined };
  return listZip(path, path, wanted, { maxEntryBytes: MAX_DOCUMENT_BYTES, decode: decodeDocument });
}
