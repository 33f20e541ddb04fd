/**
 * The postmortem writes of the API that take more than one step: import, replace, merge-patch, restore. None of
 * them moves a postmortem along the review workflow: its status changes only through the transitions route, which
 * checks the order and the lint gate (workflow.ts).
 */
import { itemKeys } from '../core/action-item-keys.js';
import { completePostmortem } from '../core/complete-postmortem.js';
import { lineSpan, type Diagnostic } from '../core/document.js';
import { ConflictError, InputError } from '../core/errors.js';
import type { ActionItem, ActionStatus, Postmortem, Status } from '../core/postmortem.schema.js';
import { isFrozen, reopenHint } from '../core/status-flow.js';
import { parseDocument } from '../markdown/parse.js';
import type { Actor, Store, StoredPostmortem } from '../store/store.types.js';
import { applyMergePatch } from './merge-patch.js';
import { postmortemInputSchema, type PostmortemInput } from './postmortem-input.js';

/** The document an input describes, without its members and read-only fields. */
function documentOf(input: PostmortemInput): Postmortem {
  const { members: _members, version: _version, derived: _derived, createdAt: _createdAt, updatedAt: _updatedAt, ...fields } = input;
  return completePostmortem(fields);
}

/** The refusal to edit a final or published postmortem, naming the way out. */
export function frozenError(id: string, status: Status): ConflictError {
  return new ConflictError(`This postmortem is ${status} and cannot be edited: ${reopenHint(id)}.`, { status });
}

/** Every postmortem starts as a draft. */
const FIRST_STATUS: Status = 'draft';

/** How to move a postmortem along the workflow instead of writing its status. */
function transitionsHint(id: string, to: Status): string {
  return `POST /api/v1/postmortems/${id}/transitions {"to":"${to}"}`;
}

/**
 * Creates a postmortem from JSON input, defaults filled in (the store makes its creator a member). Sections left
 * out stay empty: the template's prompts are hints the editor shows, never content. It starts as a draft: any
 * other status is refused.
 */
export function createFromInput(store: Store, actor: Actor, input: PostmortemInput): Promise<StoredPostmortem> {
  const doc = documentOf(input);
  if (doc.status !== FIRST_STATUS) {
    const message = `must be ${FIRST_STATUS} or left out: a new postmortem starts as a draft, then moves along the review workflow (${transitionsHint(doc.id ?? '{id}', doc.status)})`;
    throw new InputError(`A new postmortem starts as a draft, not ${doc.status}.`, [{ path: 'status', message }]);
  }
  return store.createPostmortem(actor, doc, input.members ?? []);
}

/**
 * Creates a postmortem from a Markdown document in any shape the importer reads; answers what it could not read.
 * A status the document states is not kept (it starts as a draft), and that is among the answers.
 */
export async function createFromMarkdown(store: Store, actor: Actor, markdown: string): Promise<{ stored: StoredPostmortem; diagnostics: Diagnostic[] }> {
  const parsed = parseDocument(markdown);
  const { status } = parsed.postmortem;
  const stored = await store.createPostmortem(actor, { ...parsed.postmortem, status: FIRST_STATUS });
  if (status === FIRST_STATUS) return { stored, diagnostics: parsed.diagnostics };
  const statusNote: Diagnostic = {
    ruleId: 'meta/status',
    message: `The document says its status is ${status}; it was imported as a draft. Move it along the review workflow: ${transitionsHint(stored.id, status)}.`,
    span: parsed.spans.frontMatter ?? lineSpan(1),
  };
  return { stored, diagnostics: [statusNote, ...parsed.diagnostics] };
}

/** Stores `input` as the whole document in place of `current` if `version` is current; its status stays `current`'s. */
function storeReplacement(store: Store, actor: Actor, current: StoredPostmortem, version: number, input: PostmortemInput): Promise<StoredPostmortem> {
  const { id } = current;
  if (input.id !== undefined && input.id !== null && input.id !== id) {
    throw new InputError(`The id of a postmortem cannot change (the address says ${id}).`, [{ path: 'id', message: `must be ${id} or left out` }]);
  }
  const from = current.postmortem.status;
  // A stale version is the store's to answer (412), as below.
  if (isFrozen(from) && current.version === version) throw frozenError(id, from);
  const next = { ...documentOf(input.status === undefined || input.status === null ? { ...input, status: from } : input), id };
  // A stale version is the store's to answer (412): the status it was read with may be the one that moved on.
  if (next.status !== from && current.version === version) {
    throw new ConflictError(`The status of a postmortem changes only along the review workflow, which checks lint before final: ${transitionsHint(id, next.status)} (it is ${from}).`, { status: from });
  }
  if (current.version === version) {
    refuseNewVerifications(id, current.postmortem.actionItems, next.actionItems);
    refuseNewDeclines(id, current.postmortem.actionItems, next.actionItems);
  }
  return store.updatePostmortem(actor, id, version, next, input.members === undefined ? {} : { members: input.members });
}

