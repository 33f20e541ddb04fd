/**
 * markdown-it tokens -> React elements. Nothing is ever injected as HTML: text goes through React's escaping,
 * only a fixed set of tags is produced, and only href/src (checked by safeUrl), alt and start attributes (and the
 * rel and target of links). Images from other sites are shown as links to them, never loaded.
 */
import { createElement, Fragment, type ReactNode } from 'react';
import type { Token } from './markdown-it-types.js';
import { remoteHost, safeUrl } from './safe-url.js';

const ALLOWED_TAGS = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'blockquote', 'table', 'thead', 'tbody', 'tr', 'th', 'td',
  'strong', 'em', 's', 'a', 'code', 'pre', 'hr', 'br',
]);

interface Frame {
  token: Token | null;
  children: ReactNode[];
}

/** The props of an element opened by `token`: only the attributes listed above survive. */
function propsOf(token: Token, key: number): Record<string, unknown> {
  const props: Record<string, unknown> = { key };
  if (token.tag === 'a') {
    const href = safeUrl(token.attrGet('href') ?? '');
    if (href !== null) {
      props.href = href;
      props.rel = 'noopener noreferrer nofollow';
    }
  }
  if (token.tag === 'ol') {
    const start = Number(token.attrGet('start'));
    if (Number.isInteger(start)) props.start = start;
  }
  return props;
}

/** An element for `tag` when it is allowed and shown, else its children alone (tight list paragraphs are hidden). */
function element(token: Token, key: number, children: ReactNode[]): ReactNode {
  if (token.hidden || !ALLOWED_TAGS.has(token.tag)) return createElement(Fragment, { key }, ...children);
  return createElement(token.tag, propsOf(token, key), ...(children.length === 0 ? [] : children));
}

/** An image of this site as itself; one from another site as a link that opens it (in a new tab), unloaded. */
function image(token: Token, key: number): ReactNode {
  const src = safeUrl(token.attrGet('src') ?? '');
  const alt = token.content;
  if (src === null) return alt;
  const host = remoteHost(src);
  if (host === null) return createElement('img', { key, src, alt, loading: 'lazy', referrerPolicy: 'no-referrer' });
  const label = alt === '' ? `Image (${host})` : `Image: ${alt} (${host})`;
  return createElement('a', { key, href: src, target: '_blank', rel: 'noopener noreferrer nofollow' }, label);
}

/** A leaf token (no opening or closing pair) as React. */
function leaf(token: Token, key: number): ReactNode {
  switch (token.type) {
    case 'text':
    case 'html_inline':
    case 'html_block':
      return token.content;
    case 'inline':
      return createElement(Fragment, { key }, ...tokensToReact(token.children ?? []));
    case 'code_inline':
      return createElement('code', { key }, token.content);
    case 'code_block':
    case 'fence':
      return createElement('pre', { key }, createElement('code', null, token.content));
    case 'softbreak':
      return '\n';
    case 'hardbreak':
      return createElement('br', { key });
    case 'hr':
      return createElement('hr', { key });
    case 'image':
      return image(token, key);
    default:
      return token.content;
  }
}

/** Builds the React tree of a token stream (block or inline). */
export function tokensToReact(tokens: readonly Token[]): ReactNode[] {
  const stack: Frame[] = [{ token: null, children: [] }];
  tokens.forEach((token, key) => {
    const top = stack[stack.length - 1] as Frame;
    if (token.nesting === 1) {
      stack.push({ token, children: [] });
    } else if (token.nesting === -1) {
      const done = stack.pop() as Frame;
      const parent = stack[stack.length - 1] as Frame;
      parent.children.push(done.token === null ? done.children : element(done.token, key, done.children));
    } else {
      top.children.push(leaf(token, key));
    }
  });
  return (stack[0] as Frame).children;
}
