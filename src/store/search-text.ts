/** What full-text search indexes of a postmortem, and how a search box query becomes words (the same on both engines). */
import type { Postmortem } from '../core/postmortem.schema.js';
import { countedSalientWords } from './salient-words.js';

/** The indexed text of one postmortem: the title (ranked higher) and the prose, and whether only its members may read it. */
export interface SearchText {
  title: string;
  body: string;
  /**
   * What PostgreSQL finds similar postmortems by (indexed apart): the most salient words of the title, summary,
   * services, failure mode and causes, those whose counts give the IDFs the ranking weighs them by (salient-words.ts).
   */
  salient: string;
  /** Restricted text must not shape the ranking of what others find (SQLite indexes it apart, see dialect/sqlite-search.ts). */
  restricted: boolean;
}

/** Prose beyond this many characters is not indexed (PostgreSQL caps a tsvector at 1 MB). */
const MAX_BODY_CHARS = 200_000;

/** At most this many words of a query are used. */
const MAX_QUERY_WORDS = 32;

/** The title and the prose of a postmortem (with its people, action-item ids, owners and tickets), as search indexes them, and whether it is restricted. */
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
    ...pm.timeline.map((e) => (e.actor === null ? e.text : `${e.actor} ${e.text}`)),
    // An item is found by its words, its id, its owner and its ticket key or address.
    ...pm.actionItems.map((a) => [a.id, a.title, a.owner, a.ticket].filter((part) => part !== null).join(' ')),
    pm.author ?? '',
    pm.commander ?? '',
    ...pm.otherSections.map((s) => `${s.heading}\n${s.body}`),
    ...pm.services,
    ...pm.teams,
    ...pm.tags,
  ];
  return { title: indexable(pm.title), body: indexable(parts.filter((p) => p !== '').join('\n').slice(0, MAX_BODY_CHARS)), salient: indexable(countedSalientWords(pm).join(' ')), restricted: pm.restricted };
}

/** A hyphen between a word and a number ("OPS-311", "AI-9"). */
const KEY_HYPHEN = /(?<=[\p{L}\p{N}])-(?=\p{N})/gu;

/**
 * The text as both engines should split it: PostgreSQL's parser reads "OPS-311" as "ops" and the signed number
 * "-311", so a search for the key (the words "ops" and "311") would miss it; a space makes them two words everywhere.
 */
function indexable(text: string): string {
  return text.replace(KEY_HYPHEN, ' ');
}

/** The words of a search query (letters and digits; punctuation and operators are ignored), lower case, each once. */
export function searchWords(q: string): string[] {
  const words = q.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(words)].slice(0, MAX_QUERY_WORDS);
}
