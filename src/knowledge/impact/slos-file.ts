/**
 * slos.yaml: the SLOs of a directory of postmortems kept without a server, one entry per service
 * (`checkout-api: { target: 99.9, window: 30d }`). Read strictly: a wrong entry names its file line and field.
 */
import { z } from 'zod';
import { InputError } from '../../core/errors.js';
import { yamlLineOf } from '../../core/policy/policy-document.js';
import { parseYaml } from '../../core/yaml.js';
import { parseWindowDays, sloServiceSchema, sloTargetSchema, sloWindowDaysSchema, type Slo } from './slo.js';

/** The name slos.yaml has in a postmortem directory. */
export const SLOS_FILE_NAME = 'slos.yaml';

const windowSchema = z
  .union([z.number(), z.string()], 'must be a number of days or a text such as 30d or 4w')
  .transform((written, ctx) => {
    const days = parseWindowDays(written);
    if (days === null) {
      ctx.addIssue({ code: 'custom', message: `${JSON.stringify(written)} is not a window: write days such as 30d, or weeks such as 4w` });
      return z.NEVER;
    }
    return days;
  })
  .pipe(sloWindowDaysSchema);

const entrySchema = z.strictObject({ target: sloTargetSchema, window: windowSchema }, 'must be a mapping with target and window, e.g. { target: 99.9, window: 30d }');

const fileSchema = z.record(sloServiceSchema, entrySchema, 'must map each service to its SLO, e.g. "checkout-api: { target: 99.9, window: 30d }"');

/** One problem of an SLO file: its 1-based line when found, the field, and what is wrong. */
interface SloFileProblem {
  line: number | null;
  path: string;
  message: string;
}

/** What is wrong at `path`: a field left out says so and how to write it; anything else as the schema says. */
function problemMessage(issue: z.core.$ZodIssue, path: readonly PropertyKey[], value: unknown): string {
  if (issue.code === 'unrecognized_keys') return 'is not a field of an SLO (target, window)';
  const at = path.reduce<unknown>((v, key) => (v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[key] : undefined), value);
  if (at === undefined && path.length === 2) return `is missing: write e.g. ${String(path[1])}: ${path[1] === 'target' ? '99.9' : '30d'}`;
  return issue.message;
}

/** Reads the text of an SLO file named `label`; InputError "slos.yaml:7: checkout-api.target: must be below 100 …" naming every problem (in `details` too), by line. */
export function readSlosFile(label: string, text: string): Slo[] {
  const parsed = parseYaml(text);
  if (!('value' in parsed)) throw new InputError(`${label}:${parsed.line}: cannot be read as YAML: ${parsed.message}`, [{ line: parsed.line, path: '', message: parsed.message }]);
  const result = fileSchema.safeParse(parsed.value ?? {});
  if (result.success) return Object.entries(result.data).map(([service, e]) => ({ service, targetPercent: e.target, windowDays: e.window }));
  const problems: SloFileProblem[] = result.error.issues
    .flatMap((issue) => {
      const paths = issue.code === 'unrecognized_keys' ? issue.keys.map((k) => [...issue.path, k]) : [issue.path];
      return paths.map((path) => ({ line: yamlLineOf(text, path), path: path.map(String).join('.'), message: problemMessage(issue, path, parsed.value) }));
    })
    .sort((a, b) => (a.line ?? Number.MAX_SAFE_INTEGER) - (b.line ?? Number.MAX_SAFE_INTEGER));
  const where = (p: SloFileProblem) => `${label}${p.line === null ? '' : `:${p.line}`}: ${p.path === '' ? '' : `${p.path}: `}${p.message}`;
  throw new InputError(problems.map(where).join('; '), problems);
}
