/**
 * The autosave engine of one postmortem: the last version the server confirmed, the user's draft on top of it,
 * a debounced PATCH with If-Match, and what happens when the server has moved on (412): changes to other
 * fields are merged in and announced, changes to the same fields stop autosave until the user decides.
 * Every edit is also kept in localStorage until the server has it.
 */
import { ApiError, OfflineError } from '../api/http.js';
import { getPostmortem, patchPostmortem } from '../api/postmortems.js';
import type { PostmortemView } from '../api/types.js';
import { changedFields, documentOf, mergePatch, withFields, type EditableDocument, type Field } from './document.js';
import { clearLocalDraft, readLocalDraft, writeLocalDraft } from './local-draft.js';

/** What the save indicator shows. */
export type SaveState = 'saved' | 'unsaved' | 'saving' | 'offline' | 'conflict' | 'error';

/** Someone else saved changes to fields this user has changed too. */
export interface Conflict {
  server: PostmortemView;
  /** The document this user's edits started from. */
  base: EditableDocument;
  /** Fields changed on the server since this user's version. */
  theirs: Field[];
  /** Fields both sides changed: autosave waits for the user's decision on them. */
  overlap: Field[];
}

export interface DraftSnapshot {
  /** The last version the server confirmed. */
  view: PostmortemView;
  /** What the user sees and edits. */
  draft: EditableDocument;
  save: SaveState;
  error: string | null;
  conflict: Conflict | null;
  /** Fields someone else changed that were merged into the draft (shown as a notice). */
  merged: Field[];
}

const RETRY_OFFLINE_MS = 4000;

/** The stores between start() and dispose(): the editors open now. */
const openStores = new Set<DraftStore>();

/** Saves what every open editor has pending and waits for it (before signing out, which would make those saves fail). */
export async function flushOpenDrafts(): Promise<void> {
  await Promise.all([...openStores].map((store) => store.flush()));
}

/** One open postmortem's draft and autosave. */
export class DraftStore {
  private snapshot: DraftSnapshot;
  private readonly listeners = new Set<() => void>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private inFlight: Promise<void> | null = null;
  /** Saves are only scheduled between start() and dispose(), so a store React creates and drops does no I/O. */
  private started = false;
  private readonly onOnline = () => void this.saveNow();

  constructor(
    private readonly id: string,
    view: PostmortemView,
    private readonly delayMs = 800,
  ) {
    this.snapshot = { view, draft: documentOf(view), save: 'saved', error: null, conflict: null, merged: [] };
    const kept = readLocalDraft(id);
    if (kept !== null && changedFields(kept.base, kept.draft).length > 0) this.reconcile(kept.base, view, kept.draft);
  }

  /** Starts saving (edits a reload left in localStorage first) and watching the network; safe again after dispose. */
  start(): void {
    this.started = true;
    openStores.add(this);
    window.addEventListener('online', this.onOnline);
    if (this.snapshot.save === 'unsaved') this.schedule(0);
  }

  /** For useSyncExternalStore. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** For useSyncExternalStore. */
  getSnapshot = (): DraftSnapshot => this.snapshot;

  /** Changes the draft; it is kept locally at once and saved after a pause in typing. */
  edit(recipe: (doc: EditableDocument) => EditableDocument): void {
    const draft = recipe(this.snapshot.draft);
    const conflicted = this.snapshot.conflict !== null;
    this.update({ draft, save: conflicted ? 'conflict' : 'unsaved', error: null });
    this.keepLocally();
    if (!conflicted) this.schedule(this.delayMs);
  }

