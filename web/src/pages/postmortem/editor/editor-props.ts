/** What every section editor is given: the draft, a way to change it, and the findings. */
import type { EditableDocument } from '../../../editing/document.js';
import type { PlacedFinding } from '../use-lint.js';

export interface EditorProps {
  draft: EditableDocument;
  edit(recipe: (doc: EditableDocument) => EditableDocument): void;
  findings: readonly PlacedFinding[];
}

/** A recipe that sets one top-level field. */
export function setField<K extends keyof EditableDocument>(key: K, value: EditableDocument[K]): (doc: EditableDocument) => EditableDocument {
  return (doc) => ({ ...doc, [key]: value });
}

/** A copy of `items` with the one at `index` replaced by `change(item)`. */
export function replaceAt<T>(items: readonly T[], index: number, change: (item: T) => T): T[] {
  return items.map((item, i) => (i === index ? change(item) : item));
}

/** A copy of `items` without the one at `index`. */
export function removeAt<T>(items: readonly T[], index: number): T[] {
  return items.filter((_, i) => i !== index);
}

/** A copy of `items` with the one at `index` moved by `by` places (clamped). */
export function moveBy<T>(items: readonly T[], index: number, by: number): T[] {
  const to = Math.max(0, Math.min(items.length - 1, index + by));
  const copy = [...items];
  const [item] = copy.splice(index, 1);
  if (item !== undefined) copy.splice(to, 0, item);
  return copy;
}

/** A text field's value for an optional field: null when it is blank. */
export function orNull(text: string): string | null {
  return text.trim() === '' ? null : text;
}
