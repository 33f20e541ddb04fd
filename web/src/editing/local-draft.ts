/** Unsaved edits kept in localStorage, so a reload or a crash never loses typing. */
import type { EditableDocument } from './document.js';

/** What is kept per postmortem: the document the edits started from, and the edits. */
export interface LocalDraft {
  base: EditableDocument;
  draft: EditableDocument;
}

function keyOf(id: string): string {
  return `debrief:draft:${id}`;
}

/** The kept draft of a postmortem, or null. */
export function readLocalDraft(id: string): LocalDraft | null {
  try {
    const text = window.localStorage.getItem(keyOf(id));
    return text === null ? null : (JSON.parse(text) as LocalDraft);
  } catch {
    return null;
  }
}

/** Keeps the draft (best effort: a full or disabled storage only loses the safety net). */
export function writeLocalDraft(id: string, draft: LocalDraft): void {
  try {
    window.localStorage.setItem(keyOf(id), JSON.stringify(draft));
  } catch {
    // Storage full or disabled: the server copy and the autosave still work.
  }
}

/** Forgets the kept draft once everything is saved. */
export function clearLocalDraft(id: string): void {
  try {
    window.localStorage.removeItem(keyOf(id));
  } catch {
    // Nothing to clean up when storage is unavailable.
  }
}
