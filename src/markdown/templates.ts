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

/** The sections a template fills with prompts: the body of a postmortem, everything but its facts and timeline. */
export type TemplateSections = Pick<
  Postmortem,
  'summary' | 'whatHappened' | 'impact' | 'rootCause' | 'whys' | 'contributingFactors' | 'wentWell' | 'wentPoorly' | 'surprises' | 'lessons' | 'actionItems'
>;

/** The prompts of every section a postmortem of `kind` asks for (the other sections stay empty). */
export function templateSections(kind: Kind): TemplateSections {
  const { summary, whatHappened, impact, rootCause, whys, contributingFactors, wentWell, wentPoorly, surprises, lessons } = emptyPostmortem();
  const sections: TemplateSections = { summary, whatHappened, impact, rootCause, whys, contributingFactors, wentWell, wentPoorly, surprises, lessons, actionItems: [] };
  sections.summary = 'In two or three sentences: what broke, who was affected and for how long, and how it was resolved.';
  const action = newActionItem('A specific change that stops this class of failure from recurring');
  action.rationale = 'Which contributing factor it removes';
  action.verification = 'How we will know it works (a test, a game day, an alert that fires)';
  sections.actionItems = [action];
  if (kind === 'full') {
    sections.impact.text = 'Numbers, not adjectives: users affected (count or %), error rate, failed transactions, support tickets, SLA target vs achieved, data loss.';
    sections.rootCause = 'What broke, why it broke, and why the safeguards we had did not stop it.';
    sections.whys = ['Why did the service fail?', 'Why did that happen?', 'Why did that happen?'];
    sections.contributingFactors = [{ text: 'A condition that made the incident possible or worse', category: null, actionItems: [] }];
    sections.wentWell = ['What helped detection, response or recovery'];
    sections.wentPoorly = ['Where the system, tooling or process made the response harder'];
    sections.surprises = ['What we did not expect'];
    sections.lessons = ['What we now know that we did not before'];
  } else {
    sections.whatHappened = 'What happened, in order, with times in UTC.';
  }
  if (kind === 'near_miss') sections.contributingFactors = [{ text: 'What would have made this an outage', category: null, actionItems: [] }];
  return sections;
}

/** A new postmortem of the right depth, with prompts in every section it asks for. */
export function templatePostmortem(options: TemplateOptions): Postmortem {
  const pm = emptyPostmortem();
  pm.kind = options.kind ?? kindForSeverity(options.severity);
  pm.severity = options.severity;
  pm.title = options.title ?? 'Untitled incident';
  pm.times.startedAt = options.started;
  pm.times.resolvedAt = options.resolved;
  Object.assign(pm, templateSections(pm.kind));
  if (options.started !== null) pm.timeline.push(event(options.started, 'Impact started', null));
  if (options.resolved !== null) pm.timeline.push(event(options.resolved, 'Impact ended', 'resolution'));
  return pm;
}
