/** Extracting timeline events from a timeline section, whatever its layout (tables, lists, dated paragraphs, our own table). */
import type { SourceSpan } from '../../core/document.js';
import type { TimelineEvent } from '../../core/postmortem.schema.js';
import type { ExtractContext, Section } from '../section.js';
import { inlineText, isList, readableEnd, splitBlocks } from './blocks.js';
import { TimelineReader } from './timeline-reader.js';
import { readTimelineTable } from './timeline-table.js';
import { ParagraphTimeline, readTimelineList } from './timeline-text.js';

/**
 * The events of a timeline section and where each came from (spans[i] for events[i]). Problems
 * (unreadable times, times not in UTC or with no zone) are pushed to ctx.diagnostics.
 */
export function extractTimeline(section: Section, ctx: ExtractContext): { events: TimelineEvent[]; spans: SourceSpan[] } {
  const reader = new TimelineReader(ctx, section.heading);
  const end = readableEnd(section);
  const paragraphs = new ParagraphTimeline(reader, end);
  for (const block of splitBlocks(section.tokens)) {
    if (block.start >= end) break;
    if (block.type !== 'paragraph') paragraphs.flush();
    if (block.type === 'paragraph') paragraphs.paragraph(block);
    else if (block.type === 'table') readTimelineTable(block, reader, ctx.lines, end);
    else if (isList(block)) readTimelineList(block, reader, ctx.lines, end);
    else if (block.type === 'heading') reader.noteContext(inlineText(block), true);
  }
  paragraphs.flush();
  return { events: reader.events, spans: reader.spans };
}
