/** YAML as Debrief reads and writes it: the YAML 1.2 core schema (no implicit dates), via js-yaml. */
import jsYaml from 'js-yaml';

/** Why a YAML text could not be read, and the 1-based line within that text. */
export interface YamlProblem {
  message: string;
  line: number;
}

/** Parses YAML text; a syntax error comes back as a `YamlProblem` instead of a throw. */
export function parseYaml(text: string): { value: unknown } | YamlProblem {
  try {
    return { value: jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA }) };
  } catch (err) {
    if (err instanceof jsYaml.YAMLException) return { message: err.reason || err.message.split('\n')[0] || 'invalid YAML', line: (err.mark?.line ?? 0) + 1 };
    return { message: err instanceof Error ? err.message : String(err), line: 1 };
  }
}

/** Writes a value as block-style YAML that `parseYaml` reads back to the same value. */
export function dumpYaml(value: unknown): string {
  return jsYaml.dump(value, { schema: jsYaml.CORE_SCHEMA, lineWidth: -1, noRefs: true });
}
