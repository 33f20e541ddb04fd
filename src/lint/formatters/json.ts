/** ESLint's "json" output: the results array, exactly as `JSON.stringify` writes it. */
import type { LintResult } from '../types.js';

/** Formats results as ESLint's json formatter does. */
export function formatJson(results: readonly LintResult[]): string {
  return JSON.stringify(results);
}
