/** Where the shared corpus of real postmortems and payloads lives: `../shared/corpus` beside the repository. */
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The corpus folder; tests fail loudly when it is missing rather than pass on nothing. */
export const CORPUS_DIR = resolve(import.meta.dirname, '..', '..', 'shared', 'corpus');

function list(folder: string, extension: string): string[] {
  const dir = join(CORPUS_DIR, folder);
  if (!existsSync(dir)) throw new Error(`The corpus is missing: expected ${dir} (../shared/corpus beside the repository)`);
  return readdirSync(dir)
    .filter((name) => name.endsWith(extension))
    .sort()
    .map((name) => join(dir, name));
}

/** Absolute paths of every real postmortem in the corpus, sorted. */
export const CORPUS_POSTMORTEMS = list('postmortems', '.md');

/** The path of one corpus postmortem by its file name. */
export function corpusPostmortem(name: string): string {
  return join(CORPUS_DIR, 'postmortems', name);
}
