/**
 * Progress of a long run on stderr: a bar (cli-progress) when stderr is a terminal, else a plain line at each tenth
 * of the work, so that logs of a CI job say how far it got without filling with redraws.
 */
import cliProgress from 'cli-progress';
import { writeErr } from './output.js';

/** Progress of `total` steps of one task. */
export interface Progress {
  /** One step more done. */
  tick(): void;
  /** Done (or given up): the bar goes, the last line is written. */
  stop(): void;
}

/** A progress report for `total` steps of `what` ("files") on stderr; nothing for fewer than `least` steps. */
export function startProgress(what: string, total: number, { tty = process.stderr.isTTY === true, least = 2 } = {}): Progress {
  let done = 0;
  if (total < least) return { tick: () => void done++, stop: () => undefined };
  if (tty) {
    const bar = new cliProgress.SingleBar({ stream: process.stderr, format: `debrief: {bar} {value}/{total} ${what}`, hideCursor: true, clearOnComplete: true }, cliProgress.Presets.shades_classic);
    bar.start(total, 0);
    return { tick: () => bar.increment(), stop: () => bar.stop() };
  }
  let shown = 0;
  const show = () => {
    shown = done;
    writeErr(`debrief: ${done}/${total} ${what} read\n`);
  };
  return {
    tick: () => {
      done++;
      if (Math.floor((done * 10) / total) > Math.floor((shown * 10) / total)) show();
    },
    stop: () => {
      if (shown !== done) show();
    },
  };
}
