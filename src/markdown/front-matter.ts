/** Front matter at the top of a document: YAML between `---` lines or TOML between `+++` lines. */
import { parse as parseToml, TomlError } from 'smol-toml';
import { parseYaml } from '../core/yaml.js';

export interface FrontMatter {
  syntax: 'yaml' | 'toml' | null;
  /** The parsed mapping; null when there is none or it could not be read. */
  data: Record<string, unknown> | null;
  /** 1-based line of the closing fence, 0 when there is no front matter. */
  endLine: number;
  /** What is wrong with it, and the 1-based line, when it could not be read. */
  error: { message: string; line: number } | null;
}

const FENCES = { yaml: /^---\s*$/, toml: /^\+\+\+\s*$/ } as const;

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

function readBlock(syntax: 'yaml' | 'toml', text: string): { data: unknown } | { message: string; line: number } {
  if (syntax === 'yaml') {
    const result = parseYaml(text);
    return 'value' in result ? { data: result.value } : result;
  }
  try {
    return { data: parseToml(text) };
  } catch (err) {
    if (err instanceof TomlError) return { message: err.message.split('\n')[0] ?? 'invalid TOML', line: err.line };
    return { message: err instanceof Error ? err.message : String(err), line: 1 };
  }
}

/** Finds and reads the front matter of `lines`; never throws (a broken block is reported in `error`). */
export function readFrontMatter(lines: readonly string[]): FrontMatter {
  const none: FrontMatter = { syntax: null, data: null, endLine: 0, error: null };
  const first = lines[0];
  if (first === undefined) return none;
  const syntax = FENCES.yaml.test(first) ? 'yaml' : FENCES.toml.test(first) ? 'toml' : null;
  if (syntax === null) return none;
  let end = -1;
  for (let i = 1; i < lines.length && i < 2000; i++) {
    if (FENCES[syntax].test(lines[i] ?? '')) {
      end = i;
      break;
    }
  }
  if (end < 0) {
    return { syntax, data: null, endLine: 0, error: { message: `the front matter opened on line 1 is never closed with "${first.trim()}"`, line: 1 } };
  }
  const result = readBlock(syntax, lines.slice(1, end).join('\n'));
  if ('message' in result) return { syntax, data: null, endLine: end + 1, error: { message: result.message, line: result.line + 1 } };
  if (result.data === null || result.data === undefined) return { syntax, data: {}, endLine: end + 1, error: null };
  if (!isMapping(result.data)) {
    return { syntax, data: null, endLine: end + 1, error: { message: 'the front matter must be a mapping of keys to values', line: 2 } };
  }
  return { syntax, data: result.data, endLine: end + 1, error: null };
}
