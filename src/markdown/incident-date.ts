/**
 * The date a timeline's times take when they are written without one: the nearest date the document states
 * before the timeline (a sentence of the summary, a metadata line, a heading, the title) — the day of the
 * incident as the writer told it — rather than the date a report was published.
 */
import type Token from 'markdown-it/lib/token.mjs';
import type { SectionRole } from '../core/document.js';
import { findDateReading, inYearOnOrBefore, type CalendarDate, type DateOrder } from '../core/time/index.js';
import type { Section } from './section.js';
import type { DocumentOutline } from './sections.js';

/** What helps read the dates of the text before a timeline. */
export interface DateClues {
  /** The title, when the document states one (front matter or the first `#` heading). */
  title: string | null;
  order: DateOrder | null;
  /** A date the incident is not after (the publication date): completes a date written without its year. */
  notAfter: CalendarDate | null;
}

/**
 * Sections that tell the incident. Root causes, lessons, action items and reviews date other things (when a bug
 * came in, due dates, the review meeting), so their dates are not taken.
 */
const TELLING_ROLES: ReadonlySet<SectionRole> = new Set(['summary', 'whatHappened', 'impact', 'detection', 'other']);
/** Lines that date the document, not the incident ('Last Modified: 2019-02-05', 'Published on …'). */
const PUBLICATION_LINE = /^[\s*_-]*(?:last[ _-]?)?(?:modified|updated|published|posted|edited|revised)\b/i;
/** Every date has a digit (a day or a year): lines without one, most prose, are passed over at once. */
const DIGIT = /\d/;

function inlineTexts(tokens: readonly Token[]): string[] {
  return tokens.filter((token) => token.type === 'inline').map((token) => token.content);
}

/** The date of a publication line of the preamble ('Last Modified: 2019-02-05', 'Published: 2024-01-05'), if any. */
export function publicationDate(outline: DocumentOutline, order: DateOrder | null): CalendarDate | null {
  for (const text of inlineTexts(outline.preamble.tokens)) {
    for (const line of text.split('\n')) {
      const date = PUBLICATION_LINE.test(line) ? findDateReading(line, order)?.date : null;
      if (date) return date;
    }
  }
  return null;
}

/** The texts before the timeline in document order: the title, then each heading and inline run (paragraph, item, cell). */
function textsBefore(outline: DocumentOutline, timeline: Section, title: string | null): string[] {
  const texts = title === null ? [] : [title];
  texts.push(...inlineTexts(outline.preamble.tokens));
  for (const section of outline.sections) {
    if (section === timeline) break;
    if (!TELLING_ROLES.has(section.role)) continue;
    texts.push(section.heading, ...inlineTexts(section.tokens));
  }
  return texts;
}

/** The first date of a text, line by line, publication lines skipped; a date without its year is placed by `notAfter`. */
function firstDate(text: string, clues: DateClues): CalendarDate | null {
  for (const line of text.split('\n')) {
    if (!DIGIT.test(line) || PUBLICATION_LINE.test(line)) continue;
    const found = findDateReading(line, clues.order, clues.notAfter?.year ?? null);
    if (found?.date) return found.inferredYear && clues.notAfter ? inYearOnOrBefore(found.date, clues.notAfter) : found.date;
  }
  return null;
}

/**
 * The date stated nearest before `timeline`: texts are searched from the timeline backwards, and within the
 * nearest text that states one, its first date is taken (a paragraph opens with the day it tells of: "On
 * March 3rd … by March 4th"). Null when nothing before the timeline states a date.
 */
export function dateBeforeTimeline(outline: DocumentOutline, timeline: Section, clues: DateClues): CalendarDate | null {
  const texts = textsBefore(outline, timeline, clues.title);
  for (let i = texts.length - 1; i >= 0; i--) {
    const date = firstDate(texts[i] ?? '', clues);
    if (date !== null) return date;
  }
  return null;
}
