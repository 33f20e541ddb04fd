/**
 * A field of the document as text a person reads, for the history's comparison: a timeline as one line per event,
 * action items as one line each with their details under them, lists one item a line, objects as "Label: value"
 * lines; never JSON.
 */
import type { ActionItem, ContributingFactor, TimelineEvent } from '../../../src/core/postmortem.schema.js';
import { formatUtc } from '../editing/local-time.js';
import { ACTION_STATUS_LABELS, EVENT_KIND_LABELS, FACTOR_LABELS } from './labels.js';

/** "usersAffected" → "Users affected". */
function words(key: string): string {
  const spaced = key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

function eventLine(e: TimelineEvent): string {
  const when = e.at === null ? e.written : formatUtc(e.at);
  const details = [e.actor, e.kind === null ? null : EVENT_KIND_LABELS[e.kind]].filter((d) => d !== null);
  return `${when} — ${e.text}${details.length === 0 ? '' : ` (${details.join(', ')})`}`;
}

function actionLines(a: ActionItem, i: number): string {
  const facts = [a.owner ?? 'no owner', a.due === null ? 'no due date' : `due ${a.due}`, a.priority, ACTION_STATUS_LABELS[a.status], a.ticket].filter((f) => f !== null);
  const lines = [`${a.id ?? `#${i + 1}`} ${a.title} — ${facts.join(', ')}`];
  if (a.rationale !== null) lines.push(`  Why: ${a.rationale}`);
  if (a.verification !== null) lines.push(`  Verified by: ${a.verification}`);
  return lines.join('\n');
}

function factorLine(f: ContributingFactor): string {
  const category = f.category === null ? '' : `${FACTOR_LABELS[f.category]}: `;
  return `${category}${f.text}${f.actionItems.length === 0 ? '' : ` (addressed by ${f.actionItems.join(', ')})`}`;
}

/** Any other value: text as is, lists one item a line, objects as "Label: value" lines. */
function generic(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string') return value;
  if (typeof value !== 'object') return String(value);
  if (Array.isArray(value)) return value.map(generic).join('\n');
  return Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== null && v !== '' && !(Array.isArray(v) && v.length === 0))
    .map(([k, v]) => {
      const text = generic(v);
      return text.includes('\n') ? `${words(k)}:\n${text.replace(/^/gm, '  ')}` : `${words(k)}: ${text}`;
    })
    .join('\n');
}

/** The field `field` of a document as readable text. */
export function readableValue(field: string, value: unknown): string {
  if (field === 'timeline' && Array.isArray(value)) return (value as TimelineEvent[]).map(eventLine).join('\n');
  if (field === 'actionItems' && Array.isArray(value)) return (value as ActionItem[]).map(actionLines).join('\n');
  if (field === 'contributingFactors' && Array.isArray(value)) return (value as ContributingFactor[]).map(factorLine).join('\n');
  if (field === 'whys' && Array.isArray(value)) return (value as string[]).map((why, i) => `${i + 1}. ${why}`).join('\n');
  return generic(value);
}
