/** New postmortems: the full template for major incidents, the lightweight one for minor ones. */
import { kindForSeverity } from '../core/severity.js';
import { emptyPostmortem, newActionItem } from '../core/postmortem.js';
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

/** A new postmortem of the right depth, with prompts in every section it asks for. */
export function templatePostmortem(options: TemplateOptions): Postmortem {
  const pm = emptyPostmortem();
  pm.kind = options.kind ?? kindForSeverity(options.severity);
  pm.severity = options.severity;
  pm.title = options.title ?? 'Untitled incident';
  pm.times.startedAt = options.started;
  pm.times.resolvedAt = options.resolved;
  pm.summary = 'In two or three sentences: what broke, who was affected and for how long, and how it was resolved.';
  const action = newActionItem('A specific change that stops this class of failure from recurring');
  action.rationale = 'Which contributing factor it removes';
  action.verification = 'How we will know it works (a test, a game day, an alert that fires)';
  pm.actionItems = [action];
  if (options.started !== null) pm.timeline.push(event(options.started, 'Impact started', null));
  if (options.resolved !== null) pm.timeline.push(event(options.resolved, 'Impact ended', 'resolution'));
  if (pm.kind === 'full') {
    pm.impact.text = 'Numbers, not adjectives: users affected (count or %), error rate, failed transactions, support tickets, SLA target vs achieved, data loss.';
    pm.rootCause = 'What broke, why it broke, and why the safeguards we had did not stop it.';
    pm.whys = ['Why did the service fail?', 'Why did that happen?', 'Why did that happen?'];
    pm.contributingFactors = [{ text: 'A condition that made the incident possible or worse', category: null, actionItems: [] }];
    pm.wentWell = ['What helped detection, response or recovery'];
    pm.wentPoorly = ['Where the system, tooling or process made the response harder'];
    pm.surprises = ['What we did not expect'];
    pm.lessons = ['What we now know that we did not before'];
  } else {
    pm.whatHappened = 'What happened, in order, with times in UTC.';
  }
  if (pm.kind === 'near_miss') pm.contributingFactors = [{ text: 'What would have made this an outage', category: null, actionItems: [] }];
  return pm;
}
