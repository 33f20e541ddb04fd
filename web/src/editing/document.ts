/** The editable document of a postmortem view, and the top-level fields two versions differ in. */
import type { Postmortem } from '../../../src/core/postmortem.schema.js';
import type { PostmortemView } from '../api/types.js';

/** A top-level field of the document. */
export type Field = keyof Postmortem;

/** The document part of a view (without version, derived metrics, members and timestamps). */
export function documentOf(view: PostmortemView): Postmortem {
  const { version: _version, derived: _derived, members: _members, createdAt: _createdAt, updatedAt: _updatedAt, ...doc } = view;
  return doc;
}

function same(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/** The top-level fields whose values differ between two documents. */
export function changedFields(from: Postmortem, to: Postmortem): Field[] {
  return (Object.keys(to) as Field[]).filter((field) => !same(from[field], to[field]));
}

/** A JSON merge patch that turns `from` into `to`: each changed top-level field, whole. */
export function mergePatch(from: Postmortem, to: Postmortem): Partial<Postmortem> {
  return Object.fromEntries(changedFields(from, to).map((field) => [field, to[field]]));
}

/** `onto` with the given fields taken from `source`. */
export function withFields(onto: Postmortem, source: Postmortem, fields: readonly Field[]): Postmortem {
  return { ...onto, ...Object.fromEntries(fields.map((field) => [field, source[field]])) };
}
