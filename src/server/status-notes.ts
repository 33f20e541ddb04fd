/** The revision notes of moves along the workflow: written when a postmortem changes status, read to find them again. */
import type { Status } from '../core/postmortem.schema.js';

/** The revision note of a move along the workflow ("status: final -> published"). */
export function statusNote(from: Status, to: Status): string {
  return `status: ${from} -> ${to}`;
}

/** The note of a reopening: the move and the reason given for it. */
export function reopenNote(from: Status, reason: string): string {
  return `${statusNote(from, 'draft')} (reopened: ${reason})`;
}

/** True for the note of a reopening of a final or published postmortem. */
export function isReopenNote(note: string): boolean {
  return note.startsWith(`${statusNote('final', 'draft')} (reopened: `) || note.startsWith(`${statusNote('published', 'draft')} (reopened: `);
}
