import { describe, expect, it } from 'vitest';
import { prefersMarkdown } from './negotiate.js';

describe('prefersMarkdown', () => {
  it.each([
    [undefined, false],
    ['*/*', false],
    ['application/json', false],
    ['text/markdown', true],
    ['text/markdown; charset=utf-8', true],
    ['text/markdown, */*;q=0.1', true],
    ['text/markdown, */*', true],
    ['application/json, text/markdown', false],
    ['application/json;q=0.5, text/markdown', true],
    ['text/markdown;q=0', false],
    ['text/markdown;q=0.2, */*', false],
    ['TEXT/MARKDOWN', true],
  ])('Accept: %s -> %s', (accept, expected) => {
    expect(prefersMarkdown(accept)).toBe(expected);
  });
});
