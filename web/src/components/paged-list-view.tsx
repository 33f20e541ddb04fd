/** A list read a page at a time: how many are shown, any error, the items (or a line saying there are none), and Load more. */
import type { ReactNode } from 'react';
import type { PagedList } from '../hooks/use-paged-list.js';
import { ErrorNote, Loading } from './notices.js';

interface PagedListViewProps<T> {
  list: PagedList<T>;
  /** What the empty line says when nothing matches. */
  empty: string;
  /** The items, e.g. as a table (called only when there are some). */
  children(items: T[]): ReactNode;
}

/** The count (a live status), the error, the items and the Load more button of `list`. */
export function PagedListView<T>({ list, empty, children }: PagedListViewProps<T>) {
  return (
    <>
      <p role="status" className="list-count">
        {list.loading ? 'Loading…' : `${list.items.length} shown${list.hasMore ? ', more below' : ''}`}
      </p>
      <ErrorNote error={list.error} />
      {list.items.length > 0 ? children(list.items) : list.loading || list.error ? null : <p className="empty">{empty}</p>}
      {list.loading && list.items.length > 0 ? <Loading what="more" /> : null}
      {list.hasMore && !list.loading ? (
        <button type="button" className="load-more" onClick={list.loadMore}>
          Load more
        </button>
      ) : null}
    </>
  );
}
