/**
 * The files of a zip (a Slack workspace export): listed first (names and sizes only), then read one entry at a time,
 * so that a large export never sits in memory whole, each entry refused when it would be larger than a limit. Read
 * with yauzl from a file (the command line) or from the bytes of an upload (the API).
 */
import yauzl from 'yauzl';
import type { ExportFile, FileText } from './export-reading.js';

/** The files of one zip, and how to let go of it once they are read. */
export interface ExportListing {
  files: ExportFile[];
  close(): void;
}

/** How a zip's entries are read: the largest entry taken, and how bytes become text. */
export interface ZipReading {
  maxEntryBytes: number;
  /** The most the wanted entries may hold together, unpacked (an upload's guard against a zip bomb); none when left out. */
  maxTotalBytes?: number;
  decode(bytes: Buffer): FileText;
}

/** Opens a zip (a path or its bytes) for reading its entries lazily. */
function openZip(from: string | Buffer): Promise<yauzl.ZipFile> {
  const options = { lazyEntries: true, autoClose: false };
  return new Promise((resolve, reject) => {
    const done = (error: Error | null, zip: yauzl.ZipFile) => (error === null ? resolve(zip) : reject(error));
    if (typeof from === 'string') yauzl.open(from, options, done);
    else yauzl.fromBuffer(from, options, done);
  });
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

/** The text of one zip entry, refused when too large (yauzl checks the size it declares) or when it does not decode. */
function readEntry(zip: yauzl.ZipFile, entry: yauzl.Entry, reading: ZipReading): Promise<FileText> {
  if (entry.uncompressedSize > reading.maxEntryBytes) return Promise.resolve({ ok: false, problem: `too large (${(entry.uncompressedSize / 1048576).toFixed(1)} MB; the limit is ${reading.maxEntryBytes / 1048576} MB)` });
  return new Promise((resolve) => {
    zip.openReadStream(entry, (error, stream) => {
      if (error !== null) return resolve({ ok: false, problem: `cannot read it from the zip: ${error.message}` });
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('error', (failure) => resolve({ ok: false, problem: `cannot read it from the zip: ${failure.message}` }));
      stream.on('end', () => resolve(reading.decode(Buffer.concat(chunks))));
    });
  });
}

/**
 * The entries of a zip (a path, or its bytes) that `wanted` keeps, by name, each named `label:entry`; throws with
 * what is wrong when the zip cannot be listed.
 */
export async function listZip(from: string | Buffer, label: string, wanted: (name: string) => boolean, reading: ZipReading): Promise<ExportListing> {
  const zip = await openZip(from);
  try {
    const entries = (await zipEntries(zip)).filter((entry) => wanted(entry.fileName)).sort((a, b) => a.fileName.localeCompare(b.fileName));
    const total = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
    if (reading.maxTotalBytes !== undefined && total > reading.maxTotalBytes) throw new Error(`its files hold ${(total / 1048576).toFixed(1)} MB unpacked; the limit is ${reading.maxTotalBytes / 1048576} MB: import the incident\u2019s channels and days only`);
    return { files: entries.map((entry) => ({ name: `${label}:${entry.fileName}`, read: () => readEntry(zip, entry, reading) })), close: () => zip.close() };
  } catch (error) {
    zip.close();
    throw error;
  }
}
