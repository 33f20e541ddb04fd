/** The schema of a lint config file and its validation (zod), loaded only when a config file is read. */
import { z } from 'zod';
import { InputError } from '../core/errors.js';
import { RULES_BY_ID } from './rules/index.js';
import type { LintConfig } from './types.js';

const wordList = z.array(z.string({ error: 'expected a string' }).trim().min(1, { error: 'expected a non-empty string' }).max(200, { error: 'expected at most 200 characters' }), { error: 'expected a list of strings' }).max(1000, { error: 'expected at most 1000 entries' });

const configSchema = z.strictObject(
  {
    rules: z.record(z.string(), z.enum(['off', 'warn', 'error'], { error: 'expected off|warn|error' }), { error: 'expected a mapping of rule ids to off|warn|error' }).optional(),
    blameWords: wordList.optional(),
    teamNames: wordList.optional(),
    maxActionItems: z.int({ error: 'expected a whole number' }).min(1, { error: 'expected a whole number of at least 1' }).max(1000, { error: 'expected at most 1000' }).optional(),
  },
  { error: (issue) => (issue.code === 'unrecognized_keys' ? `unknown key${issue.keys.length === 1 ? '' : 's'} ${issue.keys.map((k) => `"${k}"`).join(', ')} (known: rules, blameWords, teamNames, maxActionItems)` : 'expected a mapping with rules, blameWords, teamNames or maxActionItems') },
);

function fieldPath(segments: readonly PropertyKey[]): string {
  let out = '';
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`;
    else if (typeof s === 'string' && /^[A-Za-z_$][\w$]*$/.test(s)) out += out === '' ? s : `.${s}`;
    else out += `[${JSON.stringify(String(s))}]`;
  }
  return out;
}

/** Validates the parsed contents of config `file` (shown as `name`); throws an InputError naming the file and the field. */
export function validateConfig(file: string, name: string, data: unknown): LintConfig {
  if (data === null || data === undefined) return {};
  const result = configSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue && issue.path.length > 0 ? `${fieldPath(issue.path)}: ` : '';
    throw new InputError(`${name}: ${where}${issue?.message ?? 'invalid configuration'}`, { file, issues: result.error.issues });
  }
  const unknown = Object.keys(result.data.rules ?? {}).filter((id) => !RULES_BY_ID.has(id));
  if (unknown.length > 0) {
    throw new InputError(`${name}: rules: unknown rule id${unknown.length === 1 ? '' : 's'} ${unknown.map((id) => `"${id}"`).join(', ')}; known rules: ${[...RULES_BY_ID.keys()].join(', ')}`, { file, unknown });
  }
  return result.data;
}
