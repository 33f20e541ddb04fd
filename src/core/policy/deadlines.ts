/**
 * The deadlines of an owed postmortem (drafted, reviewed in a meeting, final or published), counted from the
 * incident's resolution, and where each stands at a given instant; the due date proposed for an action item.
 */
import { dueCalendarDate } from '../due-date.js';
import { InputError } from '../errors.js';
import type { Deadline, Deadlines, IncidentFacts, Owed } from '../incident.js';
import type { Priority, Status } from '../postmortem.schema.js';
import { parseDuration } from './durations.js';
import type { Policy } from './policy-document.js';

/** How far the postmortem of an incident has come, as its deadlines read it. */
export interface PostmortemProgress {
  status: Status;
  /** The summary is written, or the status is past draft. */
  drafted: boolean;
  /** review.meetingAt: when the review meeting is (or was). */
  meetingAt: string | null;
}

type Step = 'draft' | 'meeting' | 'publish';

const DAY_MS = 86_400_000;

/** True when the postmortem has done what the step asks by `now`. */
function isMet(step: Step, progress: PostmortemProgress | null, now: number): boolean {
  if (progress === null) return false;
  const finished = progress.status === 'final' || progress.status === 'published';
  if (step === 'draft') return progress.drafted;
  if (step === 'meeting') return finished || (progress.meetingAt !== null && Date.parse(progress.meetingAt) <= now);
  return finished;
}

/** A deadline at `at` (null: not resolved yet): met, else late once past, due soon within `dueSoonMs`, else pending. */
function deadline(at: number | null, met: boolean, dueSoonMs: number, now: number): Deadline {
  const iso = at === null ? null : new Date(at).toISOString();
  if (met) return { at: iso, state: 'met' };
  if (at === null) return { at: iso, state: 'pending' };
  if (now > at) return { at: iso, state: 'late' };
  return { at: iso, state: at - now <= dueSoonMs ? 'due_soon' : 'pending' };
}

/**
 * The deadlines of the postmortem an incident owes, as they stand at `now` (ms since the epoch); null when none
 * is owed. `progress` is null while no postmortem is linked. A severity's overrides in `deadlines.bySeverity` win.
 */
export function deadlinesFor(incident: Pick<IncidentFacts, 'severity' | 'resolvedAt'>, owed: Owed, progress: PostmortemProgress | null, policy: Policy, now: number): Deadlines | null {
  if (owed === 'none') return null;
  const { deadlines } = policy;
  const override = incident.severity === null ? undefined : deadlines.bySeverity[incident.severity];
  const resolvedAt = incident.resolvedAt === null ? null : Date.parse(incident.resolvedAt);
  const dueSoonMs = parseDuration(deadlines.dueSoon);
  const of = (step: Step): Deadline => deadline(resolvedAt === null ? null : resolvedAt + parseDuration(override?.[step] ?? deadlines[step]), isMet(step, progress, now), dueSoonMs, now);
  return { draftBy: of('draft'), meetingBy: of('meeting'), publishBy: of('publish') };
}

/** The due date the editor proposes for an action item of `priority` written on `fromDay` (both `YYYY-MM-DD`): `actionItems.dueDays` later. */
export function proposedDueDate(priority: Priority, fromDay: string, policy: Policy): string {
  const day = dueCalendarDate(fromDay);
  if (day === null) throw new InputError(`"${fromDay}" is not a calendar date: expected YYYY-MM-DD, e.g. 2024-03-01`, { fromDay });
  return new Date(Date.parse(`${day}T00:00:00Z`) + policy.actionItems.dueDays[priority] * DAY_MS).toISOString().slice(0, 10);
}
