/**
 * Lint configuration: `.debriefrc.yaml`, `.debriefrc.yml`, `.debriefrc.json` or `debrief.config.json`,
 * found upward from each file (the first found wins), or the file given with `--config`.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { InputError } from '../core/errors.js';
import { parseYaml } from '../markdown/yaml.js';
import { RULES_BY_ID } from './rules/index.js';
import type { LintConfig } from './types.js';

/** The file names searched for, in order of preference within one directory. */
const CONFIG_FILE_NAMES = ['.debriefrc.yaml', '.debriefrc.yml', '.debriefrc.json', 'debrief.config.json'] as const;

const MAX_CONFIG_BYTES = 1_000_000;

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

function displayName(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}

function parseText(file: string, text: string): unknown {
  const name = displayName(file);
  if (!file.endsWith('.json')) {
    const result = parseYaml(text);
    if ('value' in result) return result.value;
    throw new InputError(`${name}:${result.line}: cannot be read as YAML: ${result.message}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0];
    throw new InputError(`${name}: cannot be read as JSON: ${reason}`);
  }
}

/** Validates the parsed contents of a config file; throws an InputError naming the file and the field. */
function validateConfig(file: string, data: unknown): LintConfig {
  const name = displayName(file);
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

/** Reads and validates one config file. */
async function readConfigFile(file: string): Promise<LintConfig> {
  let text: string;
  try {
    const buffer = await readFile(file);
    if (buffer.length > MAX_CONFIG_BYTES) throw new InputError(`${displayName(file)}: too large for a config file (over 1 MB)`);
    text = buffer.toString('utf8');
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? '';
    throw new InputError(`${displayName(file)}: cannot read the config file${code ? ` (${code})` : ''}`);
  }
  return validateConfig(file, parseText(file, text.charCodeAt(0) === 0xfeff ? text.slice(1) : text));
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

const byDirectory = new Map<string, Promise<LintConfig>>();
const byFile = new Map<string, Promise<LintConfig>>();

function cached(map: Map<string, Promise<LintConfig>>, key: string, load: () => Promise<LintConfig>): Promise<LintConfig> {
  let found = map.get(key);
  if (!found) {
    found = load();
    map.set(key, found);
  }
  return found;
}

/** The config of the nearest directory at or above `dir` that has one; `{}` when none does. */
function configForDirectory(dir: string): Promise<LintConfig> {
  return cached(byDirectory, dir, async () => {
    for (const name of CONFIG_FILE_NAMES) {
      const file = path.join(dir, name);
      if (await isFile(file)) return cached(byFile, file, () => readConfigFile(file));
    }
    const parent = path.dirname(dir);
    return parent === dir ? {} : configForDirectory(parent);
  });
}

/** The config that applies to `filePath` (`-`/`<stdin>`: the working directory), or the explicit `--config` file. */
export function loadConfigFor(filePath: string, explicitPath?: string): Promise<LintConfig> {
  if (explicitPath !== undefined) {
    const file = path.resolve(explicitPath);
    return cached(byFile, file, () => readConfigFile(file));
  }
  const fromStdin = filePath === '-' || filePath === '<stdin>';
  return configForDirectory(fromStdin ? process.cwd() : path.dirname(path.resolve(filePath)));
}
