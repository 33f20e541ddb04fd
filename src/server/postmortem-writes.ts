/** The postmortem writes of the API that take more than one step: import, replace, merge-patch, restore. */
import { completePostmortem } from '../core/complete-postmortem.js';
import type { Diagnostic } from '../core/document.js';
import { InputError } from '../core/errors.js';
import type { Postmortem } from '../core/postmortem.schema.js';
import { parseDocument } from '../markdown/parse.js';
import { templateSections } from '../markdown/templates.js';
import type { Actor, Store, StoredPostmortem } from '../store/store.types.js';
import { applyMergePatch } from './merge-patch.js';
import { postmortemInputSchema, type PostmortemInput } from './postmortem-input.js';

/** The document an input describes, without its members and read-only fields. */
function documentOf(input: PostmortemInput): Postmortem {
  const { members: _members, version: _version, derived: _derived, createdAt: _createdAt, updatedAt: _updatedAt, ...fields } = input;
  return completePostmortem(fields);
}

/** The input fields that hold the body of a postmortem (its prose, lists, timeline and action items). */
const BODY_FIELDS = [
  'summary', 'whatHappened', 'impact', 'timeline', 'rootCause', 'whys', 'contributingFactors',
  'wentWell', 'wentPoorly', 'surprises', 'luckyBreaks', 'lessons', 'actionItems', 'otherSections',
] as const satisfies readonly (keyof PostmortemInput)[];

/**
 * Creates a postmortem from JSON input, defaults filled in (the store makes its creator a member). An input
 * with no body at all (only facts: title, severity, times…) gets the prompts of its kind's template, as
 * `debrief new` writes them.
 */
export function createFromInput(store: Store, actor: Actor, input: PostmortemInput): Promise<StoredPostmortem> {
  const doc = documentOf(input);
  const factsOnly = BODY_FIELDS.every((field) => input[field] === undefined);
  return store.createPostmortem(actor, factsOnly ? { ...doc, ...templateSections(doc.kind) } : doc, input.members ?? []);
}

/** Creates a postmortem from a Markdown document in any shape the importer reads; answers what it could not read. */
export async function createFromMarkdown(store: Store, actor: Actor, markdown: string): Promise<{ stored: StoredPostmortem; diagnostics: Diagnostic[] }> {
  const parsed = parseDocument(markdown);
  const stored = await store.createPostmortem(actor, parsed.postmortem);
  return { stored, diagnostics: parsed.diagnostics };
}

/** Replaces the whole document (what is left out is reset to its default) if `version` is current. */
export function replacePostmortem(store: Store, actor: Actor, id: string, version: number, input: PostmortemInput): Promise<StoredPostmortem> {
  if (input.id !== undefined && input.id !== null && input.id !== id) {
    throw new InputError(`The id of a postmortem cannot change (the address says ${id}).`, [{ path: 'id', message: `must be ${id} or left out` }]);
  }
  const next = { ...documentOf(input), id };
  return store.updatePostmortem(actor, id, version, next, input.members === undefined ? {} : { members: input.members });
}

/** Applies an RFC 7396 merge patch to the document as GET shows it, checks the result, and stores it if `version` is current. */
export async function patchPostmortem(store: Store, actor: Actor, id: string, version: number, patch: unknown): Promise<StoredPostmortem> {
  const current = await store.getPostmortem(actor, id);
  const merged = applyMergePatch({ ...current.postmortem, members: current.members }, patch);
  return replacePostmortem(store, actor, id, version, postmortemInputSchema.parse(merged));
}

/** Makes an old revision the current document again (a new revision), if `version` is current. */
export async function restoreRevision(store: Store, actor: Actor, id: string, number: number, version: number): Promise<StoredPostmortem> {
  const revision = await store.getRevision(actor, id, number);
  return store.updatePostmortem(actor, id, version, { ...revision.postmortem, id }, { note: `restored revision ${number}` });
}
