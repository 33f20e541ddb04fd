/** The SLOs `debrief show` reads without a server: `--slos FILE`, else the slos.yaml beside the postmortem, else none. */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Slo } from '../knowledge/impact/slo.js';
import { readSlosFile, SLOS_FILE_NAME } from '../knowledge/impact/slos-file.js';
import { readTextFile } from './input-files.js';

/** The SLOs for a postmortem file (`-` for stdin looks in the working directory); InputError with file:line when the file is wrong. */
export function slosFor(postmortemFile: string, slosFile: string | undefined): Slo[] {
  const path = slosFile ?? join(postmortemFile === '-' ? '.' : dirname(postmortemFile), SLOS_FILE_NAME);
  if (slosFile === undefined && !existsSync(path)) return [];
  return readSlosFile(path, readTextFile(path, 'SLO file'));
}
