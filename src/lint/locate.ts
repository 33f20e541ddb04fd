/** Where a finding points: a structured part's span, else its section's heading, else line 1. */
import type { ParsedDocument, SectionInfo, SectionRole, SourceSpan } from '../core/document.js';
import { lineSpan } from '../core/document.js';

/** The first section with one of these roles, or undefined. */
export function sectionWithRole(doc: ParsedDocument, roles: readonly SectionRole[]): SectionInfo | undefined {
  return doc.sections.find((s) => roles.includes(s.role));
}

/** The span of the first key present in `doc.spans`, else the heading of the first section with one of `roles`, else line 1. */
export function locate(doc: ParsedDocument, keys: readonly string[], roles: readonly SectionRole[] = []): SourceSpan {
  for (const key of keys) {
    const span = doc.spans[key];
    if (span) return span;
  }
  const section = sectionWithRole(doc, roles);
  return section ? lineSpan(section.headingLine) : lineSpan(1);
}

/** A span on one line from a 0-based match index and length (columns are 1-based, end exclusive). */
export function phraseSpan(line: number, index: number, length: number): SourceSpan {
  return { line, column: index + 1, endLine: line, endColumn: index + length + 1 };
}
