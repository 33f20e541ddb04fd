/** A ParsedDocument built by hand for tests that must not depend on the parser. */
import type { Diagnostic, ParsedDocument, SectionInfo, SourceSpan } from '../src/core/document.js';
import type { Postmortem } from '../src/core/postmortem.schema.js';
import { emptyPostmortem } from '../src/core/postmortem.js';

/** A document whose source is `source`, with the given model changes, sections, spans and parser diagnostics. */
export function handDoc(
  source: string,
  parts: { pm?: Partial<Postmortem>; sections?: SectionInfo[]; spans?: Record<string, SourceSpan>; diagnostics?: Diagnostic[] } = {},
): ParsedDocument {
  return {
    postmortem: { ...emptyPostmortem(), ...parts.pm },
    source,
    format: 'debrief',
    sections: parts.sections ?? [],
    spans: parts.spans ?? {},
    diagnostics: parts.diagnostics ?? [],
  };
}
