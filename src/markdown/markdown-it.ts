/** The one configured markdown-it instance every parser and renderer in Debrief shares. */
import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';

/** markdown-it with GFM tables and raw HTML recognised (never rendered unsanitized); nesting stops at 100 levels. */
export const markdown = new MarkdownIt({ html: true, linkify: false });

/** Block tokens of a Markdown text; line maps are 0-based line indexes into `text`. */
export function parseBlocks(text: string): Token[] {
  return markdown.parse(text, {});
}

/** The plain text of an inline token: text and code spans, without Markdown markers or HTML. */
export function inlineText(token: Token | undefined): string {
  if (token === undefined) return '';
  if (!token.children) return token.content;
  let out = '';
  for (const child of token.children) {
    if (child.type === 'text' || child.type === 'code_inline') out += child.content;
    else if (child.type === 'softbreak' || child.type === 'hardbreak') out += ' ';
  }
  return out.replace(/\s+/g, ' ').trim();
}
