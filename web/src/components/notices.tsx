/** Messages: errors announced to screen readers, and a quiet loading line. */
import type { ReactNode } from 'react';
import { ApiError } from '../api/http.js';

/** The field problems of an API error (`details: [{path, message}]`), as lines to show; none for other errors. */
function fieldProblems(error: unknown): string[] {
  if (!(error instanceof ApiError) || !Array.isArray(error.details)) return [];
  return error.details.flatMap((d: unknown) => {
    const { path, message } = (d ?? {}) as { path?: unknown; message?: unknown };
    return typeof message === 'string' ? [typeof path === 'string' && path !== '' ? `${path}: ${message}` : message] : [];
  });
}

/** An error message (role=alert), or nothing when there is none. */
export function ErrorNote({ error, children }: { error?: unknown; children?: ReactNode }) {
  if (error === undefined || error === null) return children === undefined ? null : <div className="note note-error" role="alert">{children}</div>;
  const message = error instanceof Error ? error.message : String(error);
  const problems = fieldProblems(error);
  return (
    <div className="note note-error" role="alert">
      {message}
      {problems.length === 0 ? null : (
        <ul>
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
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
