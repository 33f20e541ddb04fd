/** A value that follows another after it has stopped changing for `ms`. */
import { useEffect, useState } from 'react';

/** `value`, `ms` after its last change. */
export function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}
