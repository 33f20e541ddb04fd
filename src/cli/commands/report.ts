/** `debrief report`: the pattern report of a period, from a directory of Markdown postmortems or from the server's store. */
import { InputError } from '../../core/errors.js';
import { patternCsv } from '../../knowledge/patterns/csv.js';
import { patternMarkdown } from '../../knowledge/patterns/markdown.js';
import { reportPeriod } from '../../knowledge/patterns/period.js';
import { storedPatternReport, type StoredPatternReport } from '../../server/practice/patterns.js';
import { resolveStoreOptions, withStore, type StoreOptions } from '../../store/open-store.js';
import { writeErr, writeOut } from '../output.js';
import { directoryPatternReport } from '../pattern-directory.js';
import { EXIT } from '../report-error.js';
import { actorFor } from './acting-as.js';

/** The options `debrief report` accepts. */
export interface ReportOptions extends StoreOptions {
  in?: string;
  server?: boolean;
  from?: string;
  to?: string;
  as?: string;
  format: 'md' | 'json' | 'html' | 'csv';
}

/** The report in the asked format: Markdown, the JSON model, a standalone HTML page (its chart library loaded only then), or the CSV of its rows. */
async function formatted({ report, rows }: StoredPatternReport, format: ReportOptions['format']): Promise<string> {
  if (format === 'json') return `${JSON.stringify(report, null, 2)}\n`;
  if (format === 'html') return (await import('../../knowledge/patterns/html.js')).patternHtml(report);
  if (format === 'csv') return patternCsv(rows);
  return patternMarkdown(report);
}

/** Runs `debrief report --in DIR | --server`. */
export async function reportCommand(options: ReportOptions): Promise<number> {
  if ((options.in === undefined) === (options.server !== true)) throw new InputError('report: give either --in DIR (a directory of Markdown postmortems) or --server (the store of debrief serve), not both or neither');
  const now = Date.now();
  const period = reportPeriod({ from: options.from, to: options.to }, now);
  const built =
    options.in !== undefined
      ? await directoryPatternReport(options.in, period, now, (problem) => writeErr(`debrief: left out ${problem}\n`))
      : await withStore(resolveStoreOptions(options), async (store) => storedPatternReport(store, await actorFor(store, options.as, 'report --server'), period));
  writeOut(await formatted(built, options.format));
  return EXIT.ok;
}
