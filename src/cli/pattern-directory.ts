/** The pattern report of a directory of Markdown postmortems, with no server: every file read, parsed and counted as the server counts a stored one. */
import { relative } from 'node:path';
import type { Period } from '../knowledge/patterns/period.js';
import { patternReport, periodRows } from '../knowledge/patterns/report.js';
import { documentActionItems, postmortemRow, type ActionItemRow, type PostmortemRow } from '../knowledge/patterns/rows.js';
import type { StoredPatternReport } from '../server/practice/patterns.js';
import { parseDocument } from '../markdown/parse.js';
import { expandInputs } from './expand-inputs.js';
import { readDocument } from './read-document.js';

/** The report of the postmortems under `dir` for `period` at `now`; each file it cannot read is passed to `leftOut` (with why) and not counted. */
export async function directoryPatternReport(dir: string, period: Period, now: number, leftOut: (problem: string) => void): Promise<StoredPatternReport> {
  const postmortems: PostmortemRow[] = [];
  const actionItems: ActionItemRow[] = [];
  for (const file of await expandInputs([dir], process.cwd())) {
    const shown = relative(process.cwd(), file) || file;
    const read = await readDocument(file);
    if (!read.ok) {
      leftOut(`${shown}: ${read.problem}`);
      continue;
    }
    const pm = parseDocument(read.source, { filePath: file }).postmortem;
    const row = postmortemRow(pm, pm.id ?? shown);
    postmortems.push(row);
    actionItems.push(...documentActionItems(pm, row));
  }
  const report = patternReport({ source: 'directory', period, now, postmortems, incidents: null, actionItems, closingTimesKnown: false });
  return { report, rows: periodRows(postmortems, period) };
}
