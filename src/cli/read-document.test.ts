import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../test/cli-harness.js';
import { decodeDocument, firstInvalidUtf8Offset, MAX_DOCUMENT_BYTES, readDocument } from './read-document.js';

const bytes = (...values: number[]) => Uint8Array.from(values);

describe('firstInvalidUtf8Offset', () => {
  it('finds the first byte that breaks UTF-8', () => {
    expect(firstInvalidUtf8Offset(new TextEncoder().encode('héllo 𝕏'))).toBe(-1);
    expect(firstInvalidUtf8Offset(bytes(0x61, 0x62, 0xff))).toBe(2);
    expect(firstInvalidUtf8Offset(bytes(0x61, 0xc3))).toBe(1); // truncated sequence
    expect(firstInvalidUtf8Offset(bytes(0xc0, 0x80))).toBe(0); // overlong
    expect(firstInvalidUtf8Offset(bytes(0x61, 0xed, 0xa0, 0x80))).toBe(1); // surrogate
    expect(firstInvalidUtf8Offset(bytes(0xf4, 0x90, 0x80, 0x80))).toBe(0); // above U+10FFFF
    expect(firstInvalidUtf8Offset(bytes(0xe2, 0x82, 0x41))).toBe(0); // continuation missing
  });

  it('agrees with the fatal TextDecoder on any bytes', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 12 }), fc.uint8Array({ maxLength: 4 }), fc.string({ unit: 'binary', maxLength: 12 }), (before, noise, after) => {
        const encoder = new TextEncoder();
        const input = Uint8Array.from([...encoder.encode(before), ...noise, ...encoder.encode(after)]);
        const offset = firstInvalidUtf8Offset(input);
        let valid = true;
        try {
          new TextDecoder('utf-8', { fatal: true }).decode(input);
        } catch {
          valid = false;
        }
        expect(offset === -1).toBe(valid);
        if (offset !== -1) {
          // Everything before the offset is well-formed.
          expect(() => new TextDecoder('utf-8', { fatal: true }).decode(input.subarray(0, offset))).not.toThrow();
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('decodeDocument', () => {
  it('decodes UTF-8 and removes a leading BOM', () => {
    expect(decodeDocument(new TextEncoder().encode('\uFEFF# Title\n'))).toEqual({ ok: true, source: '# Title\n' });
  });

  it('refuses binary files (a NUL in the first 8 KB)', () => {
    expect(decodeDocument(bytes(0x23, 0x20, 0x00, 0x41))).toEqual({ ok: false, problem: 'binary file, not a Markdown document' });
    const lateNul = new Uint8Array(9000).fill(0x61);
    lateNul[8500] = 0;
    expect(decodeDocument(lateNul).ok).toBe(true);
  });

  it('reports the offset of the first invalid byte', () => {
    expect(decodeDocument(bytes(0x23, 0x20, 0x41, 0xff, 0x42))).toEqual({ ok: false, problem: 'not valid UTF-8 (first bad byte at offset 3)' });
  });
});

describe('readDocument', () => {
  let dir = '';
  let cleanup = async () => undefined as void;
  beforeAll(async () => {
    ({ dir, cleanup } = await tempDir());
  });
  afterAll(() => cleanup());

  it('reads a file and refuses one over the limit without reading it', async () => {
    await writeFile(join(dir, 'ok.md'), '# Fine\n');
    expect(await readDocument(join(dir, 'ok.md'))).toEqual({ ok: true, source: '# Fine\n' });
    await writeFile(join(dir, 'big.md'), Buffer.alloc(MAX_DOCUMENT_BYTES * 2, 0x61));
    expect(await readDocument(join(dir, 'big.md'))).toEqual({ ok: false, problem: 'too large (20.0 MB; the limit is 10 MB)' });
  });

  it('reads a device or pipe only up to the limit', async () => {
    expect(await readDocument('/dev/zero')).toEqual({ ok: false, problem: 'too large (over the 10 MB limit)' });
    expect(await readDocument('/dev/null')).toEqual({ ok: true, source: '' });
  });

  it('explains a missing file and a directory', async () => {
    expect(await readDocument(join(dir, 'nope.md'))).toEqual({ ok: false, problem: 'no such file' });
    expect(await readDocument(dir)).toEqual({ ok: false, problem: 'is a directory' });
  });
});
