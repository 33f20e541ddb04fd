/** Picks the output format for lint results. */
import type { LintResult } from '../types.js';
import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatSarif } from './sarif.js';
import { formatStylish } from './stylish.js';

/** The output formats `debrief lint --format` accepts. */
export const FORMATS = ['stylish', 'json', 'sarif', 'github'] as const;

/** One of the output formats. */
export type Format = (typeof FORMATS)[number];

/** Formats lint results: `color` applies to stylish only, `cwd` makes paths relative in sarif and github. */
export function formatResults(results: LintResult[], format: Format, options: { color: boolean; cwd: string }): string {
  switch (format) {
    case 'stylish': return formatStylish(results, options);
    case 'json': return formatJson(results);
    case 'sarif': return formatSarif(results, options);
    case 'github': return formatGithub(results, options);
  }
}
