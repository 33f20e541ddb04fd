/**
 * A line of prose as the blame patterns read it: sentences of word and punctuation tokens, with their offsets,
 * so that a finding can point at the words it saw. Markdown markers (`*`, `_`, backticks, brackets, `#`, `>`)
 * are skipped; a sentence ends at `.`, `?` or `!` followed by a space or the end of the line.
 */

/** One word or punctuation mark of a line. */
export interface Token {
  /** As written. */
  text: string;
  /** Lower-case, typographic apostrophes made straight. */
  lower: string;
  /** `lower` without a possessive `'s` or `s'`. */
  word: string;
  start: number;
  end: number;
  /** A word (letters, digits, `@`), not punctuation. */
  isWord: boolean;
  /** Begins with an upper-case letter. */
  capitalised: boolean;
  /** Written with a possessive `'s` or `s'`. */
  possessive: boolean;
}

/** A sentence of a line: its tokens (never empty) and whether it asks a question. */
export interface Sentence {
  tokens: readonly Token[];
  question: boolean;
}

/** The token that stands for "no token here", so that look-ups past either end need no undefined checks. */
export const NONE: Token = { text: '', lower: '', word: '', start: 0, end: 0, isWord: false, capitalised: false, possessive: false };

/** Letters and digits of any script (code points from U+00C0 up are taken as letters, but for the punctuation block). */
function isWordCode(code: number): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return code >= 0xc0 && code !== 0xd7 && code !== 0xf7 && !(code >= 0x2000 && code <= 0x206f);
}

const APOSTROPHE = 39;
const RIGHT_QUOTE = 0x2019;
const HYPHEN = 45;
const DOT = 46;
const AT = 64;
const UNDERSCORE = 95;

/** Characters that join two runs of letters into one word: `'` `’` (don't, O'Neil), `-` (on-call), `.` `_` (neha.g, web_ops). */
function isJoiner(code: number): boolean {
  return code === APOSTROPHE || code === RIGHT_QUOTE || code === HYPHEN || code === DOT || code === UNDERSCORE;
}

/** Punctuation that the patterns read; anything else that is not a word (Markdown markers, quotes, slashes) is skipped. */
const PUNCTUATION = new Set([',', ';', ':', '.', '?', '!', '(', ')', '—', '–', '"', '“', '”']);
/** The ASCII ones by code, 1 for punctuation. */
const PUNCTUATION_CODES = Uint8Array.from({ length: 128 }, (_, code) => (PUNCTUATION.has(String.fromCharCode(code)) ? 1 : 0));

/** Words with `'s` that is not a possessive: "it's", "that's", "let's". */
const NOT_POSSESSIVE = /^(?:it|that|there|here|what|who|he|she|let)'s$/;

/** The token of the word at `start`..`end`; `apostrophe` when the word holds one (most do not: no possessive to read). */
function wordToken(text: string, start: number, end: number, apostrophe: boolean): Token {
  const raw = text.slice(start, end);
  let lower = raw.toLowerCase();
  let word = lower;
  let possessive = false;
  if (apostrophe) {
    if (lower.includes('’')) word = lower = lower.replace(/’/g, "'");
    if (word.endsWith("'s") && word.length > 2) {
      possessive = !NOT_POSSESSIVE.test(word);
      if (possessive) word = word.slice(0, -2);
    } else if (word.endsWith("s'") && word.length > 2) {
      possessive = true;
      word = word.slice(0, -1);
    }
  }
  const first = raw.charCodeAt(raw.charCodeAt(0) === AT ? 1 : 0);
  // ASCII decides by code; other letters by whether lower-casing changes them.
  const capitalised = first < 128 ? first >= 65 && first <= 90 : String.fromCharCode(first) !== String.fromCharCode(first).toLowerCase();
  return { text: raw, lower, word, start, end, isWord: true, capitalised, possessive };
}

/** The tokens of a line, left to right. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (isWordCode(code) || (code === AT && isWordCode(text.charCodeAt(i + 1)))) {
      let j = i + 1;
      let apostrophe = false;
      while (j < text.length) {
        const c = text.charCodeAt(j);
        if (isWordCode(c)) j++;
        else if (isJoiner(c) && isWordCode(text.charCodeAt(j + 1))) {
          apostrophe ||= c === APOSTROPHE || c === RIGHT_QUOTE;
          j += 2;
        } else break;
      }
      // "engineers'" (a plural possessive): the apostrophe belongs to the word.
      if ((text.charCodeAt(j) === APOSTROPHE || text.charCodeAt(j) === RIGHT_QUOTE) && text.charCodeAt(j - 1) === 115 && !isWordCode(text.charCodeAt(j + 1))) {
        j++;
        apostrophe = true;
      }
      tokens.push(wordToken(text, i, j, apostrophe));
      i = j;
      continue;
    }
    if (code < 128 ? PUNCTUATION_CODES[code] === 1 : PUNCTUATION.has(text.charAt(i))) {
      const char = text.charAt(i);
      tokens.push({ text: char, lower: char, word: char, start: i, end: i + 1, isWord: false, capitalised: false, possessive: false });
    }
    i++;
  }
  return tokens;
}

/** The sentences of a line: split after `.`, `?` and `!` (a question ends at its `?`). */
export function sentences(text: string): Sentence[] {
  const tokens = tokenize(text);
  const out: Sentence[] = [];
  let from = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.isWord || (t.text !== '.' && t.text !== '?' && t.text !== '!')) continue;
    if (i > from) out.push({ tokens: tokens.slice(from, i + 1), question: t.text === '?' });
    from = i + 1;
  }
  if (from < tokens.length) out.push({ tokens: tokens.slice(from), question: false });
  return out.filter((s) => s.tokens.some((t) => t.isWord));
}
