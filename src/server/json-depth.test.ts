import { describe, expect, it } from 'vitest';
import { InputError } from '../core/errors.js';
import { assertJsonDepth, MAX_JSON_DEPTH } from './json-depth.js';

/** The refusal `text` gets with `limit`, or undefined when it passes. */
function refusal(text: string, limit?: number): InputError | undefined {
  try {
    assertJsonDepth(text, limit);
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  return undefined;
}

describe('assertJsonDepth', () => {
  it('passes JSON up to the limit and refuses one level more, at the top or at the path of the value', () => {
    expect(refusal('[[1]]', 2)).toBeUndefined();
    expect(refusal('{"a":{}}', 2)).toBeUndefined();
    expect(refusal('[[[1]]]', 2)).toMatchObject({ message: 'The JSON body is nested deeper than 2 levels (at 0.0).', details: [{ path: '0.0', message: 'nested deeper than 2 levels' }] });
    expect(refusal('[]', 0)?.message).toBe('The JSON body is nested deeper than 0 levels (at the top).');
    expect(refusal('{"title":"x","review":{"approvals":[{"by":"a"},{"by":"b","at":[[]]}]}}', 4)?.details).toEqual([
      { path: 'review.approvals.1.at', message: 'nested deeper than 4 levels' },
    ]);
    expect(refusal('{"a\\"b":{"c\\u0041":[[]]}}', 3)?.details).toEqual([{ path: 'a"b.cA.0', message: 'nested deeper than 3 levels' }]);
  });

  it('counts no bracket inside a string, whatever the escapes before its quotes', () => {
    const tricky = JSON.stringify({ a: '[[[{{{', b: 'say \\"[[[', c: '\\\\', d: '"[[["' });
    expect(refusal(tricky, 1)).toBeUndefined();
    expect(refusal(`{"a":"\\\\","b":[[]]}`, 2)?.details).toEqual([{ path: 'b.0', message: 'nested deeper than 2 levels' }]);
  });

  it('leaves text that is not JSON to the parser', () => {
    for (const text of ['', '{"a": "never closed [[[[', ']]]]', '{title: x}', 'null']) expect(refusal(text, 1)).toBeUndefined();
  });

  it('defaults to 64 levels, far more than a postmortem needs, and stops at the first bracket too deep', () => {
    expect(MAX_JSON_DEPTH).toBe(64);
    expect(refusal(`${'['.repeat(64)}${']'.repeat(64)}`)).toBeUndefined();
    const million = '['.repeat(1_000_000);
    const started = performance.now();
    expect(refusal(million)?.details).toEqual([{ path: Array(64).fill('0').join('.'), message: 'nested deeper than 64 levels' }]);
    expect(performance.now() - started).toBeLessThan(50);
  });
});
