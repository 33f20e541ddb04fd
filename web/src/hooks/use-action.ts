/** One thing a form or button does on the server: busy while it runs, and its error kept to show where it was asked for. */
import { useCallback, useState } from 'react';

interface Action {
  busy: boolean;
  error: unknown;
  /** Runs `work` (one at a time is up to the caller's disabled button); true when it succeeded. */
  run(work: () => Promise<void>): Promise<boolean>;
}

/** The state of one action. */
export function useAction(): Action {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const run = useCallback(async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
      return true;
    } catch (caught) {
      setError(caught);
      return false;
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, error, run };
}
