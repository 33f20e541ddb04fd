/** `debrief show`: print a postmortem as JSON (with its impact on the SLOs of slos.yaml or --slos), as Markdown in our format (converting foreign documents), or as HTML. */
import { InputError } from '../../core/errors.js';
import { renderHtmlPage } from '../../markdown/html.js';
import { parseDocument } from '../../markdown/parse.js';
import { renderMarkdown } from '../../markdown/render.js';
import { writeOut } from '../output.js';
import { readDocument, STDIN_LABEL } from '../read-document.js';
import { EXIT } from '../report-error.js';
import { showWithImpact } from '../../knowledge/impact/shown-with-impact.js';
import { slosFor } from '../slos-files.js';

/** The options `debrief show` accepts. */
export interface ShowOptions {
  format: 'json' | 'md' | 'html';
  /** The SLO file for `derived.impact` (else slos.yaml beside the postmortem, if any). */
  slos?: string;
}

/** Runs `debrief show` on a file (or `-` for stdin). */
export async function showCommand(file: string, options: ShowOptions): Promise<number> {
  const read = await readDocument(file);
  if (!read.ok) throw new InputError(`${file === '-' ? STDIN_LABEL : file}: ${read.problem}`);
  const pm = parseDocument(read.source, file === '-' ? {} : { filePath: file }).postmortem;
  if (options.format === 'md') writeOut(renderMarkdown(pm));
  else if (options.format === 'html') writeOut(renderHtmlPage(pm));
  else writeOut(`${JSON.stringify(showWithImpact(pm, slosFor(file, options.slos)), null, 2)}\n`);
  return EXIT.ok;
}