  /** Saves what is pending now and waits for it (before a status change, a restore, leaving the page). */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    await this.saveNow();
    if (this.inFlight !== null) await this.inFlight;
  }

  /** Resolves a conflict by saving this user's version of the fields both changed (and keeping their other changes). */
  keepMine(): void {
    const conflict = this.snapshot.conflict;
    if (conflict === null) return;
    this.rebase(conflict.server, changedFields(conflict.base, this.snapshot.draft), conflict.theirs);
  }

  /** Resolves a conflict by taking the server's version of the fields both changed. */
  takeTheirs(): void {
    const conflict = this.snapshot.conflict;
    if (conflict === null) return;
    const mine = changedFields(conflict.base, this.snapshot.draft).filter((field) => !conflict.overlap.includes(field));
    this.rebase(conflict.server, mine, conflict.theirs);
  }

  /** Takes a newer server version made by this user (a status change, a restore), keeping unsaved edits. */
  adopt(view: PostmortemView): void {
    this.rebase(view, changedFields(documentOf(this.snapshot.view), this.snapshot.draft));
  }

  /** Hides the notice of merged changes. */
  dismissMerged(): void {
    this.update({ merged: [] });
  }

  /** Stops timers and listeners (the local draft stays). */
  dispose(): void {
    this.started = false;
    openStores.delete(this);
    clearTimeout(this.timer);
    window.removeEventListener('online', this.onOnline);
  }

  private update(changes: Partial<DraftSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...changes };
    this.listeners.forEach((listener) => listener());
  }

  /** Keeps the draft and the document it was made on (during a conflict, the one the edits started from). */
  private keepLocally(): void {
    const { view, draft, conflict } = this.snapshot;
    writeLocalDraft(this.id, { base: conflict?.base ?? documentOf(view), draft });
  }

  private schedule(ms: number): void {
    clearTimeout(this.timer);
    if (!this.started) return;
    this.timer = setTimeout(() => void this.saveNow(), ms);
  }

  /** Makes `server` the confirmed version with this user's `fields` on top; saves when anything is left to save. */
  private rebase(server: PostmortemView, fields: readonly Field[], merged: Field[] = this.snapshot.merged): void {
    const draft = withFields(documentOf(server), this.snapshot.draft, fields);
    this.update({ view: server, draft, conflict: null, merged, error: null, save: fields.length > 0 ? 'unsaved' : 'saved' });
    if (fields.length > 0) {
      this.keepLocally();
      this.schedule(0);
    } else {
      clearLocalDraft(this.id);
    }
  }

  /** The user's edits (`draft`, made on `base`) against what the server has now; the same change on both sides is no conflict. */
  private reconcile(base: EditableDocument, server: PostmortemView, draft: EditableDocument): void {
    const theirs = changedFields(base, documentOf(server));
    const mine = changedFields(base, draft);
    const differ = changedFields(documentOf(server), draft);
    const overlap = mine.filter((field) => theirs.includes(field) && differ.includes(field));
    this.update({ draft });
    if (overlap.length === 0) {
      this.rebase(server, mine, theirs);
    } else {
      this.update({ conflict: { server, base, theirs, overlap }, save: 'conflict' });
      this.keepLocally();
    }
  }

  private async saveNow(): Promise<void> {
    if (this.inFlight !== null || this.snapshot.conflict !== null) return;
    const { view, draft } = this.snapshot;
    const patch = mergePatch(documentOf(view), draft);
    if (Object.keys(patch).length === 0) {
      if (this.snapshot.save !== 'error') this.update({ save: 'saved' });
      clearLocalDraft(this.id);
      return;
    }
    this.update({ save: 'saving', error: null });
    this.inFlight = this.send(view, draft, patch).finally(() => {
      this.inFlight = null;
    });
    await this.inFlight;
  }

  private async send(view: PostmortemView, sent: EditableDocument, patch: Partial<EditableDocument>): Promise<void> {
    try {
      const saved = await patchPostmortem(this.id, view.version, patch);
      const typedSince = changedFields(sent, this.snapshot.draft);
      this.rebase(saved, typedSince);
    } catch (error) {
      await this.failed(error, view);
    }
  }

  private async failed(error: unknown, view: PostmortemView): Promise<void> {
    if (error instanceof OfflineError) {
      this.update({ save: 'offline' });
      this.schedule(RETRY_OFFLINE_MS);
    } else if (error instanceof ApiError && error.status === 412) {
      try {
        this.reconcile(documentOf(view), await getPostmortem(this.id), this.snapshot.draft);
      } catch (reloadError) {
        await this.failed(reloadError, view);
      }
    } else {
      this.update({ save: 'error', error: error instanceof Error ? error.message : String(error) });
    }
  }
}
