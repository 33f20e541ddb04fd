/** Reading one Markdown document from a file or stdin, refusing what is too large, binary or not UTF-8. */
import { Buffer, isUtf8 } from 'node:buffer';
import { createReadStream, readFileSync, statSync } from 'node:fs';

/** The largest document Debrief reads. */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

/** How many leading bytes are checked for NUL to tell a binary file. */
const BINARY_SNIFF_BYTES = 8 * 1024;

/** The byte order mark some editors write first; it is not part of the text. */
const BOM = [0xef, 0xbb, 0xbf] as const;

/** The name under which stdin's document is reported. */
export const STDIN_LABEL = '<stdin>';

/** A document's text, or the reason it cannot be read (without the file name). */
export type ReadOutcome = { ok: true; source: string } | { ok: false; problem: string };

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1);
}

function tooLarge(bytes: number): ReadOutcome {
  return { ok: false, problem: `too large (${megabytes(bytes)} MB; the limit is ${MAX_DOCUMENT_BYTES / (1024 * 1024)} MB)` };
}

/** Offset of the first byte that does not start a well-formed UTF-8 sequence, or -1 if there is none. */
export function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    if (lead < 0x80) {
      i++;
      continue;
    }
    // Continuation count and the allowed range of the second byte (RFC 3629 table).
    let need: number;
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) need = 1;
    else if (lead === 0xe0) [need, low] = [2, 0xa0];
    else if (lead === 0xed) [need, high] = [2, 0x9f];
    else if (lead >= 0xe1 && lead <= 0xef) need = 2;
    else if (lead === 0xf0) [need, low] = [3, 0x90];
    else if (lead === 0xf4) [need, high] = [3, 0x8f];
    else if (lead >= 0xf1 && lead <= 0xf3) need = 3;
    else return i;
    for (let k = 1; k <= need; k++) {
      const byte = bytes[i + k];
      if (byte === undefined || byte < (k === 1 ? low : 0x80) || byte > (k === 1 ? high : 0xbf)) return i;
    }
    i += need + 1;
  }
  return -1;
}

/** Checks and decodes a document's bytes: not binary, valid UTF-8, BOM removed. */
export function decodeDocument(bytes: Uint8Array): ReadOutcome {
  if (bytes.length > MAX_DOCUMENT_BYTES) return tooLarge(bytes.length);
  if (bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0)) return { ok: false, problem: 'binary file, not a Markdown document' };
  // Checked natively first, then decoded without checking again: twice as fast as a strict TextDecoder, which the
  // timeline import of a large chat export felt (bench/timeline-import).
  if (!isUtf8(bytes)) return { ok: false, problem: `not valid UTF-8 (first bad byte at offset ${firstInvalidUtf8Offset(bytes)})` };
  const start = BOM.every((byte, i) => bytes[i] === byte) ? BOM.length : 0;
  return { ok: true, source: Buffer.from(bytes.buffer, bytes.byteOffset + start, bytes.length - start).toString('utf8') };
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return `cannot read: ${error instanceof Error ? error.message : String(error)}`;
}

/** Reads a stream (stdin, a pipe, a device) but stops once it holds more than the limit; null then. */
async function readBounded(stream: AsyncIterable<Buffer>): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    chunks.push(chunk);
    size += chunk.length;
    if (size > MAX_DOCUMENT_BYTES) return null;
  }
  return Buffer.concat(chunks);
}

/**
 * Reads one document: a file path, or `-` for stdin. Never throws for a file's problems.
 * Regular files are read synchronously: lint reads them one after another, and awaiting each small read
 * left the CPU idle for about a quarter of a large run (bench/lint).
 */
export async function readDocument(path: string): Promise<ReadOutcome> {
  try {
    if (path !== '-') {
      const info = statSync(path);
      if (info.isDirectory()) return { ok: false, problem: 'is a directory' };
      if (info.size > MAX_DOCUMENT_BYTES) return tooLarge(info.size);
      if (info.isFile()) return decodeDocument(readFileSync(path));
    }
    // stdin, a pipe or a device: its size is known only by reading it.
    const bytes = await readBounded(path === '-' ? (process.stdin as AsyncIterable<Buffer>) : createReadStream(path));
    return bytes === null ? { ok: false, problem: `too large (over the ${MAX_DOCUMENT_BYTES / (1024 * 1024)} MB limit)` } : decodeDocument(bytes);
  } catch (error) {
    return { ok: false, problem: describeFsError(error) };
  }
}
