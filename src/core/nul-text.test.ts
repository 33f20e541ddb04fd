import { describe, expect, it } from 'vitest';
import { nulPaths } from './nul-text.js';

describe('nulPaths', () => {
  it('gives the dotted path of every string with U+0000, in document order', () => {
    expect(nulPaths({ title: 'a\u0000b', tags: ['ok', 'x\u0000'], times: { startedAt: null }, nested: { deep: [{ text: '\u0000' }] } })).toEqual([
      'title',
      'tags.1',
      'nested.deep.0.text',
    ]);
    expect(nulPaths('\u0000')).toEqual(['']);
    expect(nulPaths({ title: 'clean', n: 3, list: [true, null] })).toEqual([]);
  });

  it('walks JSON nested far deeper than the call stack allows', () => {
    const depth = 100_000;
    const deep = JSON.parse(`${'['.repeat(depth)}"\\u0000"${']'.repeat(depth)}`) as unknown;
    const paths = nulPaths(deep);
    expect(paths).toHaveLength(1);
    expect(paths[0]?.split('.')).toHaveLength(depth);
  });
});
