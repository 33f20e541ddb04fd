/** The DraftStore of an open postmortem, its snapshot as React state, and a flush when the page closes. */
import { useEffect, useState, useSyncExternalStore } from 'react';
import type { PostmortemView } from '../../api/types.js';
import { DraftStore, type DraftSnapshot } from '../../editing/draft-store.js';

/** Creates the store once per postmortem and re-renders on every change of it. */
export function useDraftStore(initial: PostmortemView): { store: DraftStore; snapshot: DraftSnapshot } {
  const [store] = useState(() => new DraftStore(initial.id, initial));
  useEffect(() => {
    store.start();
    const saveOnHide = () => {
      if (document.visibilityState === 'hidden') void store.flush();
    };
    document.addEventListener('visibilitychange', saveOnHide);
    return () => {
      document.removeEventListener('visibilitychange', saveOnHide);
      // Stop at once, then save what is pending: React may run this effect again on the same store (a Suspense
      // boundary above hides and shows the page while a lazy part loads), and a stop that waited for the save
      // would come after that new start and leave the store stopped, never saving again.
      store.dispose();
      void store.flush();
    };
  }, [store]);
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot);
  return { store, snapshot };
}
