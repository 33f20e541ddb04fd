/** A shared assertion for tests of HTML output: nothing in it can run code or load from a bad scheme. */
import { expect } from 'vitest';

/** Fails when the page carries anything that could run, load from a bad scheme (images: https only), or style itself. */
export function expectSafeHtml(html: string): void {
  const body = html.slice(html.indexOf('<body>'));
  expect(html).not.toMatch(/<script/i);
  expect(html).not.toMatch(/<(svg|iframe|object|embed|form|math|input|link|meta http-equiv="refresh")/i);
  expect(html).not.toMatch(/<[^>]*\son[a-z]+\s*=/i);
  expect(html).not.toMatch(/<[^>]*(javascript|vbscript|data):/i);
  expect(body).not.toMatch(/<[^>]*\sstyle\s*=/i);
  expect(body).not.toMatch(/<style/i);
  expect(body).not.toMatch(/href="\/\//);
  expect(html).not.toMatch(/<img[^>]*\ssrc="(?!https:)[a-z][a-z0-9+.-]*:/i);
  expect(html).not.toMatch(/img-src[^;"]*\bhttp:/i);
}
