/** ESLint's "stylish" output: the file, then `line:col  severity  message  rule` rows, then a summary line. */
import pc from 'picocolors';
import type { LintResult } from '../types.js';

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Formats results as ESLint's stylish formatter does; '' when there is nothing to report. */
export function formatStylish(results: readonly LintResult[], options: { color: boolean }): string {
  const c = pc.createColors(options.color);
  let out = '';
  let errors = 0;
  let warnings = 0;
  for (const result of results) {
    if (result.messages.length === 0) continue;
    errors += result.errorCount;
    warnings += result.warningCount;
    const rows = result.messages.map((m) => ({
      line: String(m.line),
      column: String(m.column),
      type: m.severity === 2 ? 'error' : 'warning',
      message: m.message.replace(/\s*\r?\n\s*/g, ' '),
      ruleId: m.ruleId,
    }));
    const width = (key: 'line' | 'column' | 'type' | 'message') => Math.max(...rows.map((r) => r[key].length));
    const [wLine, wColumn, wType, wMessage] = [width('line'), width('column'), width('type'), width('message')];
    out += `\n${c.underline(result.filePath)}\n`;
    for (const r of rows) {
      const position = c.dim(`${r.line.padStart(wLine)}:${r.column.padEnd(wColumn)}`);
      const type = r.type === 'error' ? c.red(r.type.padEnd(wType)) : c.yellow(r.type.padEnd(wType));
      out += `  ${position}  ${type}  ${r.message.padEnd(wMessage)}  ${c.dim(r.ruleId)}\n`;
    }
  }
  const total = errors + warnings;
  if (total === 0) return '';
  const summary = `\u2716 ${plural(total, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')})`;
  out += `\n${errors > 0 ? c.red(c.bold(summary)) : c.yellow(c.bold(summary))}\n`;
  return out;
}
