/** Timelines written as list items and paragraphs: a line that starts with a time (or a date) opens an event. */
import { lineSpan } from '../../core/document.js';
import { childBlocks, inlineText, isList, joinLines, lastLine } from './blocks.js';
import type { Block } from './blocks.js';
import type { Stamp, TimelineReader } from './timeline-reader.js';

/**
 * Reads a list: one event per top-level item that starts with a time or date. Continuation lines of
 * the item's first paragraph belong to the event (pypi writes the text on the indented next line);
 * nested lists and code under an event are its details and are dropped. An item that is no event
 * (`- **March 4**`, `- Day 2`) sets the context for the lists nested under it, which are read as events.
 */
export function readTimelineList(list: Block, reader: TimelineReader, lines: readonly string[], end: number): void {
  for (const item of childBlocks(list)) {
    if (item.start >= end) break;
    const children = childBlocks(item);
    const paragraphs = children.filter((b) => b.type === 'paragraph');
    const first = paragraphs[0];
    if (!first) continue;
    const [head = '', ...more] = inlineText(first).split('\n');
    const stamp = reader.readLeading(head.trim());
    if (!stamp) {
      reader.noteContext(head.trim());
      for (const nested of children.filter(isList)) readTimelineList(nested, reader, lines, end);
      continue;
    }
    let text = joinLines([stamp.rest, ...more]);
    if (text === '' && stamp.dateOnly) {
      if (stamp.date) reader.setDate(stamp.date);
      continue;
    }
    if (text === '' && paragraphs[1]) text = joinLines(inlineText(paragraphs[1]).split('\n'));
    const line = item.start + 1;
    reader.addEvent(stamp, text, lineSpan(line, lastLine(item, lines)), line);
  }
}

interface OpenEvent {
  stamp: Stamp;
  text: string[];
  first: number;
  last: number;
  /** Still taking lines: within its own paragraph, or from the next one while it has no text yet. */
  accepting: boolean;
}

/**
 * Reads consecutive paragraphs (`2018-08-22, 03:26pm: …`, `_7/5/2023_` then `12:11 PM: …`,
 * `February 15, 2024: 7:56am UTC` with the text on the next line). Lines that do not start with a
 * time continue the open event; a date alone on its line sets the date for what follows.
 */
export class ParagraphTimeline {
  private open: OpenEvent | null = null;

  constructor(
    private readonly reader: TimelineReader,
    /** 0-based line index where reading stops. */
    private readonly end: number,
  ) {}

  /** Reads one paragraph block. */
  paragraph(block: Block): void {
    inlineText(block)
      .split('\n')
      .slice(0, Math.max(0, this.end - block.start))
      .forEach((raw, i) => this.line(raw.trim(), block.start + i + 1));
    const open = this.open;
    if (!open) return;
    open.accepting = open.text.length === 0 && !open.stamp.dateOnly;
    if (!open.accepting) this.flush();
  }

  private line(text: string, lineNo: number): void {
    const stamp = this.reader.readLeading(text);
    if (stamp) {
      this.flush();
      this.open = { stamp, text: stamp.rest === '' ? [] : [stamp.rest], first: lineNo, last: lineNo, accepting: true };
    } else if (this.open?.accepting) {
      this.open.text.push(text);
      this.open.last = lineNo;
    } else {
      this.flush();
      this.reader.noteContext(text);
    }
  }

  /** Turns the open event, if any, into an event (a lone date only sets the date). */
  flush(): void {
    const open = this.open;
    this.open = null;
    if (!open) return;
    const text = joinLines(open.text);
    if (text === '' && open.stamp.dateOnly) {
      if (open.stamp.date) this.reader.setDate(open.stamp.date);
      return;
    }
    this.reader.addEvent(open.stamp, text, lineSpan(open.first, open.last), open.first);
  }
}
