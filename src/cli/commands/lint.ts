/** `debrief lint`: check documents and report findings in the chosen format. */
import { availableParallelism } from 'node:os';
import { InputError } from '../../core/errors.js';
import type { Format } from '../../lint/formatters/index.js';
import { expandInputs } from '../expand-inputs.js';
import { jsonParts, type BatchOutcomes, type ShowOptions } from '../lint-batch.js';
import { lintInPool } from '../lint-pool.js';
import { writeErr, writeOut } from '../output.js';
import { EXIT } from '../report-error.js';

/** The options `debrief lint` accepts. */
export interface LintOptions {
  format: Format;
  config?: string;
  maxWarnings?: string;
  quiet?: boolean;
}

/**
 * Above this many files the work is spread over worker threads. Measured on 2 cores with ~8 KB documents
 * (bench/lint): 200 files ran 15-25% slower with the pool (each worker loads the parser first), 400 broke
 * even, 2,000 ran 25-30% faster.
 */
const POOL_THRESHOLD = 500;
const POOL_WORKERS = Math.min(2, availableParallelism());

function parseMaxWarnings(value: string | undefined): number | null {
  if (value === undefined) return null;
  if (!/^\d{1,9}$/.test(value.trim())) throw new InputError(`--max-warnings: "${value}" is not a whole number of warnings (0 or more)`);
  return Number(value.trim());
}

/**
 * Lints every target; many files go to the worker pool (stdin, if given, is then checked last, here).
 * The parser and rules are imported only when this thread lints: the pool's workers load their own.
 */
async function lintTargets(targets: readonly string[], configPath: string | undefined, show: ShowOptions): Promise<BatchOutcomes[]> {
  const files = targets.filter((t) => t !== '-');
  const lintHere = async (here: readonly string[]): Promise<BatchOutcomes> => (await import('../lint-target.js')).lintBatch(here, configPath, show);
  if (files.length <= POOL_THRESHOLD || POOL_WORKERS < 2) return [await lintHere(targets)];
  const pooled = await lintInPool(files, { configPath, show }, POOL_WORKERS);
  return targets.includes('-') ? [...pooled, await lintHere(['-'])] : pooled;
}

/** True when stdout is a terminal and NO_COLOR does not ask for plain output. */
function useColor(): boolean {
  return process.stdout.isTTY === true && (process.env.NO_COLOR ?? '') === '';
}

/** Runs `debrief lint`; exit 0 clean, 1 errors or too many warnings, 2 when a file hit a bug in Debrief. */
export async function lintCommand(inputs: string[], options: LintOptions): Promise<number> {
  const maxWarnings = parseMaxWarnings(options.maxWarnings);
  const cwd = process.cwd();
  const show: ShowOptions = { asJson: options.format === 'json', quiet: options.quiet === true };
  const batches = await lintTargets(await expandInputs(inputs, cwd), options.config, show);
  if (show.asJson) for (const part of jsonParts(batches)) writeOut(part);
  else {
    // Imported only here: the SARIF formatter loads every rule (~80 ms), which `--format json` never needs and the
    // worker pool should not wait for.
    const { formatResults } = await import('../../lint/formatters/index.js');
    const output = formatResults(batches.flatMap((b) => b.results ?? []), options.format, { color: useColor(), cwd });
    writeOut(output === '' || output.endsWith('\n') ? output : `${output}\n`);
  }

  const tallies = batches.flatMap((b) => b.tallies);
  const crashed = tallies.filter((t) => t.internalError !== undefined);
  for (const { filePath, internalError } of crashed) writeErr(`debrief: internal error: ${filePath}: ${internalError} (please report this)\n`);
  if (crashed.length > 0) return EXIT.usage;
  const warnings = tallies.reduce((n, t) => n + t.warningCount, 0);
  if (maxWarnings !== null && warnings > maxWarnings) {
    writeErr(`debrief: too many warnings (${warnings}; the maximum is ${maxWarnings})\n`);
    return EXIT.findings;
  }
  return tallies.some((t) => t.errorCount > 0) ? EXIT.findings : EXIT.ok;
}
