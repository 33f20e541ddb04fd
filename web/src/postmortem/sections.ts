/** The sections of a postmortem as the app shows them; titles match the headings of the Markdown export. */
import { SECTION_HEADINGS } from '../../../src/markdown/native-format.js';

/** Sections holding prose (Markdown text). */
export type ProseKey = 'summary' | 'whatHappened' | 'rootCause';

/** Sections holding a list of short texts. */
export type ListKey = 'wentWell' | 'wentPoorly' | 'surprises' | 'luckyBreaks' | 'lessons';

/** Every place a lint finding can point to. */
export type SectionKey = 'metadata' | ProseKey | ListKey | 'impact' | 'timeline' | 'whys' | 'contributingFactors' | 'actionItems' | 'review' | 'other';

/** Section titles: the Markdown export's own headings (lint findings are placed by them), plus the app's extra places. */
export const SECTION_TITLES: Record<SectionKey, string> = {
  metadata: 'Details and key times',
  ...SECTION_HEADINGS,
  review: 'Review and approvals',
  other: 'Other sections',
};

export const LIST_KEYS: readonly ListKey[] = ['wentWell', 'wentPoorly', 'surprises', 'luckyBreaks', 'lessons'];

/** The DOM id of a section (and of one of its rows). */
export function sectionDomId(key: SectionKey, row?: number | null): string {
  return row === undefined || row === null ? `section-${key}` : `section-${key}-row-${row}`;
}
