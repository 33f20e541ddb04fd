import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../markdown/parse.js';
import { lintDocument } from './engine.js';

const FRAGMENTS = [
  '---\ntitle: x\nauthor: Ana Lima\n---',
  '# Title',
  '## Summary',
  '## Timeline',
  '## Root cause',
  '## Five whys',
  '## What went poorly',
  '## Contributing factors',
  '## Action items',
  '| Time (UTC) | Event | Who |\n| --- | --- | --- |\n| 2024-03-01 14:05 | Ana forgot to page | Ana Lima |',
  '| Action | Owner | Due | Priority | Status | Ticket |\n| --- | --- | --- | --- | --- | --- |\n| Improve monitoring | SRE | soon |  | open |  |',
  '- Ana Lima missed the alert and it was her fault.',
  '1. Why? Human error.',
  '<!-- debrief-disable -->',
  '<!-- debrief-enable',
  '```',
  '~~~',
  '<!--',
  '-->',
  '@bob',
  "Bob's fault",
  'who deployed this?',
  'failed to',
  '\t\u00a0𝕏 ',
];

const documents = fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 40 })), { maxLength: 30 }).map((parts) => parts.join('\n'));

describe('lint on arbitrary input', () => {
  it('never crashes a rule and keeps every position inside the text', () => {
    fc.assert(
      fc.property(documents, (source) => {
        const result = lintDocument(parseDocument(source), { blameWords: ['(', 'a.b'], teamNames: ['['] }, 'x.md');
        const lines = source.split(/\r?\n/).length;
        for (const m of result.messages) {
          expect(m.message).not.toMatch(/^Rule \S+ crashed/);
          expect(m.line).toBeGreaterThanOrEqual(1);
          expect(m.endLine).toBeLessThanOrEqual(lines);
          expect(m.endLine > m.line || m.endColumn >= m.column).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('stays fast on long, repetitive lines built to make regexes backtrack', () => {
    const nasty = [
      '## What went poorly',
      `- ${'a'.repeat(9_000)}'s faul`,
      `- ${'Ana '.repeat(2_400)}then`,
      `- ${'made a '.repeat(1_400)}`,
      `- ${'x'.repeat(20_000)} careless`,
      `- ${' '.repeat(9_000)}forgot to`,
      `<!-- debrief-disable ${' '.repeat(9_000)}`,
    ].join('\n');
    const started = performance.now();
    const result = lintDocument(parseDocument(`---\ntitle: x\nauthor: Ana\n---\n${nasty}\n`), {}, 'x.md');
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(result.messages.some((m) => m.ruleId === 'blameless/no-blame-language' && m.line === 9)).toBe(false);
  });
});
