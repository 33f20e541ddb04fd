/** Files the practice's commands read: a text, with the file named when it cannot be read; incident facts as JSON or YAML. */
import { readFileSync } from 'node:fs';
import { InputError } from '../core/errors.js';
import { incidentFactsSchema, type IncidentFacts } from '../core/incident.js';
import { parseYaml } from '../core/yaml.js';

/** A file's text, or InputError naming it (`what` says what the file was for: "policy file"). */
export function readTextFile(path: string, what: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new InputError(`${what} ${path} could not be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}

/** Incident facts from a JSON or YAML file (the fields of POST /api/v1/incidents), with the file, line or field that is wrong. */
export function readIncidentFile(path: string): IncidentFacts {
  const parsed = parseYaml(readTextFile(path, 'incident file'));
  if (!('value' in parsed)) throw new InputError(`${path}:${parsed.line}: ${parsed.message}`);
  const result = incidentFactsSchema.safeParse(parsed.value);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new InputError(`${path}: ${issue?.path.join('.') || '(the document)'}: ${issue?.message ?? 'invalid'}`, result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })));
  }
  return result.data;
}
