/** A section of a Markdown document as the extractors see it: markdown-it block tokens plus the source lines. */
import type Token from 'markdown-it/lib/token.mjs';
import type { Diagnostic, SectionInfo } from '../core/document.js';
import type { DateOrder, ZoneInfo } from '../core/time/index.js';

export interface Section extends SectionInfo {
  /** The markdown-it tokens of the body (subheadings that are not sections of their own included). */
  tokens: Token[];
}

/** What an extractor knows about the document around the section it reads. */
export interface ExtractContext {
  /** All source lines, 0-based (`lines[n - 1]` is line n). */
  lines: readonly string[];
  /** The incident date when the document states one (front matter, metadata, title, file name). */
  docDate: { year: number; month: number; day: number } | null;
  /** The time zone the document states for its times, if any (front matter, a sentence, a heading). */
  docZone: ZoneInfo | null;
  /** Day/month order inferred for this document from values above 12, null when nothing tells. */
  dateOrder: DateOrder | null;
  /** Problems found are pushed here (rule ids such as `timeline/unparsed-time`, `timeline/utc`). */
  diagnostics: Diagnostic[];
}
