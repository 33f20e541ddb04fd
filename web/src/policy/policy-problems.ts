/** The problems of a refused policy document (`details: [{path, line, message}]`), and where in the text a line is. */
import { ApiError } from '../api/http.js';

/** One problem: the key's path (`owed.triggers.teams`, '' for the YAML itself), its 1-based line when known, what is wrong. */
export interface PolicyProblem {
  path: string;
  line: number | null;
  message: string;
}

/** The problems an API error names; none for any other error. */
export function policyProblems(error: unknown): PolicyProblem[] {
  if (!(error instanceof ApiError) || !Array.isArray(error.details)) return [];
  return error.details.flatMap((detail: unknown) => {
    const { path, line, message } = (detail ?? {}) as { path?: unknown; line?: unknown; message?: unknown };
    if (typeof message !== 'string') return [];
    return [{ path: typeof path === 'string' ? path : '', line: typeof line === 'number' && Number.isInteger(line) && line > 0 ? line : null, message }];
  });
}

/** Where line `line` (1-based) of `text` starts and ends (without its line break); the last line for one past the end. */
export function lineRange(text: string, line: number): { start: number; end: number } {
  let start = 0;
  for (let n = 1; n < line; n++) {
    const next = text.indexOf('\n', start);
    if (next === -1) break;
    start = next + 1;
  }
  const end = text.indexOf('\n', start);
  return { start, end: end === -1 ? text.length : end };
}
