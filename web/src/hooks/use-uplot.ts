/** A uPlot chart in an element: as wide as its box, made again when its inputs change, resized with the box, destroyed on unmount. */
import { useEffect, useRef } from 'react';
import type uPlot from 'uplot';
import { useWidth } from './use-width.js';

/**
 * Refs for the chart's box (measured) and its host (where `make` draws it): `make` is called with the host when
 * one of `keys` changes, the chart kept `height` pixels high as the box's width changes.
 */
export function useUplot(make: (host: HTMLDivElement) => uPlot, height: number, keys: readonly unknown[]) {
  const [box, width] = useWidth(0);
  const host = useRef<HTMLDivElement>(null);
  const plot = useRef<uPlot | null>(null);
  useEffect(() => {
    const element = host.current;
    if (element === null) return;
    const chart = make(element);
    plot.current = chart;
    return () => {
      chart.destroy();
      plot.current = null;
    };
    // The keys say when to draw again; `make` is a new function at every render.
  }, keys);
  useEffect(() => {
    if (width > 0) plot.current?.setSize({ width, height });
  }, [width, height]);
  return { box, host };
}
