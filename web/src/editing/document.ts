/** The editable part of a postmortem view, and the top-level fields two versions differ in. */
import type { Postmortem } from '../../../src/core/postmortem.schema.js';
import type { PostmortemView } from '../api/types.js';

/** What the editor edits and autosaves: the document, and who may see it while it is restricted. */
export type EditableDocument = Postmortem & { members: string[] };

/** A top-level field of the editable document. */
export type Field = keyof EditableDocument;

/** The editable part of a view (without version, derived metrics and timestamps). */
export function documentOf(view: PostmortemView): EditableDocument {
  const { version: _version, derived: _derived, createdAt: _createdAt, updatedAt: _updatedAt, ...doc } = view;
  return doc;
}

function same(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/** The top-level fields whose values differ between two documents (a field one of them lacks counts as differing). */
export function changedFields<D extends Postmortem>(from: D, to: D): (keyof D & string)[] {
  return (Object.keys(to) as (keyof D & string)[]).filter((field) => !same(from[field], to[field]));
}

/** A JSON merge patch that turns `from` into `to`: each changed top-level field, whole. */
export function mergePatch(from: EditableDocument, to: EditableDocument): Partial<EditableDocument> {
  return Object.fromEntries(changedFields(from, to).map((field) => [field, to[field]]));
}

/** `onto` with the given fields taken from `source`. */
export function withFields(onto: EditableDocument, source: EditableDocument, fields: readonly Field[]): EditableDocument {
  return { ...onto, ...Object.fromEntries(fields.map((field) => [field, source[field]])) };
}
