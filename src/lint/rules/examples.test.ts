import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../markdown/parse.js';
import { lintDocument } from '../engine.js';
import type { LintConfig } from '../types.js';
import { RULES } from './index.js';

/** A fixed "today" so that past-due examples stay past due and future dates stay future. */
const config: LintConfig = { now: new Date('2024-06-01T12:00:00Z') };

function messagesOf(ruleId: string, source: string) {
  return lintDocument(parseDocument(source, { filePath: 'example.md' }), config, 'example.md').messages.filter((m) => m.ruleId === ruleId);
}

describe.each(RULES.map((rule) => [rule.id, rule] as const))('%s', (_id, rule) => {
  it('has at least one valid and one invalid example', () => {
    expect(rule.examples.valid.length).toBeGreaterThan(0);
    expect(rule.examples.invalid.length).toBeGreaterThan(0);
  });

  it.each(rule.examples.valid.map((source, i) => [i + 1, source] as const))('valid example %i gives no message', (_n, source) => {
    expect(messagesOf(rule.id, source)).toEqual([]);
  });

  it.each(rule.examples.invalid.map((example, i) => [i + 1, example] as const))('invalid example %i gives the stated messages', (_n, example) => {
    const found = messagesOf(rule.id, example.source);
    expect(found.map((m) => `${m.line}:${m.column} ${m.message}`)).toHaveLength(example.messages);
    for (const m of found) {
      expect(m.message.length).toBeGreaterThan(20);
      expect(m.line).toBeGreaterThanOrEqual(1);
    }
  });
});
