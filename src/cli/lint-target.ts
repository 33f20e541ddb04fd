/** Linting one document end to end: read, parse, lint; a file that cannot be read becomes a finding. */
import { DebriefError } from '../core/errors.js';
import { loadConfigFor } from '../lint/config.js';
import { lintDocument } from '../lint/engine.js';
import type { LintResult } from '../lint/types.js';
import { parseDocument } from '../markdown/parse.js';
import { packOutcomes, type BatchOutcomes, type ShowOptions } from './lint-batch.js';
import { readDocument, STDIN_LABEL } from './read-document.js';

/** The rule id under which unreadable, binary, invalid or oversized files are reported. */
export const UNREADABLE_RULE = 'io/unreadable';

/** The rule id under which a file that made Debrief fail (a bug) is reported. */
export const INTERNAL_ERROR_RULE = 'internal/error';

/** A file's result, plus the message of the bug it triggered, if it did. */
export interface LintOutcome {
  result: LintResult;
  internalError?: string;
}

/** A result with one error at the first line, for a file that could not be checked. */
export function fileProblemResult(filePath: string, ruleId: string, message: string): LintResult {
  return {
    filePath,
    messages: [{ ruleId, severity: 2, message, line: 1, column: 1, endLine: 1, endColumn: 1, suggestions: [] }],
    errorCount: 1,
    warningCount: 0,
  };
}

/**
 * Lints one target: a file path, or `-` for stdin; the config is `configPath` or the one that applies to the file.
 * Throws only Debrief's own errors (a bad config); a bug in parsing or linting is contained to this file.
 */
export async function lintTarget(target: string, configPath: string | undefined): Promise<LintOutcome> {
  const filePath = target === '-' ? STDIN_LABEL : target;
  const read = await readDocument(target);
  if (!read.ok) return { result: fileProblemResult(filePath, UNREADABLE_RULE, read.problem) };
  const config = await loadConfigFor(target, configPath);
  try {
    return { result: lintDocument(parseDocument(read.source, { filePath }), config, filePath) };
  } catch (error) {
    if (error instanceof DebriefError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    if (process.env.DEBRIEF_DEBUG === '1' && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    return {
      result: fileProblemResult(filePath, INTERNAL_ERROR_RULE, `internal error while checking this file: ${message} (please report this)`),
      internalError: message,
    };
  }
}

/** Lints targets one after the other and packs their outcomes as `show` asks: a worker's batch, or the command's own. */
export async function lintBatch(targets: readonly string[], configPath: string | undefined, show: ShowOptions): Promise<BatchOutcomes> {
  const outcomes: LintOutcome[] = [];
  for (const target of targets) outcomes.push(await lintTarget(target, configPath));
  return packOutcomes(outcomes, show);
}
