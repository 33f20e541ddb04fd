/** Revisions: which top-level fields a change touched, and the mapping between revision rows and the domain. */
import type { Postmortem } from '../core/postmortem.schema.js';
import type { Actor, Revision, RevisionInfo } from './store.types.js';
import type { RevisionTable } from './tables.js';

/** The top-level fields whose values differ (in the order of the document). */
export function changedFields(before: Postmortem, after: Postmortem): string[] {
  const keys = Object.keys(after) as (keyof Postmortem)[];
  return keys.filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
}

/** The note of a change when the caller gave none: the status move, if any, else `updated`. */
export function defaultNote(before: Postmortem, after: Postmortem): string {
  return before.status === after.status ? 'updated' : `status: ${before.status} -> ${after.status}`;
}

/** The row recording that `actor` made `document` version `number` of postmortem `id`. */
export function revisionRow(
  id: string,
  number: number,
  actor: Actor,
  at: string,
  change: { changed: string[]; note: string; document: Postmortem },
): RevisionTable {
  return {
    postmortem_id: id,
    number,
    at,
    user_id: actor.userId,
    user_email: actor.email.toLowerCase(),
    changed: JSON.stringify(change.changed),
    note: change.note,
    document: JSON.stringify(change.document),
  };
}

/** A revision row as the domain sees it; with the full document when the row has it. */
export function revisionOf(row: RevisionTable): Revision;
export function revisionOf(row: Omit<RevisionTable, 'document'>): RevisionInfo;
export function revisionOf(row: Omit<RevisionTable, 'document'> & { document?: string }): RevisionInfo | Revision {
  const info: RevisionInfo = {
    number: row.number,
    at: row.at,
    by: { userId: row.user_id, email: row.user_email },
    changed: JSON.parse(row.changed) as string[],
    note: row.note,
  };
  return row.document === undefined ? info : { ...info, postmortem: JSON.parse(row.document) as Postmortem };
}
