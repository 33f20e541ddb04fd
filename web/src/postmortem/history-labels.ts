/** History in words a reader uses: field names ("Root cause", not `rootCause`) and revision notes ("In review → Final"). */
import type { Postmortem } from '../../../src/core/postmortem.schema.js';
import { ACTION_STATUS_LABELS, STATUS_LABELS } from './labels.js';
import { SECTION_TITLES } from './sections.js';

/** Every top-level field of a document, as History names it. */
const FIELD_LABELS: Record<keyof Postmortem, string> = {
  id: 'Id',
  title: 'Title',
  severity: 'Severity',
  status: 'Status',
  kind: 'Kind',
  author: 'Author',
  commander: 'Incident commander',
  services: 'Services',
  teams: 'Teams',
  tags: 'Tags',
  restricted: 'Restricted',
  times: 'Key times',
  detection: 'Detection',
  summary: SECTION_TITLES.summary,
  whatHappened: SECTION_TITLES.whatHappened,
  impact: SECTION_TITLES.impact,
  timeline: SECTION_TITLES.timeline,
  rootCause: SECTION_TITLES.rootCause,
  whys: SECTION_TITLES.whys,
  contributingFactors: SECTION_TITLES.contributingFactors,
  wentWell: SECTION_TITLES.wentWell,
  wentPoorly: SECTION_TITLES.wentPoorly,
  surprises: SECTION_TITLES.surprises,
  luckyBreaks: SECTION_TITLES.luckyBreaks,
  lessons: SECTION_TITLES.lessons,
  actionItems: SECTION_TITLES.actionItems,
  review: SECTION_TITLES.review,
  otherSections: SECTION_TITLES.other,
  extraFrontMatter: 'Other front-matter fields',
};

/** A field as History names it (an unknown one as it is written). */
export function fieldLabel(field: string): string {
  return (FIELD_LABELS as Record<string, string>)[field] ?? field;
}

/** A status or action-item status as the app shows it, or as written. */
function statusLabel(value: string): string {
  return (STATUS_LABELS as Record<string, string>)[value] ?? (ACTION_STATUS_LABELS as Record<string, string>)[value] ?? value;
}

const STATUS_NOTE = /^status: (\w+) -> (\w+)(?: \(reopened: (.*)\))?$/s;
const ACTION_NOTE = /^action item (.+): (\w+) -> (\w+)$/s;
const RESTORED_NOTE = /^restored revision (\d+)$/;

/** A revision note in words: "Created", "In review → Final", "Final → Draft, reopened: …", "Action item AI-1: Open → Done". */
export function noteLabel(note: string): string {
  if (note === 'created') return 'Created';
  const status = STATUS_NOTE.exec(note);
  if (status) return `${statusLabel(status[1] as string)} → ${statusLabel(status[2] as string)}${status[3] === undefined ? '' : `, reopened: ${status[3]}`}`;
  const action = ACTION_NOTE.exec(note);
  if (action) return `Action item ${action[1]}: ${statusLabel(action[2] as string)} → ${statusLabel(action[3] as string)}`;
  const restored = RESTORED_NOTE.exec(note);
  if (restored) return `Restored revision ${restored[1]}`;
  return note;
}
