/** The width of an element, followed as it changes (the window resized, a phone turned). */
import { useCallback, useState } from 'react';

/** A ref callback to put on the element, and its content width in pixels (`fallback` until it is measured). */
export function useWidth(fallback: number): [(element: HTMLElement | null) => (() => void) | undefined, number] {
  const [width, setWidth] = useState(fallback);
  const ref = useCallback((element: HTMLElement | null) => {
    if (element === null) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry !== undefined) setWidth(Math.floor(entry.contentRect.width));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}
