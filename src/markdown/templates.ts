/** New postmortems: the full template for major incidents, the lightweight one for minor ones. */
import { kindForSeverity } from '../core/severity.js';
import { emptyPostmortem } from '../core/postmortem.js';
import type { Kind, Postmortem, Severity, TimelineEvent } from '../core/postmortem.schema.js';
import { formatCanonical } from '../core/time/index.js';

export interface TemplateOptions {
  severity: Severity | null;
  /** When null, the kind follows the severity: SEV1/SEV2 full, SEV3/SEV4 lightweight. */
  kind: Kind | null;
  title: string | null;
  /** Key times as UTC instants. */
  started: string | null;
  resolved: string | null;
}

function event(at: string, text: string, kind: TimelineEvent['kind']): TimelineEvent {
  return { at, written: formatCanonical(at), approximate: false, text, actor: null, kind, source: 'typed' };
}

/**
 * A new postmortem of the right depth: its facts, and every section empty (the prompts of `PROMPTS` are hints the
 * editor and `renderMarkdown(…, { prompts: true })` show, never content).
 */
export function templatePostmortem(options: TemplateOptions): Postmortem {
  const pm = emptyPostmortem();
  pm.kind = options.kind ?? kindForSeverity(options.severity);
  pm.severity = options.severity;
  pm.title = options.title ?? 'Untitled incident';
  pm.times.startedAt = options.started;
  pm.times.resolvedAt = options.resolved;
  if (options.started !== null) pm.timeline.push(event(options.started, 'Impact started', null));
  if (options.resolved !== null) pm.timeline.push(event(options.resolved, 'Impact ended', 'resolution'));
  return pm;
}
