/** Messages: errors announced to screen readers, and a quiet loading line. */
import type { ReactNode } from 'react';
import { ApiError } from '../api/http.js';

/** One field problem of an API error. */
interface FieldProblem {
  path: string;
  message: string;
}

/** The field problems of an API error (`details: [{path, message}]`); none for other errors. */
function fieldProblems(error: unknown): FieldProblem[] {
  if (!(error instanceof ApiError) || !Array.isArray(error.details)) return [];
  return error.details.flatMap((d: unknown) => {
    const { path, message } = (d ?? {}) as { path?: unknown; message?: unknown };
    return typeof message === 'string' ? [{ path: typeof path === 'string' ? path : '', message }] : [];
  });
}

/** True when a problem at `path` is about one of `fields`: the field itself or a part of it (`services.0` of `services`). */
function isAbout(path: string, fields: readonly string[]): boolean {
  return fields.some((field) => path === field || path.startsWith(`${field}.`));
}

/** What an API error says about one of `paths` or a part of it (the first found), to show beside that field; undefined when nothing. */
export function fieldError(error: unknown, ...paths: string[]): string | undefined {
  return fieldProblems(error).find((problem) => isAbout(problem.path, paths))?.message;
}

/** What an API error says about a list field (comma-separated values), naming the item it is about: "“bob”: expected an e-mail address". */
export function listFieldError(error: unknown, path: string, values: readonly string[]): string | undefined {
  const problem = fieldProblems(error).find((p) => isAbout(p.path, [path]));
  if (problem === undefined) return undefined;
  const item = values[Number(problem.path.slice(path.length + 1))];
  return problem.path === path || item === undefined ? problem.message : `“${item}”: ${problem.message}`;
}

/**
 * An error message (role=alert), or nothing when there is none. The problems of the fields named in `beside` are
 * left out: the form shows them beside those fields (with `fieldError`), and when that is all there is, so is this.
 */
export function ErrorNote({ error, beside = [], children }: { error?: unknown; beside?: readonly string[]; children?: ReactNode }) {
  if (error === undefined || error === null) return children === undefined ? null : <div className="note note-error" role="alert">{children}</div>;
  const all = fieldProblems(error);
  const problems = all.filter((problem) => !isAbout(problem.path, beside));
  if (all.length > 0 && problems.length === 0 && children === undefined) return null;
  const message = error instanceof Error ? error.message : String(error);
  return (
    <div className="note note-error" role="alert">
      {message}
      {problems.length === 0 ? null : (
        <ul>
          {problems.map(({ path, message: problem }) => (
            <li key={`${path}: ${problem}`}>{path === '' ? problem : `${path}: ${problem}`}</li>
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

/** A live region for what just succeeded ("Password changed."): always present, so that screen readers announce each new message. */
export function StatusNote({ message }: { message: string | null }) {
  return (
    <div role="status" className="status-note">
      {message === null ? null : <p className="note note-ok">{message}</p>}
    </div>
  );
}
