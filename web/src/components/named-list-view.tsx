/** An admin list under its form: what was done, what went wrong, then loading, the empty line or the table. */
import type { ReactNode } from 'react';
import { ErrorNote, Loading, StatusNote } from './notices.js';

interface NamedListViewProps<T> {
  items: T[] | null;
  /** Why the list could not be loaded, or why a removal failed. */
  error: unknown;
  loadError: unknown;
  done: string | null;
  /** "the teams": what is loading. */
  what: string;
  /** "No team yet.": the line for an empty list. */
  empty: string;
  /** The table of a list that has items. */
  children(items: T[]): ReactNode;
}

/** The notes and the list, in the order every admin list shows them. */
export function NamedListView<T>({ items, error, loadError, done, what, empty, children }: NamedListViewProps<T>) {
  return (
    <>
      <StatusNote message={done} />
      <ErrorNote error={loadError ?? error} />
      {items === null ? (loadError === null ? <Loading what={what} /> : null) : items.length === 0 ? <p className="empty">{empty}</p> : <div className="table-scroll">{children(items)}</div>}
    </>
  );
}
