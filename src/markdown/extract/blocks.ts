/** Walking markdown-it block tokens as a tree of blocks (paragraphs, lists, list items, tables, headings). */
import type Token from 'markdown-it/lib/token.mjs';
import type { Section } from '../section.js';

/** Lines of a section beyond this many are not read. */
export const MAX_SECTION_LINES = 5_000;

/** The 1-based last line of a section that extractors read. */
export function readableEnd(section: Section): number {
  return Math.min(section.endLine, section.startLine + MAX_SECTION_LINES - 1);
}

/** One block: its opening token's type without `_open`, its tokens (open to close) and its 0-based line range. */
export interface Block {
  type: string;
  tokens: Token[];
  /** 0-based first line, as in markdown-it's `map`. */
  start: number;
  /** 0-based line after the last one. */
  end: number;
}

/** Splits a flat token run (`tokens[from..to)`) into its top-level blocks; tokens without a line map are skipped. */
export function splitBlocks(tokens: readonly Token[], from = 0, to = tokens.length): Block[] {
  const blocks: Block[] = [];
  let i = from;
  while (i < to) {
    const open = tokens[i] as Token;
    let j = i;
    if (open.nesting === 1) {
      let depth = 0;
      for (; j < to; j++) {
        depth += (tokens[j] as Token).nesting;
        if (depth === 0) break;
      }
    }
    if (open.nesting !== -1 && open.map) {
      blocks.push({
        type: open.type.endsWith('_open') ? open.type.slice(0, -'_open'.length) : open.type,
        tokens: tokens.slice(i, Math.min(j + 1, to)),
        start: open.map[0],
        end: open.map[1],
      });
    }
    i = j + 1;
  }
  return blocks;
}

/** The blocks inside a container block (a list's items, an item's paragraphs and sublists). */
export function childBlocks(block: Block): Block[] {
  return splitBlocks(block.tokens, 1, block.tokens.length - 1);
}

/** The raw inline source of a paragraph or heading block ('' for other blocks). */
export function inlineText(block: Block): string {
  const inline = block.tokens[1];
  return inline && inline.type === 'inline' ? inline.content : '';
}

/** Source lines joined into one line of text: each trimmed, blank ones dropped. */
export function joinLines(lines: readonly string[]): string {
  return lines
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .join(' ');
}

/** True for bullet and ordered lists. */
export function isList(block: Block): boolean {
  return block.type === 'bullet_list' || block.type === 'ordered_list';
}

/** 1-based last line of a block, ignoring the blank lines markdown-it counts into list items. */
export function lastLine(block: Block, lines: readonly string[]): number {
  let end = block.end;
  while (end > block.start + 1 && (lines[end - 1] ?? '').trim() === '') end--;
  return end;
}
