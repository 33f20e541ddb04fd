/** A batch of lint outcomes as the command needs them: tallies, and the results as objects or already as JSON. */
import { Buffer } from 'node:buffer';
import type { LintResult } from '../lint/types.js';
import type { LintOutcome } from './lint-target.js';

/** What the command needs of each file besides its formatted result: the counts and any internal error. */
export interface OutcomeTally {
  filePath: string;
  errorCount: number;
  warningCount: number;
  internalError?: string;
}

/**
 * The outcomes of a batch of files, in order. For `--format json` the results are `json`: the items of the
 * JSON array, comma-separated, UTF-8 (made where the files were linted, so the main thread only writes them out);
 * otherwise they are `results`. Both have warnings already removed when `quiet`.
 */
export interface BatchOutcomes {
  tallies: OutcomeTally[];
  results: LintResult[] | null;
  json: Uint8Array | null;
}

/** How results are to be shown. */
export interface ShowOptions {
  asJson: boolean;
  quiet: boolean;
}

const utf8 = new TextEncoder();

/** A result with its warnings removed (for --quiet). */
function errorsOnly(result: LintResult): LintResult {
  return { ...result, messages: result.messages.filter((m) => m.severity === 2), warningCount: 0 };
}

function tally({ result, internalError }: LintOutcome): OutcomeTally {
  const counts = { filePath: result.filePath, errorCount: result.errorCount, warningCount: result.warningCount };
  return internalError === undefined ? counts : { ...counts, internalError };
}

/** Packs outcomes for the command: tallies, and the results as `show` asks for them. */
export function packOutcomes(outcomes: readonly LintOutcome[], show: ShowOptions): BatchOutcomes {
  const tallies = outcomes.map(tally);
  const results = outcomes.map((o) => (show.quiet ? errorsOnly(o.result) : o.result));
  if (!show.asJson) return { tallies, results, json: null };
  return { tallies, results: null, json: utf8.encode(JSON.stringify(results).slice(1, -1)) };
}

/**
 * The JSON array of every batch's results (ESLint's json format) with a final newline, as the pieces to write one
 * after the other: concatenating them first copied megabytes into fresh memory for nothing.
 */
export function jsonParts(batches: readonly BatchOutcomes[]): Uint8Array[] {
  const parts: Uint8Array[] = [Buffer.from('[')];
  for (const batch of batches) {
    if (batch.json === null || batch.json.length === 0) continue;
    if (parts.length > 1) parts.push(Buffer.from(','));
    parts.push(batch.json);
  }
  parts.push(Buffer.from(']\n'));
  return parts;
}
