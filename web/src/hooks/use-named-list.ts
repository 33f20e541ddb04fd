/** An admin page's list of things known by name (teams, SLOs): loaded once, kept in name order, edited through one form. */
import { useEffect, useState } from 'react';
import { useAction } from './use-action.js';

/** What the page shows and does with its list. */
interface NamedList<T> {
  /** The items by name (any case), or null while they load. */
  items: T[] | null;
  loadError: unknown;
  /** The item the form starts from (null: blank), and a round that restarts the form when it changes. */
  editing: { item: T | null; round: number };
  /** What was last done, for the status note. */
  done: string | null;
  /** The remove action: busy while a removal runs, and its error. */
  remove: ReturnType<typeof useAction>;
  /** Takes in an item as saved (replacing the one of its name), restarts the form blank and says `message`. */
  saved(item: T, message: string): void;
  /** Removes an item through `work`; once the server agrees, drops it and says `message`. */
  removeOne(item: T, work: () => Promise<void>, message: string): Promise<void>;
  /** Restarts the form from an item (Edit in its row). */
  edit(item: T): void;
}

/** The list of `load`, its items known by `nameOf` (compared in lower case, as the server does). */
export function useNamedList<T>(load: () => Promise<T[]>, nameOf: (item: T) => string): NamedList<T> {
  const [items, setItems] = useState<T[] | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [editing, setEditing] = useState<{ item: T | null; round: number }>({ item: null, round: 0 });
  const [done, setDone] = useState<string | null>(null);
  const remove = useAction();
  const key = (item: T) => nameOf(item).toLowerCase();

  useEffect(() => {
    // Loaded once, when the page opens.
    load().then(setItems, setLoadError);
  }, []);

  return {
    items,
    loadError,
    editing,
    done,
    remove,
    saved(item, message) {
      const byName = (a: T, b: T) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
      setItems((current) => [...(current ?? []).filter((t) => key(t) !== key(item)), item].sort(byName));
      setEditing(({ round }) => ({ item: null, round: round + 1 }));
      setDone(message);
    },
    async removeOne(item, work, message) {
      setDone(null);
      if (await remove.run(work)) {
        setItems((current) => current?.filter((t) => t !== item) ?? null);
        setDone(message);
      }
    },
    edit(item) {
      setDone(null);
      setEditing(({ round }) => ({ item, round: round + 1 }));
    },
  };
}
