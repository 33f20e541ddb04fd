/** @mentions in a comment: `@ana@example.com` (an e-mail) or `@ana` (the part of an e-mail before the @). */

/** A mention: after the start, a space or an opening mark, so that an e-mail address in the text is not one. */
const MENTION = /(?<![\w.@])@([A-Za-z0-9][\w.+-]*(?:@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)?)/g;

/** The handles a text mentions, as written and without the leading @, each once, in order (a closing full stop is not part of one). */
export function mentionHandles(text: string): string[] {
  const handles = [...text.matchAll(MENTION)].map((m) => (m[1] ?? '').replace(/[.]+$/, ''));
  return [...new Set(handles)];
}
