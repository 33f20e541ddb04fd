/** Messages: errors announced to screen readers, and a quiet loading line. */
import type { ReactNode } from 'react';

/** An error message (role=alert), or nothing when there is none. */
export function ErrorNote({ error, children }: { error?: unknown; children?: ReactNode }) {
  if (error === undefined || error === null) return children === undefined ? null : <div className="note note-error" role="alert">{children}</div>;
  const message = error instanceof Error ? error.message : String(error);
  return (
    <div className="note note-error" role="alert">
      {message}
      {children}
    </div>
  );
}

/** A loading placeholder. */
export function Loading({ what }: { what: string }) {
  return (
    <p className="loading" role="status">
      Loading {what}…
    </p>
  );
}
