/** `debrief schema`: print the JSON Schema of what `debrief show --format json` prints. */
import { z } from 'zod';
import { writeOut } from '../output.js';
import { EXIT } from '../report-error.js';
import { shownWithImpactSchema } from '../../knowledge/impact/shown-with-impact.js';

/** Runs `debrief schema`. */
export async function schemaCommand(): Promise<number> {
  writeOut(`${JSON.stringify(z.toJSONSchema(shownWithImpactSchema), null, 2)}\n`);
  return EXIT.ok;
}
