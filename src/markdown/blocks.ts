/** Reading the source text of a section's blocks: prose, list items, paragraphs. */
import type Token from 'markdown-it/lib/token.mjs';
import type { SourceSpan } from '../core/document.js';
import type { Section } from './section.js';

/** One piece of text taken from the source, with where it came from. */
export interface SourceText {
  text: string;
  span: SourceSpan;
}

const LIST_MARKER = /^\s*(?:[-*+]|\d{1,9}[.)])(?:\s+|$)(?:\[[ xX]\]\s+)?/;

/** The source of lines `from`..`to` (1-based, inclusive) with blank lines at both ends removed. */
export function sourceLines(lines: readonly string[], from: number, to: number): string {
  return lines.slice(Math.max(0, from - 1), Math.max(0, to)).join('\n').replace(/^(\s*\n)+/, '').trimEnd();
}

/** The prose of a section as written, trimmed. */
export function sectionText(section: Section, lines: readonly string[]): string {
  return sourceLines(lines, section.startLine, section.endLine).trim();
}

function spanOf(lines: readonly string[], from: number, to: number): SourceSpan {
  return { line: from, column: 1, endLine: to, endColumn: (lines[to - 1]?.length ?? 0) + 1 };
}

/** Removes the list marker from the first line and the item's indentation from the others. */
function itemText(lines: readonly string[], from: number, to: number): string {
  const first = lines[from - 1] ?? '';
  const marker = LIST_MARKER.exec(first);
  const width = marker ? marker[0].length : 0;
  const rest = lines.slice(from, to).map((l) => {
    const indent = /^ */.exec(l)?.[0].length ?? 0;
    return l.slice(Math.min(indent, width));
  });
  return [first.slice(width), ...rest].join('\n').trim();
}

/** The end line (1-based, inclusive) of a block that opens at `tokens[i]`, trailing blank lines dropped. */
function blockEnd(lines: readonly string[], token: Token): number {
  let end = token.map ? token.map[1] : 0;
  while (end > (token.map?.[0] ?? 0) + 1 && (lines[end - 1] ?? '').trim() === '') end--;
  return end;
}

/**
 * The items of a section: each item of its top-level lists and each other top-level block
 * (paragraph, table, code), in order. With `deep`, every list item at any depth is an item of its own
 * (its own lines only), for nested why-chains.
 */
export function sectionItems(section: Section, lines: readonly string[], deep = false): SourceText[] {
  const items: SourceText[] = [];
  const tokens = section.tokens;
  const base = tokens[0]?.level ?? 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token === undefined || token.map === null || token.nesting === -1) continue;
    if (token.type === 'list_item_open' && (deep || token.level === base + 1)) {
      const from = token.map[0] + 1;
      let to = blockEnd(lines, token);
      if (deep) to = ownLinesEnd(tokens, i, to);
      items.push({ text: itemText(lines, from, to), span: spanOf(lines, from, to) });
    } else if (token.level === base && token.type !== 'bullet_list_open' && token.type !== 'ordered_list_open' && token.type !== 'heading_open' && token.type !== 'html_block') {
      const from = token.map[0] + 1;
      const to = blockEnd(lines, token);
      const text = sourceLines(lines, from, to).trim();
      if (text !== '') items.push({ text, span: spanOf(lines, from, to) });
    }
  }
  return items;
}

/** The last line of a list item before its first nested list. */
function ownLinesEnd(tokens: readonly Token[], open: number, fallback: number): number {
  const level = tokens[open]?.level ?? 0;
  for (let j = open + 1; j < tokens.length; j++) {
    const t = tokens[j];
    if (t === undefined) break;
    if (t.type === 'list_item_close' && t.level === level) break;
    if ((t.type === 'bullet_list_open' || t.type === 'ordered_list_open') && t.map) return Math.max(t.map[0], (tokens[open]?.map?.[0] ?? 0) + 1);
  }
  return fallback;
}
