/** `debrief similar`: the postmortems of a directory most like one postmortem, and why each was chosen. */
import { relative, resolve } from 'node:path';
import { InputError } from '../../core/errors.js';
import { parseDocument } from '../../markdown/parse.js';
import { expandInputs } from '../expand-inputs.js';
import { writeErr, writeOut } from '../output.js';
import { readDocument } from '../read-document.js';
import { EXIT } from '../report-error.js';
import { similarInDirectory, type FiledPostmortem } from '../similar-directory.js';

/** The options `debrief similar` accepts. */
export interface SimilarOptions {
  in: string;
  format: 'text' | 'json';
  limit: string;
}

/** The postmortem in a file, or the reason it cannot be read. */
async function readPostmortem(file: string): Promise<FiledPostmortem | string> {
  const read = await readDocument(file);
  const shown = relative(process.cwd(), file) || file;
  return read.ok ? { file: shown, pm: parseDocument(read.source, { filePath: file }).postmortem } : `${shown}: ${read.problem}`;
}

/** Similar postmortems as text: numbered, best first, each with where it is (file or id), its score and its reasons. */
export function similarText(items: readonly { title: string; where: string; score: number; why: readonly string[] }[]): string {
  return items.map((s, i) => `${i + 1}. ${s.title} (${s.where}), score ${s.score.toFixed(2)}\n${s.why.map((w) => `   - ${w}`).join('\n')}\n`).join('');
}

/** Runs `debrief similar FILE --in DIR`. */
export async function similarCommand(file: string, options: SimilarOptions): Promise<number> {
  if (!/^\d{1,3}$/.test(options.limit) || Number(options.limit) < 1) throw new InputError(`--limit: "${options.limit}" is not a number of results from 1 to 999`);
  const target = await readPostmortem(file);
  if (typeof target === 'string') throw new InputError(target);
  const files = (await expandInputs([options.in], process.cwd())).filter((f) => resolve(f) !== resolve(file));
  const others: FiledPostmortem[] = [];
  for (const other of files) {
    const read = await readPostmortem(other);
    if (typeof read === 'string') writeErr(`debrief: left out ${read}\n`);
    else others.push(read);
  }
  const similar = similarInDirectory(target, others, Number(options.limit));
  if (options.format === 'json') writeOut(`${JSON.stringify(similar, null, 2)}\n`);
  else if (similar.length === 0) writeOut(`Nothing in ${options.in} is like ${file}.\n`);
  else writeOut(similarText(similar.map((s) => ({ ...s, where: s.file }))));
  return EXIT.ok;
}
