/** What a panel reads from the API for a postmortem: loaded again when its keys change, the last load aborted. */
import { useEffect, useState } from 'react';

/**
 * The answer of `load` (null until the first arrives) and the error of the last load (null when it succeeded), loaded
 * again whenever one of `keys` changes (an id, a version); a load superseded or unmounted is aborted and ignored.
 */
export function useLoaded<T>(load: (signal: AbortSignal) => Promise<T>, keys: readonly unknown[]): { value: T | null; error: unknown } {
  const [value, setValue] = useState<T | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    const abort = new AbortController();
    load(abort.signal).then(
      (loaded) => {
        if (abort.signal.aborted) return;
        setValue(loaded);
        setError(null);
      },
      (caught: unknown) => {
        if (!abort.signal.aborted) setError(caught);
      },
    );
    return () => abort.abort();
    // The keys say when to load again; `load` is a new function at every render.
  }, keys);
  return { value, error };
}
