/** `debrief schema`: print the JSON Schema of what `debrief show --format json` prints. */
import { z } from 'zod';
import { writeOut } from '../output.js';
import { EXIT } from '../report-error.js';
import { shownPostmortemSchema } from '../../core/shown-postmortem.js';

/** Runs `debrief schema`. */
export async function schemaCommand(): Promise<number> {
  writeOut(`${JSON.stringify(z.toJSONSchema(shownPostmortemSchema), null, 2)}\n`);
  return EXIT.ok;
}
