/**
 * The rows a pattern report counts, one per postmortem, incident record and action item, built from a document the
 * same way wherever it comes from (a directory of Markdown files or the server's store), so both give one answer.
 */
import { deriveMetrics, effectiveTimes } from '../../core/derived.js';
import { dueCalendarDate } from '../../core/due-date.js';
import type { ActionStatus, FactorCategory, Postmortem, Severity, Status } from '../../core/postmortem.schema.js';
import { failureModeOf } from '../similarity/similarity.js';
import { triggerOf, type Trigger } from '../trigger.js';

/** The four times of an incident a review tracks, in minutes from its start. */
export const TIME_KEYS = ['detect', 'acknowledge', 'mitigate', 'resolve'] as const;
export type TimeKey = (typeof TIME_KEYS)[number];

/** One postmortem as the report counts it. */
export interface PostmortemRow {
  /** Its id on the server, its file in a directory. */
  ref: string;
  title: string;
  severity: Severity | null;
  status: Status;
  /** When the incident began (as written, else from the timeline); null places it in no period. */
  startedAt: string | null;
  services: string[];
  tags: string[];
  trigger: Trigger;
  /** The categories its contributing factors name, each once. */
  factorCategories: FactorCategory[];
  failureMode: string | null;
  /** Minutes from the start to detection, acknowledgement, mitigation and resolution (null when not known). */
  minutes: Record<TimeKey, number | null>;
}

/** One incident record (the server keeps them apart from postmortems). */
export interface IncidentRow {
  ref: string;
  severity: Severity | null;
  startedAt: string | null;
  services: string[];
  failureMode: string | null;
  /** The postmortem written for it, if any: the report counts the two as one incident where it repeats. */
  postmortemRef: string | null;
}

/** One action item as the report counts it. */
export interface ActionItemRow {
  postmortemRef: string;
  status: ActionStatus;
  /** Its due date when it has a real one (YYYY-MM-DD). */
  due: string | null;
  /** When it was created; null when not known. */
  createdAt: string | null;
  /** When it was done, verified or declined; null while open or when the source keeps no such time. */
  closedAt: string | null;
}

/** The row of a postmortem, `ref` naming it (an id or a file). */
export function postmortemRow(pm: Postmortem, ref: string): PostmortemRow {
  const derived = deriveMetrics(pm);
  return {
    ref,
    title: pm.title,
    severity: pm.severity,
    status: pm.status,
    startedAt: effectiveTimes(pm).startedAt,
    services: [...new Set(pm.services.map((s) => s.trim()).filter((s) => s !== ''))],
    tags: pm.tags,
    trigger: triggerOf(pm),
    factorCategories: [...new Set(pm.contributingFactors.flatMap((f) => (f.category === null ? [] : [f.category])))],
    failureMode: failureModeOf(pm),
    minutes: {
      detect: derived.timeToDetectMinutes,
      acknowledge: derived.timeToAcknowledgeMinutes,
      mitigate: derived.timeToMitigateMinutes,
      resolve: derived.timeToResolveMinutes,
    },
  };
}

/**
 * The action items of a document with no history beside it (a file in git): each counts as created when its
 * incident began, the nearest time the document itself gives; when it closed is not known.
 */
export function documentActionItems(pm: Postmortem, row: PostmortemRow): ActionItemRow[] {
  return pm.actionItems.map((item) => ({
    postmortemRef: row.ref,
    status: item.status,
    due: dueCalendarDate(item.due),
    createdAt: row.startedAt,
    closedAt: null,
  }));
}
