/** Whitespace in text: collapsing its runs and counting the words between them, on the hot paths of readers and rules. */

/** Whitespace that `\s+` → ' ' changes: two in a row, or any but the plain space. */
const SPACE_RUN = /\s\s|[^\S ]/;

/** The text with every run of whitespace made one space (untouched, and not copied, when there is none to change). */
export function collapseSpaces(text: string): string {
  return SPACE_RUN.test(text) ? text.replace(/\s+/g, ' ') : text;
}

/** The characters of JavaScript's `\s` above U+00A0 outside U+2000..U+200A. */
const OTHER_SPACES = new Set([...'\u00a0\u1680\u2028\u2029\u202f\u205f\u3000\ufeff'].map((c) => c.charCodeAt(0)));

/** True for the UTF-16 code units that JavaScript's `\s` matches. */
export function isJsSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  return code >= 0xa0 && ((code >= 0x2000 && code <= 0x200a) || OTHER_SPACES.has(code));
}

/** The number of runs of characters that are not `isSpace`: with the default, what `/\S+/g` would match, without a match object each. */
export function countWords(text: string, isSpace: (code: number) => boolean = isJsSpace): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}
