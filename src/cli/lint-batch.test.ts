import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LintMessage, LintResult } from '../lint/types.js';
import { jsonParts, packOutcomes } from './lint-batch.js';
import type { LintOutcome } from './lint-target.js';

const message = (severity: 1 | 2, text: string): LintMessage => ({
  ruleId: 'blameless/no-blame-language',
  severity,
  message: text,
  line: 3,
  column: 1,
  endLine: 3,
  endColumn: 9,
  suggestions: severity === 2 ? [{ desc: 'Describe what the system allowed — “quoted”.' }] : [],
});

const result = (filePath: string, messages: LintMessage[]): LintResult => ({
  filePath,
  messages,
  errorCount: messages.filter((m) => m.severity === 2).length,
  warningCount: messages.filter((m) => m.severity === 1).length,
});

const outcomes: LintOutcome[] = [
  { result: result('/a/pm-1.md', [message(2, 'Blame language: "made a mistake"'), message(1, 'a warning…')]) },
  { result: result('/a/pm-2.md', []) },
  { result: result('/a/pm-3.md', [message(2, 'internal error')]), internalError: 'boom' },
];

describe('packOutcomes and jsonParts', () => {
  it('write exactly what JSON.stringify writes for the whole run, batch by batch', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3 }), fc.boolean(), (size, quiet) => {
        const batches = [];
        for (let i = 0; i < outcomes.length; i += size) batches.push(packOutcomes(outcomes.slice(i, i + size), { asJson: true, quiet }));
        const shown = packOutcomes(outcomes, { asJson: false, quiet }).results ?? [];
        expect(Buffer.concat(jsonParts(batches)).toString('utf8')).toBe(`${JSON.stringify(shown)}\n`);
      }),
    );
    expect(Buffer.concat(jsonParts([])).toString('utf8')).toBe('[]\n');
  });

  it('keep the counts and internal errors of every file, before --quiet drops warnings', () => {
    const packed = packOutcomes(outcomes, { asJson: true, quiet: true });
    expect(packed.results).toBeNull();
    expect(packed.tallies).toEqual([
      { filePath: '/a/pm-1.md', errorCount: 1, warningCount: 1 },
      { filePath: '/a/pm-2.md', errorCount: 0, warningCount: 0 },
      { filePath: '/a/pm-3.md', errorCount: 1, warningCount: 0, internalError: 'boom' },
    ]);
    const shown = packOutcomes(outcomes, { asJson: false, quiet: true }).results;
    expect(shown?.[0]?.messages.map((m) => m.severity)).toEqual([2]);
    expect(shown?.[0]?.warningCount).toBe(0);
  });
});
