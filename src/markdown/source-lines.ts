/** The lines of a parsed document's source, split once by the parser and shared with the linter. */
import type { ParsedDocument } from '../core/document.js';

const LINE_BREAK = /\r?\n/;
const split = new WeakMap<ParsedDocument, readonly string[]>();

/** Splits a source into lines the way the parser and every rule count them. */
export function splitLines(source: string): string[] {
  return source.includes('\r') ? source.split(LINE_BREAK) : source.split('\n');
}

/** Records the lines the parser split `doc.source` into, so that later readers need not split again. */
export function rememberLines(doc: ParsedDocument, lines: readonly string[]): void {
  split.set(doc, lines);
}

/** The lines of `doc.source`: the parser's own when it recorded them, else split now. */
export function sourceLines(doc: ParsedDocument): readonly string[] {
  return split.get(doc) ?? splitLines(doc.source);
}
