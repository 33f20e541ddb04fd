/** File paths as CI tools want them: relative to the working directory, with forward slashes. */
import path from 'node:path';

/** `filePath` relative to `cwd` with `/` separators; absolute (still with `/`) when it lies outside `cwd`. */
export function relativePath(filePath: string, cwd: string): string {
  if (filePath === '<stdin>' || filePath === '-') return filePath;
  const absolute = path.resolve(cwd, filePath);
  const relative = path.relative(cwd, absolute);
  const inside = relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
  return (inside ? relative : absolute).split(path.sep).join('/');
}
