/** The box a uPlot chart is drawn in, an image to screen readers: named by the element `titleId`, described by `description`. */
import { useId } from 'react';
import type { useUplot } from '../hooks/use-uplot.js';

/** The chart's box and host (from useUplot), with its description visually hidden beside it. */
export function ChartBox({ plot, titleId, description }: { plot: ReturnType<typeof useUplot>; titleId: string; description: string }) {
  const id = useId();
  return (
    <>
      <span id={`${id}-desc`} className="visually-hidden">
        {description}
      </span>
      <div ref={plot.box} className="chart-box" role="img" aria-labelledby={titleId} aria-describedby={`${id}-desc`}>
        <div ref={plot.host} />
      </div>
    </>
  );
}
