/** @mentions in a comment: `@ana@example.com` (an e-mail) or `@ana` (the part of an e-mail before the @). */

/** Where a mention may start: not inside a word or an e-mail address ("mail x@y.com" mentions nobody). */
const NOT_INSIDE = String.raw`(?<![\w.@])`;
/** A handle: a name, or a whole e-mail address. */
const HANDLE = String.raw`[A-Za-z0-9][\w.+-]*(?:@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)?`;
/** A mention, the handle captured. */
const MENTION = new RegExp(`${NOT_INSIDE}@(${HANDLE})`, 'g');
/** A mention captured with its @, to split a text around mentions. */
const MENTION_WITH_AT = new RegExp(`${NOT_INSIDE}(@${HANDLE})`);

/** The handles a text mentions, as written and without the leading @, each once, in order (a closing full stop is not part of one). */
export function mentionHandles(text: string): string[] {
  const handles = [...text.matchAll(MENTION)].map((m) => (m[1] ?? '').replace(/[.]+$/, ''));
  return [...new Set(handles)];
}

/** A text cut around its mentions: the odd parts are the mentions as written ("@ana"), the even ones the text between. */
export function splitAtMentions(text: string): string[] {
  return text.split(MENTION_WITH_AT);
}
