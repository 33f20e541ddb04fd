/** Lint of a postmortem held as data (the API's): rendered in our format, read back, default config, as the CLI would lint its Markdown. */
import type { Postmortem } from '../core/postmortem.schema.js';
import { parseDocument } from '../markdown/parse.js';
import { renderMarkdown } from '../markdown/render.js';
import { lintDocument } from './engine.js';
import type { LintResult } from './types.js';

/** Lints a postmortem as the CLI would lint its Markdown, as the file `ID.md`. */
export function lintPostmortem(id: string, pm: Postmortem): LintResult {
  const filePath = `${id}.md`;
  return lintDocument(parseDocument(renderMarkdown(pm), { filePath }), {}, filePath);
}
