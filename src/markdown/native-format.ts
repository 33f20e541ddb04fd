/** The sections of Debrief's own Markdown format, their headings and which ones a document shows. */
import type { Kind, Postmortem } from '../core/postmortem.schema.js';

export type NativeSection =
  | 'summary'
  | 'whatHappened'
  | 'impact'
  | 'timeline'
  | 'rootCause'
  | 'whys'
  | 'contributingFactors'
  | 'wentWell'
  | 'wentPoorly'
  | 'surprises'
  | 'luckyBreaks'
  | 'lessons'
  | 'actionItems';

/** Headings in the order they are written. */
export const SECTION_HEADINGS: Record<NativeSection, string> = {
  summary: 'Summary',
  whatHappened: 'What happened',
  impact: 'Impact',
  timeline: 'Timeline',
  rootCause: 'Root cause',
  whys: 'Five whys',
  contributingFactors: 'Contributing factors',
  wentWell: 'What went well',
  wentPoorly: 'What went poorly',
  surprises: 'What surprised us',
  luckyBreaks: 'Where we got lucky',
  lessons: 'Lessons learned',
  actionItems: 'Action items',
};

/** The sections each kind of postmortem asks for, shown even when still empty. */
export const SECTIONS_BY_KIND: Record<Kind, readonly NativeSection[]> = {
  full: ['summary', 'impact', 'timeline', 'rootCause', 'whys', 'contributingFactors', 'wentWell', 'wentPoorly', 'surprises', 'lessons', 'actionItems'],
  lightweight: ['summary', 'whatHappened', 'actionItems'],
  near_miss: ['summary', 'whatHappened', 'contributingFactors', 'lessons', 'actionItems'],
};

/** True when the section holds something (an empty one is written only when the kind asks for it). */
export function hasContent(pm: Postmortem, section: NativeSection): boolean {
  switch (section) {
    case 'summary': return pm.summary !== '';
    case 'whatHappened': return pm.whatHappened !== '';
    case 'impact': return pm.impact.text !== '';
    case 'rootCause': return pm.rootCause !== '';
    case 'timeline': return pm.timeline.length > 0;
    case 'actionItems': return pm.actionItems.length > 0;
    default: return pm[section].length > 0;
  }
}

/** The sections to write for this postmortem: those its kind asks for plus any others that hold content. */
export function sectionsToRender(pm: Postmortem): NativeSection[] {
  const wanted = new Set(SECTIONS_BY_KIND[pm.kind]);
  return (Object.keys(SECTION_HEADINGS) as NativeSection[]).filter((s) => wanted.has(s) || hasContent(pm, s));
}