/**
 * The position of the first item of `after` that has `status` and did not have it in `before` (an item is known by
 * its id, or its title where it has none: see action-item-keys.ts); -1 when there is none.
 */
function firstNewly(status: ActionStatus, before: readonly ActionItem[], after: readonly ActionItem[]): number {
  const had = new Set(itemKeys(before).filter((_, i) => before[i]?.status === status));
  const keys = itemKeys(after);
  return after.findIndex((item, i) => item.status === status && !had.has(keys[i] as string));
}

/**
 * ConflictError when an edit of the document would mark an item verified that was not: verification is someone
 * other than the owner saying, with evidence, that it works (…/verify), never a status typed in.
 */
function refuseNewVerifications(id: string, before: readonly ActionItem[], after: readonly ActionItem[], doing = ''): void {
  const index = firstNewly('verified', before, after);
  if (index < 0) return;
  const key = after[index]?.id ?? String(index);
  throw new ConflictError(
    `${doing}actionItems.${index}.status: an item is verified by someone other than its owner, with evidence that it works: POST /api/v1/postmortems/${id}/action-items/${key}/verify {"evidence": "…"} (once it is saved as done).`,
    [{ path: `actionItems.${index}.status`, message: 'verified only through …/verify' }],
  );
}

/**
 * InputError (422) when an edit of the document would decline an item that was not declined: won't do needs a reason,
 * and the document has no place for one (it is kept with the item's history and in the revision), so it is set with
 * PATCH …/action-items/{key}, as the action-items page and `debrief action-item status` do.
 */
function refuseNewDeclines(id: string, before: readonly ActionItem[], after: readonly ActionItem[], doing = ''): void {
  const index = firstNewly('wont_do', before, after);
  if (index < 0) return;
  const item = after[index] as ActionItem;
  const path = `actionItems.${index}.status`;
  const renamed = item.id === null ? ' (an item without an id is known by its title: a changed title makes it a new item)' : '';
  throw new InputError(
    `${doing}${path}: "${item.title}" is newly won't do, which needs a reason the document has no place for${renamed}. Save the document with its status as it was, then PATCH /api/v1/postmortems/${id}/action-items/${item.id ?? index} {"status":"wont_do","reason":"…"}.`,
    [{ path, message: 'won\u2019t do needs a reason: set it with PATCH …/action-items/{key} {"status":"wont_do","reason":"…"}' }],
  );
}

/** Replaces the whole document (what is left out is reset to its default, except the status, which is kept) if `version` is current. */
export async function replacePostmortem(store: Store, actor: Actor, id: string, version: number, input: PostmortemInput): Promise<StoredPostmortem> {
  return storeReplacement(store, actor, await store.getPostmortem(actor, id), version, input);
}

/** Applies an RFC 7396 merge patch to the document as GET shows it, checks the result, and stores it if `version` is current. */
export async function patchPostmortem(store: Store, actor: Actor, id: string, version: number, patch: unknown): Promise<StoredPostmortem> {
  const current = await store.getPostmortem(actor, id);
  const merged = applyMergePatch({ ...current.postmortem, members: current.members }, patch);
  return storeReplacement(store, actor, current, version, postmortemInputSchema.parse(merged));
}

/**
 * Makes an old revision the current document again (a new revision), if `version` is current. The status and the
 * restricted flag stay as they are now: restoring text must neither move the workflow nor lift a restriction.
 */
export async function restoreRevision(store: Store, actor: Actor, id: string, number: number, version: number): Promise<StoredPostmortem> {
  const [revision, current] = await Promise.all([store.getRevision(actor, id, number), store.getPostmortem(actor, id)]);
  const { status, restricted } = current.postmortem;
  if (current.version === version) {
    if (isFrozen(status)) throw frozenError(id, status);
    // An old revision brings back statuses whose evidence or reason was cleared since: they are set again as at first.
    const doing = `restoring revision ${number} (do this first, then restore): `;
    refuseNewVerifications(id, current.postmortem.actionItems, revision.postmortem.actionItems, doing);
    refuseNewDeclines(id, current.postmortem.actionItems, revision.postmortem.actionItems, doing);
  }
  return store.updatePostmortem(actor, id, version, { ...revision.postmortem, id, status, restricted }, { note: `restored revision ${number}` });
}
