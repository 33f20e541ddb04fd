/**
 * The files of an export named on the command line: a file itself, or the files of a directory or a `.zip` (a Slack
 * workspace export), listed first (names and sizes only) so that a progress bar knows the total, and read one at a
 * time so that a large export never sits in memory whole. A zip is read with yauzl.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import yauzl from 'yauzl';
import { decodeDocument, MAX_DOCUMENT_BYTES, readDocument, type ReadOutcome } from './read-document.js';

/** One file of an export: its name (where its entries are named) and a way to read its text. */
export interface ExportFile {
  name: string;
  read(): Promise<ReadOutcome>;
}

/** The files of one path, and how to let go of it (a zip's open handle) once they are read. */
export interface ExportListing {
  files: ExportFile[];
  close(): void;
}

/** The files under a directory, by their path (sorted, so that an export reads in order of its days). */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** Opens a zip for reading its entries lazily. */
function openZip(path: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => yauzl.open(path, { lazyEntries: true, autoClose: false }, (error, zip) => (error === null ? resolve(zip) : reject(error))));
}

/** The file entries of an open zip (metadata only). */
function zipEntries(zip: yauzl.ZipFile): Promise<yauzl.Entry[]> {
  return new Promise((resolve, reject) => {
    const entries: yauzl.Entry[] = [];
    zip.on('entry', (entry: yauzl.Entry) => {
      if (!entry.fileName.endsWith('/')) entries.push(entry);
      zip.readEntry();
    });
    zip.on('end', () => resolve(entries));
    zip.on('error', reject);
    zip.readEntry();
  });
}

/** The text of one zip entry, refused when too large or not UTF-8 as a file would be. */
function readEntry(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<ReadOutcome> {
  if (entry.uncompressedSize > MAX_DOCUMENT_BYTES) return Promise.resolve({ ok: false, problem: `too large (${(entry.uncompressedSize / 1048576).toFixed(1)} MB; the limit is ${MAX_DOCUMENT_BYTES / 1048576} MB)` });
  return new Promise((resolve) => {
    zip.openReadStream(entry, (error, stream) => {
      if (error !== null) return resolve({ ok: false, problem: `cannot read it from the zip: ${error.message}` });
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('error', (failure) => resolve({ ok: false, problem: `cannot read it from the zip: ${failure.message}` }));
      stream.on('end', () => resolve(decodeDocument(Buffer.concat(chunks))));
    });
  });
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
  const zip = await openZip(path);
  try {
    const entries = (await zipEntries(zip)).filter((entry) => wanted(entry.fileName)).sort((a, b) => a.fileName.localeCompare(b.fileName));
    return { files: entries.map((entry) => ({ name: `${path}:${entry.fileName}`, read: () => readEntry(zip, entry) })), close: () => zip.close() };
  } catch (error) {
    zip.close();
    throw error;
  }
}
