/** `debrief digest`: the weekly digest for the postmortem sheriff, now, on the same store as `debrief serve`. */
import { digestMarkdown, digestOverview } from '../../server/practice/digest.js';
import { resolveStoreOptions, withStore, type StoreOptions } from '../../store/open-store.js';
import { writeOut } from '../output.js';
import { EXIT } from '../report-error.js';

/** The options `debrief digest` accepts. */
export interface DigestOptions extends StoreOptions {
  format?: 'md' | 'json';
}

/** Runs `debrief digest`: Markdown (the default) or JSON, as the channels get it. */
export async function digestCommand(options: DigestOptions): Promise<number> {
  const overview = await withStore(resolveStoreOptions(options), (store) => digestOverview(store));
  writeOut(options.format === 'json' ? `${JSON.stringify(overview, null, 2)}\n` : digestMarkdown(overview));
  return EXIT.ok;
}
