/** `debrief metrics`: the action-item completion rate on the same store as `debrief serve`, as the policy in force defines it. */
import { rateInWords, type CompletionReport } from '../../core/completion-rate.js';
import { actionItemMetrics } from '../../server/practice/metrics.js';
import { resolveStoreOptions, withStore, type StoreOptions } from '../../store/open-store.js';
import { writeOut } from '../output.js';
import { EXIT } from '../report-error.js';

/** The options `debrief metrics` accepts. */
export interface MetricsOptions extends StoreOptions {
  team?: string;
  owner?: string;
  format?: 'text' | 'json';
}

/** The report as text: the rate and its alarm, then per team, per owner and week by week. */
function reportText(report: CompletionReport): string {
  const lines = [
    `Action items closed by their due date, created ${report.from.slice(0, 10)} to ${report.to.slice(0, 10)}${report.requireVerification ? ' (closed = verified)' : ' (closed = done or verified)'}:`,
    `  ${rateInWords(report.overall)}${report.overall.alarm ? `  ALARM: under ${Math.round(report.alarmBelow * 100)}%` : ''}${report.overall.declined > 0 ? `; ${report.overall.declined} declined in time, left out` : ''}`,
  ];
  if (report.byTeam.length > 0) lines.push('By team:', ...report.byTeam.map((t) => `  ${t.team}\t${rateInWords(t)}${t.alarm ? '\tALARM' : ''}`));
  if (report.byOwner.length > 0) lines.push('By owner:', ...report.byOwner.map((o) => `  ${o.owner}\t${rateInWords(o)}`));
  lines.push('Week by week:', ...report.weekly.map((w) => `  ${w.at.slice(0, 10)}\t${rateInWords(w)}`));
  return `${lines.join('\n')}\n`;
}

/** Runs `debrief metrics`. */
export async function metricsCommand(options: MetricsOptions): Promise<number> {
  const filter = { ...(options.team === undefined ? {} : { team: options.team }), ...(options.owner === undefined ? {} : { owner: options.owner }) };
  const report = await withStore(resolveStoreOptions(options), (store) => actionItemMetrics(store, filter));
  writeOut(options.format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : reportText(report));
  return EXIT.ok;
}
