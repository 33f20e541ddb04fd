/** Turning the paths, directories and globs given to `debrief lint` into the list of documents to read. */
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { InputError } from '../core/errors.js';

const IGNORED = ['**/node_modules/**', '**/.git/**'];
const DOCUMENTS_IN_DIRECTORY = ['**/*.md', '**/*.markdown'];

async function kindOf(path: string): Promise<'file' | 'directory' | 'missing'> {
  try {
    return (await stat(path)).isDirectory() ? 'directory' : 'file';
  } catch {
    return 'missing';
  }
}

async function globFiles(patterns: string | string[], cwd: string): Promise<string[]> {
  const found = await glob(patterns, { cwd, absolute: true, ignore: IGNORED, expandDirectories: false });
  return found.sort();
}

/**
 * Absolute paths of the documents to lint (and `-` for stdin), in the order given, without duplicates.
 * A path that does not exist is kept (reading it reports the problem); throws InputError when nothing matched.
 */
export async function expandInputs(inputs: readonly string[], cwd: string): Promise<string[]> {
  const targets = new Set<string>();
  let matched = false;
  for (const input of inputs) {
    if (input === '-') {
      targets.add('-');
      matched = true;
      continue;
    }
    const absolute = resolve(cwd, input);
    const kind = await kindOf(absolute);
    let found: string[];
    if (kind === 'directory') found = await globFiles(DOCUMENTS_IN_DIRECTORY, absolute);
    else if (kind === 'file') found = [absolute];
    else if (isDynamicPattern(input)) found = await globFiles(input, cwd);
    else found = [];
    if (kind === 'missing' && !isDynamicPattern(input)) targets.add(absolute);
    for (const file of found) targets.add(file);
    if (found.length > 0) matched = true;
  }
  if (!matched) {
    throw new InputError(`no files matched ${inputs.map((i) => JSON.stringify(i)).join(', ')} (give Markdown files, directories, globs or - for stdin)`);
  }
  return [...targets];
}
