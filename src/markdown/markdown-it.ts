/** The one configured markdown-it instance every parser and renderer in Debrief shares. */
import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';

/** markdown-it with GFM tables and raw HTML recognised (never rendered unsanitized); nesting stops at 100 levels. */
export const markdown = new MarkdownIt({ html: true, linkify: false });

/**
 * Block structure only: the document model needs headings, lists, tables and their lines, and reads
 * inline text from the source, so markdown-it's inline pass (most of its cost) is skipped.
 */
const blockParser = new MarkdownIt({ html: true, linkify: false }).disable('inline');

/** Block tokens of a Markdown text; line maps are 0-based line indexes into `text`; inline tokens keep raw content. */
export function parseBlocks(text: string): Token[] {
  return blockParser.parse(text, {});
}

const INLINE_MARKUP = /<[^>]{0,200}>|!?\[([^\]]{0,500})\]\([^)]{0,500}\)|\[([^\]]{0,500})\]\[[^\]]{0,100}\]|(\*\*|__)(.+?)\3|[*`]|(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])|\\(?=[\\`*_{}[\]()#+\-.!|])/g;

/** The plain text of an inline token from `parseBlocks`: Markdown markers, link targets and HTML removed. */
export function inlineText(token: Token | undefined): string {
  if (token === undefined) return '';
  return token.content
    .replace(INLINE_MARKUP, (_m: string, link?: string, ref?: string, _bold?: string, strong?: string) => link ?? ref ?? strong ?? '')
    .replace(/\s+/g, ' ')
    .trim();
}
