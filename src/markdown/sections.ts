/** Splits a parsed Markdown document into its title, its preamble and its sections by role. */
import type Token from 'markdown-it/lib/token.mjs';
import type { SectionRole } from '../core/document.js';
import { readDateAt, readDayReferenceAt } from '../core/time/index.js';
import { inlineText } from './markdown-it.js';
import { classifyHeading } from './section-roles.js';
import type { Section } from './section.js';

/** A heading, or a short paragraph standing alone as one (`Action Items` before a list). */
interface HeadingMark {
  /** Index of the first token of the heading and of the first token after it. */
  start: number;
  end: number;
  level: number;
  text: string;
  /** 1-based source line. */
  line: number;
  role: SectionRole;
}

export interface DocumentOutline {
  /** The H1 title, when the document has one. */
  title: { text: string; line: number } | null;
  /** Everything before the first section, title excluded. */
  preamble: Section;
  sections: Section[];
}

/** A paragraph is promoted to a heading only when it is short, names a known section and a list or table follows. */
const PSEUDO_HEADING_LEVEL = 7;
const PSEUDO_HEADING_MAX_LENGTH = 40;

function findHeadings(tokens: readonly Token[]): HeadingMark[] {
  const marks: HeadingMark[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token === undefined || token.map === null) continue;
    if (token.type === 'heading_open') {
      const text = inlineText(tokens[i + 1]);
      marks.push({ start: i, end: i + 3, level: Number(token.tag.slice(1)), text, line: token.map[0] + 1, role: classifyHeading(text) });
    } else if (token.type === 'paragraph_open' && token.level === 0) {
      const next = tokens[i + 3]?.type;
      if (next !== 'bullet_list_open' && next !== 'ordered_list_open' && next !== 'table_open') continue;
      if ((tokens[i + 1]?.content.length ?? 0) > PSEUDO_HEADING_MAX_LENGTH * 2) continue;
      const text = inlineText(tokens[i + 1]).replace(/:$/, '');
      if (text.length > PSEUDO_HEADING_MAX_LENGTH) continue;
      const role = classifyHeading(text);
      if (role !== 'other') marks.push({ start: i, end: i + 3, level: PSEUDO_HEADING_LEVEL, text, line: token.map[0] + 1, role });
    }
  }
  return marks;
}

const HEADING_DECORATION = /^[\s*_]*/;
/** Any year completes a date written without one: only whether the heading starts with a date matters here. */
const ANY_YEAR = 2000;

/** A heading that names a day ('March 4', '2023-07-19', 'Day 2', 'Tuesday', 'The next day'): within a timeline it goes on with it. */
function namesDay(text: string): boolean {
  const start = HEADING_DECORATION.exec(text)?.[0].length ?? 0;
  return readDateAt(text, start, null, ANY_YEAR) !== null || readDayReferenceAt(text, start) !== null;
}

function pickTitle(marks: readonly HeadingMark[]): HeadingMark | null {
  const first = marks.find((m) => m.level === 1);
  return first !== undefined && first.role === 'other' ? first : null;
}

function lineOf(tokens: readonly Token[], index: number, fallback: number): number {
  for (let i = index; i < tokens.length; i++) {
    const map = tokens[i]?.map;
    if (map) return map[0] + 1;
  }
  return fallback;
}

/**
 * Builds the outline: known headings start sections at any level; unknown deeper headings stay in the body,
 * and so do headings that name a day within a timeline ('## Day 2' after '## Timeline').
 */
export function outlineDocument(tokens: Token[], lineCount: number, bodyStartLine: number): DocumentOutline {
  const marks = findHeadings(tokens);
  const title = pickTitle(marks);
  const starts: HeadingMark[] = [];
  let current: HeadingMark | null = null;
  for (const mark of marks) {
    if (mark === title) continue;
    if (mark.role === 'other' && current !== null && (mark.level > current.level || (current.role === 'timeline' && namesDay(mark.text)))) continue;
    starts.push(mark);
    current = mark;
  }

  const sections: Section[] = starts.map((mark, n) => {
    const next = starts[n + 1];
    const endToken = next ? next.start : tokens.length;
    const endLine = next ? next.line - 1 : lineCount;
    const body = withoutTitle(tokens, mark.end, endToken, title);
    return { role: mark.role, heading: mark.text, level: mark.level, headingLine: mark.line, startLine: mark.line + 1, endLine, tokens: body };
  });

  const firstStart = starts[0];
  const preambleTokens = withoutTitle(tokens, 0, firstStart ? firstStart.start : tokens.length, title);
  const preambleEnd = firstStart ? firstStart.line - 1 : lineCount;
  const preamble: Section = {
    role: 'other',
    heading: '',
    level: 0,
    headingLine: lineOf(preambleTokens, 0, bodyStartLine),
    startLine: bodyStartLine,
    endLine: preambleEnd,
    tokens: preambleTokens,
  };
  return { title: title ? { text: title.text, line: title.line } : null, preamble, sections };
}

function isTitleToken(title: HeadingMark | null, index: number): boolean {
  return title !== null && index >= title.start && index < title.end;
}

/** The tokens from `start` to `end` without the title's (filtered only when the title lies in that run). */
function withoutTitle(tokens: readonly Token[], start: number, end: number, title: HeadingMark | null): Token[] {
  const run = tokens.slice(start, end);
  if (title === null || title.end <= start || title.start >= end) return run;
  return run.filter((_, k) => !isTitleToken(title, start + k));
}
