/** The last published revision of a postmortem that is being revised again (null while published, or never published). */
import { useEffect, useState } from 'react';
import type { Status } from '../../../../src/core/postmortem.schema.js';
import { getPublished } from '../../api/postmortems.js';
import type { Revision } from '../../api/types.js';

/** Loads the published revision whenever the postmortem is not published itself; errors leave it null (the current text shows). */
export function usePublished(id: string, status: Status): Revision | null {
  const [published, setPublished] = useState<Revision | null>(null);
  useEffect(() => {
    if (status === 'published') {
      setPublished(null);
      return;
    }
    const abort = new AbortController();
    getPublished(id, abort.signal).then(
      (revision) => {
        if (!abort.signal.aborted) setPublished(revision);
      },
      () => undefined,
    );
    return () => abort.abort();
  }, [id, status]);
  return published;
}
