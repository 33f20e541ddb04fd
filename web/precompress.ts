/**
 * A Vite plugin that writes a brotli (`.br`) and a gzip (`.gz`) copy beside every built text file (scripts,
 * styles, the page), so that `debrief serve` sends them compressed without compressing on each request
 * (@fastify/static's `preCompressed`, see src/server/web-app.ts). A copy that would not be smaller is not written.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'vite';

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/** The files worth compressing: text. Images and fonts are compressed already. */
const TEXT_FILE = /\.(?:js|mjs|css|html|svg|json|txt)$/;

/** Writes `file.br` and `file.gz` beside `file` (each only when smaller than the file). */
export async function precompressFile(file: string): Promise<void> {
  const content = await readFile(file);
  const copies: [string, Buffer][] = [
    ['.br', await brotli(content, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: content.length } })],
    ['.gz', await gzipped(content, { level: constants.Z_BEST_COMPRESSION })],
  ];
  for (const [suffix, compressed] of copies) if (compressed.length < content.length) await writeFile(`${file}${suffix}`, compressed);
}

/** The plugin: after the bundle is written, precompresses its text files in the output folder. */
export function precompress(): Plugin {
  return {
    name: 'debrief-precompress',
    apply: 'build',
    async writeBundle(options, bundle) {
      const dir = options.dir ?? '';
      await Promise.all(Object.keys(bundle).filter((name) => TEXT_FILE.test(name)).map((name) => precompressFile(join(dir, name))));
    },
  };
}
