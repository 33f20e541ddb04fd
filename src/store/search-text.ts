/** What full-text search indexes of a postmortem, and how a search box query becomes words (the same on both engines). */
import type { Postmortem } from '../core/postmortem.schema.js';

/** The indexed text of one postmortem: the title (ranked higher) and the prose, and whether only its members may read it. */
export interface SearchText {
  title: string;
  body: string;
  /** Restricted text must not shape the ranking of what others find (SQLite indexes it apart, see dialect/sqlite-search.ts). */
  restricted: boolean;
}

/** Prose beyond this many characters is not indexed (PostgreSQL caps a tsvector at 1 MB). */
const MAX_BODY_CHARS = 200_000;

/** At most this many words of a query are used. */
const MAX_QUERY_WORDS = 32;

/** The title and the prose of a postmortem, as search indexes them, and whether it is restricted. */
export function searchText(pm: Postmortem): SearchText {
  const parts = [
    pm.summary,
    pm.whatHappened,
    pm.impact.text,
    pm.rootCause,
    ...pm.whys,
    ...pm.contributingFactors.map((f) => f.text),
    ...pm.wentWell,
    ...pm.wentPoorly,
    ...pm.surprises,
    ...pm.luckyBreaks,
    ...pm.lessons,
    ...pm.timeline.map((e) => e.text),
    ...pm.actionItems.map((a) => a.title),
    ...pm.otherSections.map((s) => `${s.heading}\n${s.body}`),
    ...pm.services,
    ...pm.teams,
    ...pm.tags,
  ];
  return { title: pm.title, body: parts.filter((p) => p !== '').join('\n').slice(0, MAX_BODY_CHARS), restricted: pm.restricted };
}

/** The words of a search query (letters and digits; punctuation and operators are ignored), lower case, each once. */
export function searchWords(q: string): string[] {
  const words = q.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(words)].slice(0, MAX_QUERY_WORDS);
}
