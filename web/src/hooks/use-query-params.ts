/** Page state kept in the address's query string, so filters survive reloads and can be shared. */
import { useCallback } from 'react';
import { navigate, useLocation } from '../routing/router.js';

/** The query parameters named in `keys`, and a setter that replaces the address (no new history entry). */
export function useQueryParams<K extends string>(keys: readonly K[]): [Record<K, string>, (changes: Partial<Record<K, string>>) => void] {
  const location = useLocation();
  const values = Object.fromEntries(keys.map((key) => [key, location.searchParams.get(key) ?? ''])) as Record<K, string>;
  const set = useCallback((changes: Partial<Record<K, string>>) => {
    const search = new URLSearchParams(window.location.search);
    for (const [key, value] of Object.entries(changes) as [string, string | undefined][]) {
      if (value === undefined || value === '') search.delete(key);
      else search.set(key, value);
    }
    const text = search.toString();
    navigate(`${window.location.pathname}${text === '' ? '' : `?${text}`}`, { replace: true });
  }, []);
  return [values, set];
}
