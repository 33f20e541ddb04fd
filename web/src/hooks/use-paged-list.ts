/** A list read page by page through the API's cursor, restarting whenever its filter changes. */
import { useCallback, useEffect, useState } from 'react';
import type { Page } from '../api/types.js';

/** The items read so far, whether a page is on its way, its error, and how to read the next. */
export interface PagedList<T> {
  items: T[];
  loading: boolean;
  error: unknown;
  hasMore: boolean;
  loadMore(): void;
}

/** Loads the first page for `key` (any change restarts), then more on request. */
export function usePagedList<T>(key: string, fetchPage: (cursor: string | null) => Promise<Page<T>>): PagedList<T> {
  const [state, setState] = useState<{ key: string; items: T[]; next: string | null; loading: boolean; error: unknown }>({
    key,
    items: [],
    next: null,
    loading: true,
    error: null,
  });

  const load = useCallback(
    (cursor: string | null, append: boolean) => {
      setState((s) => ({ ...s, key, loading: true, error: null, items: append ? s.items : [] }));
      fetchPage(cursor).then(
        (page) => setState((s) => (s.key !== key ? s : { key, items: append ? [...s.items, ...page.items] : page.items, next: page.nextCursor, loading: false, error: null })),
        (error: unknown) => setState((s) => (s.key !== key ? s : { ...s, loading: false, error })),
      );
    },
    // Callers rebuild fetchPage on every render; `key` names what it fetches, so it alone restarts the list.
    [key],
  );

  useEffect(() => load(null, false), [load]);

  return {
    items: state.items,
    loading: state.loading,
    error: state.error,
    hasMore: state.next !== null,
    loadMore: () => load(state.next, true),
  };
}
