/** GitHub Actions workflow commands: one `::error`/`::warning` annotation per finding. */
import type { LintResult } from '../types.js';
import { relativePath } from './paths.js';

/** Escapes a command's message as GitHub's toolkit does (`%`, CR, LF). */
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a command's property value as GitHub's toolkit does (`%`, CR, LF, `:`, `,`). */
function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** Formats results as workflow annotations, one line each, paths relative to `cwd`. */
export function formatGithub(results: readonly LintResult[], options: { cwd: string }): string {
  const out: string[] = [];
  for (const result of results) {
    const file = escapeProperty(relativePath(result.filePath, options.cwd));
    for (const m of result.messages) {
      const command = m.severity === 2 ? 'error' : 'warning';
      const suggestion = m.suggestions[0] ? `\n${m.suggestions[0].desc}` : '';
      const props = `file=${file},line=${m.line},col=${m.column},endLine=${m.endLine},endColumn=${m.endColumn},title=${escapeProperty(m.ruleId)}`;
      out.push(`::${command} ${props}::${escapeData(m.message + suggestion)}`);
    }
  }
  return out.length === 0 ? '' : `${out.join('\n')}\n`;
}
