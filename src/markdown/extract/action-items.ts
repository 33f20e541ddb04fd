/** Extracting action items from an action-items section: tables, lists (with horizon subheadings) or plain paragraphs. */
import { lineSpan } from '../../core/document.js';
import type { SourceSpan } from '../../core/document.js';
import type { ActionItem } from '../../core/postmortem.schema.js';
import type { ExtractContext, Section } from '../section.js';
import { applyHorizon, foldLabelledLine, horizonOf, NO_HORIZON, parseItemText } from './action-text.js';
import type { Horizon } from './action-text.js';
import { readActionTable } from './action-table.js';
import { childBlocks, inlineText, isList, joinLines, lastLine, readableEnd, splitBlocks } from './blocks.js';
import type { Block } from './blocks.js';

/** What extractActionItems returns: items, where each came from, and where each owner is written (null when none). */
export interface ExtractedActionItems {
  items: ActionItem[];
  spans: SourceSpan[];
  ownerSpans: (SourceSpan | null)[];
}

/** Where a text is written within lines from..to (1-based), as a span; the first line when it is not found verbatim. */
function locate(lines: readonly string[], from: number, to: number, needle: string): SourceSpan {
  for (let n = from; n <= to; n++) {
    const index = (lines[n - 1] ?? '').indexOf(needle);
    if (index >= 0) return { line: n, column: index + 1, endLine: n, endColumn: index + needle.length + 1 };
  }
  return lineSpan(from);
}

/** Lines of a paragraph that each read as an item of their own: every line starts with a capital or a digit. */
function itemLines(text: string): string[] {
  const lines = text.split('\n').map((l) => l.trim());
  return lines.length > 1 && lines.every((l) => /^[\p{Lu}\d]/u.test(l)) ? lines : [joinLines(lines)];
}

class Collector {
  readonly result: ExtractedActionItems = { items: [], spans: [], ownerSpans: [] };

  constructor(
    private readonly lines: readonly string[],
    /** 0-based line index where reading stops. */
    private readonly end: number,
  ) {}

  add(item: ActionItem, span: SourceSpan, horizon: Horizon, ownerSpan?: SourceSpan | null): void {
    applyHorizon(item, horizon);
    this.result.items.push(item);
    this.result.spans.push(span);
    const owner = item.owner;
    this.result.ownerSpans.push(
      ownerSpan !== undefined ? ownerSpan : owner === null ? null : locate(this.lines, span.line, span.endLine, owner),
    );
  }

  /** One item per top-level list item; labelled sub-bullets fill fields, other sub-bullets are ignored. */
  list(block: Block, horizon: Horizon): void {
    for (const entry of childBlocks(block)) {
      if (entry.start >= this.end) break;
      const children = childBlocks(entry);
      const first = children.find((b) => b.type === 'paragraph');
      if (!first) continue;
      const item = parseItemText(joinLines(inlineText(first).split('\n')));
      if (item.title === '') continue;
      for (const sublist of children.filter(isList)) {
        for (const sub of childBlocks(sublist)) {
          const para = childBlocks(sub).find((b) => b.type === 'paragraph');
          if (para) foldLabelledLine(item, joinLines(inlineText(para).split('\n')));
        }
      }
      this.add(item, lineSpan(entry.start + 1, lastLine(entry, this.lines)), horizon);
    }
  }

  /** Items written as prose: one per paragraph, or one per line when every line reads as a sentence of its own. */
  paragraph(block: Block, horizon: Horizon): void {
    const text = inlineText(block).split('\n').slice(0, Math.max(0, this.end - block.start)).join('\n');
    const lines = itemLines(text);
    lines.forEach((line, i) => {
      const item = parseItemText(line);
      if (item.title === '') return;
      const span = lines.length > 1 ? lineSpan(block.start + i + 1) : lineSpan(block.start + 1, lastLine(block, this.lines));
      this.add(item, span, horizon);
    });
  }
}

/**
 * The action items of a section and where each (and its owner) came from. Tables and lists are read
 * when there are any, else each paragraph is an item; subheadings such as `Immediate Actions
 * (Completed)` or `Long-term (Target: Q4 2025)` set the status or due date of the items under them.
 */
export function extractActionItems(section: Section, ctx: ExtractContext): ExtractedActionItems {
  const end = readableEnd(section);
  const collector = new Collector(ctx.lines, end);
  const blocks = splitBlocks(section.tokens).filter((b) => b.start < end);
  const structured = blocks.some((b) => isList(b) || b.type === 'table');
  let horizon = NO_HORIZON;
  for (const block of blocks) {
    if (block.type === 'heading') horizon = horizonOf(inlineText(block));
    else if (block.type === 'table') {
      for (const found of readActionTable(block, ctx.lines, end)) collector.add(found.item, found.span, horizon, found.ownerSpan);
    } else if (isList(block)) collector.list(block, horizon);
    else if (block.type === 'paragraph' && !structured) collector.paragraph(block, horizon);
  }
  return collector.result;
}
