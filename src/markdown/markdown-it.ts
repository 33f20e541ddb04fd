/** The one configured markdown-it instance every parser and renderer in Debrief shares. */
import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import { collapseSpaces } from '../core/spaces.js';

/** markdown-it with GFM tables and raw HTML recognised (never rendered unsanitized); nesting stops at 100 levels. */
export const markdown = new MarkdownIt({ html: true, linkify: false });

/**
 * Block structure only: the document model needs headings, lists, tables and their lines, and reads
 * inline text from the source, so markdown-it's inline pass (most of its cost) is skipped.
 */
const blockParser = new MarkdownIt({ html: true, linkify: false }).disable('inline');
/** The same without markdown-it's `normalize` rule, for texts it would leave unchanged (no CR, no NUL). */
const plainBlockParser = new MarkdownIt({ html: true, linkify: false }).disable(['inline', 'normalize']);

/** Block tokens of a Markdown text; line maps are 0-based line indexes into `text`; inline tokens keep raw content. */
export function parseBlocks(text: string): Token[] {
  const parser = text.includes('\r') || text.includes('\0') ? blockParser : plainBlockParser;
  return parser.parse(text, {});
}

const INLINE_MARKUP = /<[^>]{0,200}>|!?\[([^\]]{0,500})\]\([^)]{0,500}\)|\[([^\]]{0,500})\]\[[^\]]{0,100}\]|(\*\*|__)(.+?)\3|[*`]|(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])|\\(?=[\\`*_{}[\]()#+\-.!|])/g;

/** Characters INLINE_MARKUP needs to match anything; most headings have none. */
const MAY_HAVE_MARKUP = /[<[*`_\\]/;

/** The plain text of an inline token from `parseBlocks`: Markdown markers, link targets and HTML removed. */
export function inlineText(token: Token | undefined): string {
  if (token === undefined) return '';
  let text = token.content;
  if (MAY_HAVE_MARKUP.test(text)) {
    text = text.replace(INLINE_MARKUP, (_m: string, link?: string, ref?: string, _bold?: string, strong?: string) => link ?? ref ?? strong ?? '');
  }
  return collapseSpaces(text).trim();
}
