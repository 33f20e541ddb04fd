/**
 * What a comment is about: the whole postmortem (no anchor), one of its sections (`section:rootCause`), or one of
 * its action items by id or position (`action-item:AI-1`, `action-item:2` for the third when it has no id).
 */

/** The sections a comment may be anchored to, as the document names them. */
export const COMMENTABLE_SECTIONS = [
  'summary', 'impact', 'whatHappened', 'timeline', 'rootCause', 'whys', 'contributingFactors', 'wentWell', 'wentPoorly',
  'surprises', 'luckyBreaks', 'lessons', 'actionItems', 'otherSections',
] as const;

/** A section of the document a comment may be about. */
export type CommentableSection = (typeof COMMENTABLE_SECTIONS)[number];

/** A parsed anchor. */
export type CommentAnchor = { kind: 'section'; section: CommentableSection } | { kind: 'action-item'; key: string };

const SECTIONS = new Set<string>(COMMENTABLE_SECTIONS);
const ACTION_KEY = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/** The anchor a text names, or a sentence saying what is wrong with it (for the caller's error). */
export function parseAnchor(text: string): CommentAnchor | string {
  const [kind, value = ''] = text.split(/:(.*)/s);
  if (kind === 'section') {
    return SECTIONS.has(value) ? { kind: 'section', section: value as CommentableSection } : `"${value}" is not a section a comment can be about (one of ${COMMENTABLE_SECTIONS.join(', ')})`;
  }
  if (kind === 'action-item') return ACTION_KEY.test(value) ? { kind: 'action-item', key: value } : `"${value}" is not an action item's id or position`;
  return 'must be section:<name> or action-item:<id or position>, e.g. section:rootCause or action-item:AI-1';
}
