/** The autosave indicator (saved / saving / offline…), and the notices about other people's changes. */
import type { DraftSnapshot, SaveState } from '../../editing/draft-store.js';
import type { DraftStore } from '../../editing/draft-store.js';

const WORDS: Record<SaveState, string> = {
  saved: 'All changes saved',
  unsaved: 'Unsaved changes…',
  saving: 'Saving…',
  offline: 'Offline — kept on this device, will save when back',
  conflict: 'Not saved — someone else changed this too',
  error: 'Not saved',
};

/** The indicator, announced politely to screen readers. */
export function SaveIndicator({ snapshot }: { snapshot: DraftSnapshot }) {
  return (
    <p className={`save-indicator save-${snapshot.save}`} role="status" data-save-state={snapshot.save}>
      {WORDS[snapshot.save]}
      {snapshot.error === null ? null : `: ${snapshot.error}`}
    </p>
  );
}

function FieldComparison({ field, theirs, mine }: { field: string; theirs: unknown; mine: unknown }) {
  const show = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value, null, 2));
  return (
    <div className="comparison">
      <h3>{field}</h3>
      <div className="comparison-sides">
        <div>
          <h4>Theirs (saved on the server)</h4>
          <pre data-testid={`theirs-${field}`}>{show(theirs)}</pre>
        </div>
        <div>
          <h4>Yours (not saved yet)</h4>
          <pre data-testid={`mine-${field}`}>{show(mine)}</pre>
        </div>
      </div>
    </div>
  );
}

/** What someone else changed, and the choice to make when they changed the same fields as this user. */
export function ConflictNotices({ snapshot, store }: { snapshot: DraftSnapshot; store: DraftStore }) {
  const { conflict, merged, draft } = snapshot;
  return (
    <>
      {conflict === null ? null : (
        <section className="conflict" role="alert" aria-labelledby="conflict-title">
          <h2 id="conflict-title">Someone else saved changes while you were editing</h2>
          <p>
            They changed: <strong>{conflict.theirs.join(', ')}</strong>. You changed some of the same fields, so nothing has been overwritten: your text is still in the
            editor and kept on this device. Choose what to keep.
          </p>
          {conflict.overlap.map((field) => (
            <FieldComparison key={field} field={field} theirs={conflict.server[field]} mine={draft[field]} />
          ))}
          <div className="section-actions">
            <button type="button" className="button-primary" onClick={() => store.keepMine()}>
              Keep mine (save my version of {conflict.overlap.join(', ')})
            </button>
            <button type="button" onClick={() => store.takeTheirs()}>
              Take theirs for {conflict.overlap.join(', ')}
            </button>
          </div>
        </section>
      )}
      {merged.length === 0 ? null : (
        <div className="note" role="status">
          Someone else changed <strong>{merged.join(', ')}</strong>; their changes are merged in with yours.{' '}
          <button type="button" className="button-quiet" onClick={() => store.dismissMerged()}>
            Dismiss
          </button>
        </div>
      )}
    </>
  );
}
