/**
 * Given names in several languages (English, Spanish, Italian, French, German and Turkish first names, about
 * 67,000 of them, lower-case, with their accents), from the MIT-licensed `gender-detection-from-name` package
 * (github.com/DavideViolante/gender-detection-from-name), pinned to one version in package.json.
 *
 * Requiring that package builds six Maps and takes ~200 ms, once per process, which the linter cannot afford
 * on a path every document may take. Its data files are read instead, as text, only when a name is first
 * looked up; the names that start with a given character are collected on the first look-up of that
 * character (one scan of the text, ~1 ms), so a document pays for the few initials it asks about.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const LANGUAGES = ['en', 'es', 'it', 'fr', 'de', 'tr'];

let data: string | null = null;
const byInitial = new Map<string, ReadonlySet<string>>();

/** The package's name tables, joined: lines of `['name', 'gender'],`. */
function readData(): string {
  const dir = join(dirname(createRequire(import.meta.url).resolve('gender-detection-from-name')), 'names');
  return LANGUAGES.map((lang) => readFileSync(join(dir, `${lang}.js`), 'utf8')).join('\n');
}

/** Every name of the tables that starts with `initial`. */
function namesStartingWith(initial: string): ReadonlySet<string> {
  data ??= readData();
  const names = new Set<string>();
  const key = `['${initial}`;
  for (let i = data.indexOf(key); i >= 0; i = data.indexOf(key, i + 2)) {
    const end = data.indexOf("'", i + 2);
    if (end < 0) break;
    names.add(data.slice(i + 2, end));
  }
  return names;
}

/** True when `word` (any case) is a given name in the tables. */
export function isGivenName(word: string): boolean {
  const name = word.toLowerCase();
  const initial = name.charAt(0);
  if (initial === '' || name.length < 2) return false;
  let names = byInitial.get(initial);
  if (names === undefined) {
    names = namesStartingWith(initial);
    byInitial.set(initial, names);
  }
  return names.has(name);
}
