/**
 * The prose of a document as rules scan it: source lines with fenced code, HTML comments,
 * front matter and over-long lines blanked, so positions stay true and no rule reads code.
 */
import type { ParsedDocument, SectionRole } from '../core/document.js';

/** Lines longer than this are not scanned by regex rules (bounded work on hostile input). */
export const MAX_SCANNED_LINE = 10_000;

const FENCE_OPEN = /^[\s>]*(`{3,}|~{3,})/;
const FENCE_CLOSE = /^[\s>]*(`{3,}|~{3,})\s*$/;

const cache = new WeakMap<ParsedDocument, readonly string[]>();

function blankComments(line: string, inComment: boolean): { text: string; inComment: boolean } {
  let out = '';
  let i = 0;
  let open = inComment;
  while (i < line.length) {
    if (open) {
      const end = line.indexOf('-->', i);
      const stop = end < 0 ? line.length : end + 3;
      out += ' '.repeat(stop - i);
      i = stop;
      open = end < 0;
    } else {
      const start = line.indexOf('<!--', i);
      const stop = start < 0 ? line.length : start;
      out += line.slice(i, stop);
      i = stop;
      open = start >= 0;
    }
  }
  return { text: out, inComment: open };
}

function computeProse(doc: ParsedDocument, lines: readonly string[]): string[] {
  const out = new Array<string>(lines.length);
  const fm = doc.spans.frontMatter;
  let fence: string | null = null;
  let inComment = false;
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n] ?? '';
    if ((fm && n + 1 >= fm.line && n + 1 <= fm.endLine) || line.length > MAX_SCANNED_LINE) {
      out[n] = '';
      continue;
    }
    if (fence !== null) {
      const close = FENCE_CLOSE.exec(line)?.[1];
      if (close && close[0] === fence[0] && close.length >= fence.length) fence = null;
      out[n] = '';
      continue;
    }
    if (!inComment) {
      const open = FENCE_OPEN.exec(line)?.[1];
      if (open) {
        fence = open;
        out[n] = '';
        continue;
      }
    }
    if (inComment || line.includes('<!--')) {
      const r = blankComments(line, inComment);
      out[n] = r.text;
      inComment = r.inComment;
    } else {
      out[n] = line;
    }
  }
  return out;
}

/** The document's lines with code, comments, front matter and over-long lines blanked (computed once per document). */
export function proseLines(doc: ParsedDocument, lines: readonly string[]): readonly string[] {
  let prose = cache.get(doc);
  if (!prose) {
    prose = computeProse(doc, lines);
    cache.set(doc, prose);
  }
  return prose;
}

/** Calls `visit` for every non-blank prose line in the bodies of sections with one of `roles` (all sections when null). */
export function forEachProseLine(
  doc: ParsedDocument,
  lines: readonly string[],
  roles: readonly SectionRole[] | null,
  visit: (text: string, line: number, role: SectionRole) => void,
): void {
  const prose = proseLines(doc, lines);
  for (const section of doc.sections) {
    if (roles !== null && !roles.includes(section.role)) continue;
    const last = Math.min(section.endLine, prose.length);
    for (let n = Math.max(section.startLine, 1); n <= last; n++) {
      const text = prose[n - 1];
      if (text) visit(text, n, section.role);
    }
  }
}
