/** The evaluation as text: per-category recall and false positives, action-item groups, the event-kind confusion table. */
import type { ActionScores } from './actions-eval.js';
import type { BlameScores } from './blame-eval.js';
import type { EventScores } from './events-eval.js';
import { formatRate } from './rates.js';

/** A report a person reads, with what was missed listed at the end when `details` is set. */
export function formatReport(scores: { blame: BlameScores; actions: ActionScores; events: EventScores }, details = false): string {
  const { blame, actions, events } = scores;
  const lines: string[] = ['Blame (flagged / sentences)'];
  for (const [category, r] of Object.entries(blame.blame)) lines.push(`  blame  ${category.padEnd(24)} ${formatRate(r)}`);
  for (const [category, r] of Object.entries(blame.clean)) lines.push(`  clean  ${category.padEnd(24)} ${formatRate(r)}`);
  lines.push(`  recall ${formatRate(blame.recall)}   false positives ${formatRate(blame.falsePositives)}`, '', 'Action items');
  for (const [group, r] of Object.entries(actions.caught)) lines.push(`  ${group.padEnd(12)} caught ${formatRate(r)}`);
  for (const [group, r] of Object.entries(actions.wronglyFlagged)) lines.push(`  ${group.padEnd(12)} flagged by another rule ${formatRate(r)}`);
  lines.push('', 'Event kinds (right / events)');
  for (const [label, r] of Object.entries(events.byLabel)) lines.push(`  ${label.padEnd(16)} ${formatRate(r)}`);
  lines.push(`  all              ${formatRate(events.right)}`, '', 'Confusion (label -> inferred kind: count)');
  for (const [label, row] of Object.entries(events.confusion)) {
    lines.push(`  ${label.padEnd(16)} ${Object.entries(row).sort(([, a], [, b]) => b - a).map(([kind, n]) => `${kind} ${n}`).join(', ')}`);
  }
  if (details) {
    lines.push('', 'Missed blame:', ...blame.missed.map((m) => `  [${m.category}] ${m.text}`));
    lines.push('', 'Clean flagged:', ...blame.wronglyFlagged.map((m) => `  [${m.category}] ${m.rules.join(',')}: ${m.text}`));
    lines.push('', 'Action items judged wrongly:', ...[...actions.missed.map((m) => `  missed [${m.group}] ${m.title} | ${m.owner} | ${m.due}`), ...actions.wrong.map((m) => `  wrong [${m.group}] ${m.rules.join(',')}: ${m.title} | ${m.owner} | ${m.due}`)]);
    lines.push('', 'Events read wrongly:', ...events.wrong.map((e) => `  ${e.kind} -> ${e.inferred ?? 'none'}: ${e.text}`));
  }
  return lines.join('\n') + '\n';
}
