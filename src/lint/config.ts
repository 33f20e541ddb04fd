/**
 * Lint configuration: `.debriefrc.yaml`, `.debriefrc.yml`, `.debriefrc.json` or `debrief.config.json`,
 * found upward from each file (the first found wins), or the file given with `--config`.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { InputError } from '../core/errors.js';
import { parseYaml } from '../core/yaml.js';
import type { LintConfig } from './types.js';

/** The file names searched for, in order of preference within one directory. */
const CONFIG_FILE_NAMES = ['.debriefrc.yaml', '.debriefrc.yml', '.debriefrc.json', 'debrief.config.json'] as const;

const MAX_CONFIG_BYTES = 1_000_000;

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
  const data = parseText(file, text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  // zod is loaded only when there is a config to check: the lint workers start without it.
  const { validateConfig } = await import('./config-schema.js');
  return validateConfig(file, displayName(file), data);
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
