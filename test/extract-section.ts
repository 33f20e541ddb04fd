/** Test support: a section and extract context built from a Markdown text the way the document parser builds them. */
import type { CalendarDate, DateOrder, ZoneInfo } from '../src/core/time/index.js';
import { parseBlocks } from '../src/markdown/markdown-it.js';
import type { ExtractContext, Section } from '../src/markdown/section.js';

/** What the document around a section would tell the extractors. */
export interface SectionOptions {
  docDate?: CalendarDate | null;
  docZone?: ZoneInfo | null;
  dateOrder?: DateOrder | null;
}

/**
 * The section under the first heading whose text matches `heading` (its body runs to the next heading
 * of the same or a higher level), or the whole text as one section when `heading` is null.
 */
export function sectionOf(
  source: string,
  heading: RegExp | null = null,
  options: SectionOptions = {},
): { section: Section; ctx: ExtractContext } {
  const lines = source.split(/\r?\n/);
  const tokens = parseBlocks(source);
  const ctx: ExtractContext = {
    lines,
    docDate: options.docDate ?? null,
    docZone: options.docZone ?? null,
    dateOrder: options.dateOrder ?? null,
    diagnostics: [],
  };
  if (heading === null) {
    const section: Section = { role: 'other', heading: '', level: 0, headingLine: 1, startLine: 1, endLine: lines.length, tokens };
    return { section, ctx };
  }
  const open = tokens.findIndex((t, i) => t.type === 'heading_open' && heading.test(tokens[i + 1]?.content ?? ''));
  const headingToken = tokens[open];
  if (open < 0 || !headingToken?.map) throw new Error(`no heading matches ${String(heading)}`);
  const level = Number(headingToken.tag.slice(1));
  let close = tokens.findIndex((t, i) => i > open + 2 && t.type === 'heading_open' && Number(t.tag.slice(1)) <= level);
  if (close < 0) close = tokens.length;
  const headingLine = headingToken.map[0] + 1;
  const endLine = tokens[close]?.map?.[0] ?? lines.length;
  const section: Section = {
    role: 'other',
    heading: tokens[open + 1]?.content ?? '',
    level,
    headingLine,
    startLine: headingLine + 1,
    endLine,
    tokens: tokens.slice(open + 3, close),
  };
  return { section, ctx };
}
