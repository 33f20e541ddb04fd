/** How findings on action items name and locate the item they are about. */
import { spanKey, type ParsedDocument, type SourceSpan } from '../core/document.js';
import type { ActionItem } from '../core/postmortem.schema.js';
import { locate } from './locate.js';
import { quote } from './quote.js';

/** `Action item AI-3 "Add a canary stage"` (or `Action item 3 …` when it has no id). */
export function itemLabel(item: ActionItem, index: number): string {
  return `Action item ${item.id ?? String(index + 1)} ${quote(item.title, 50)}`;
}

/** Where an item's field is written (`owner`, `due`…), else the item's row, else the action-items heading. */
export function itemSpan(doc: ParsedDocument, index: number, field?: string): SourceSpan {
  const fieldSpan = field ? doc.spans[spanKey('actionItems', index, `.${field}`)] : undefined;
  return fieldSpan ?? doc.spans[spanKey('actionItems', index)] ?? locate(doc, ['actionItemsSection'], ['actionItems']);
}
