import { describe, expect, it } from 'vitest';
import { lineSpan } from '../core/document.js';
import { lintDocument } from './engine.js';
import { handDoc } from '../../test/hand-doc.js';
import type { Rule } from './types.js';

/** A rule that reports "found" on every line containing "oops". */
const badWord: Rule = {
  id: 'test/word',
  description: 'test rule',
  defaultSeverity: 'error',
  check(ctx) {
    ctx.lines.forEach((line, i) => {
      const at = line.indexOf('oops');
      if (at >= 0) ctx.report({ message: 'found', span: { line: i + 1, column: at + 1, endLine: i + 1, endColumn: at + 5 }, suggestion: 'say good' });
    });
  },
  examples: { valid: [], invalid: [] },
};

const softRule: Rule = {
  id: 'test/soft',
  description: 'reports one lowered finding',
  defaultSeverity: 'error',
  check: (ctx) => ctx.report({ message: 'soft', span: lineSpan(1), severity: 'warn' }),
  examples: { valid: [], invalid: [] },
};

const crashing: Rule = {
  id: 'test/crash',
  description: 'throws',
  defaultSeverity: 'warn',
  check(ctx) {
    ctx.report({ message: 'partial', span: lineSpan(1) });
    throw new Error('boom\n    at somewhere (file.js:1:1)');
  },
  examples: { valid: [], invalid: [] },
};

const source = ['first oops line', 'ok', 'another oops one', 'fine'].join('\n');

describe('lintDocument', () => {
  it('reports findings in ESLint shape, sorted, with counts and suggestions', () => {
    const result = lintDocument(handDoc(source), {}, 'a.md', [badWord]);
    expect(result.filePath).toBe('a.md');
    expect(result.messages).toEqual([
      { ruleId: 'test/word', severity: 2, message: 'found', line: 1, column: 7, endLine: 1, endColumn: 11, suggestions: [{ desc: 'say good' }] },
      { ruleId: 'test/word', severity: 2, message: 'found', line: 3, column: 9, endLine: 3, endColumn: 13, suggestions: [{ desc: 'say good' }] },
    ]);
    expect(result.errorCount).toBe(2);
    expect(result.warningCount).toBe(0);
  });

  it('applies configured severities and turns rules off', () => {
    expect(lintDocument(handDoc(source), { rules: { 'test/word': 'warn' } }, 'a.md', [badWord]).messages.map((m) => m.severity)).toEqual([1, 1]);
    const off = lintDocument(handDoc(source), { rules: { 'test/word': 'off' } }, 'a.md', [badWord]);
    expect(off.messages).toEqual([]);
    expect(off.errorCount + off.warningCount).toBe(0);
  });

  it('lets a rule lower one finding to a warning, never raise it', () => {
    expect(lintDocument(handDoc('x'), {}, 'a.md', [softRule]).messages[0]?.severity).toBe(1);
    expect(lintDocument(handDoc('x'), { rules: { 'test/soft': 'warn' } }, 'a.md', [softRule]).messages[0]?.severity).toBe(1);
  });

  it('reports a crashing rule as one error without a stack, and the other rules still run', () => {
    const result = lintDocument(handDoc(source), {}, 'a.md', [crashing, badWord]);
    const crash = result.messages.filter((m) => m.ruleId === 'test/crash');
    expect(crash).toHaveLength(1);
    expect(crash[0]?.severity).toBe(2);
    expect(crash[0]?.message).toMatch(/^Rule test\/crash crashed on this file: boom\./);
    expect(crash[0]?.message).not.toContain('at somewhere');
    expect(result.messages.filter((m) => m.ruleId === 'test/word')).toHaveLength(2);
  });

  it('merges parser diagnostics with the configured severity of their rule id', () => {
    const doc = handDoc('a\nb\nc', { diagnostics: [{ ruleId: 'timeline/utc', message: 'no zone', span: lineSpan(2), suggestion: 'say UTC' }] });
    const [msg] = lintDocument(doc, {}, 'a.md', []).messages;
    expect(msg).toMatchObject({ ruleId: 'timeline/utc', severity: 1, line: 2, column: 1, endLine: 2, endColumn: 2, suggestions: [{ desc: 'say UTC' }] });
    expect(lintDocument(doc, { rules: { 'timeline/utc': 'error' } }, 'a.md', []).messages[0]?.severity).toBe(2);
    expect(lintDocument(doc, { rules: { 'timeline/utc': 'off' } }, 'a.md', []).messages).toEqual([]);
  });

  it('keeps spans on real lines, never ending before they start', () => {
    const doc = handDoc('one\ntwo', { diagnostics: [{ ruleId: 'x/y', message: 'm', span: { line: 9, column: 4, endLine: 2, endColumn: 1 } }] });
    expect(lintDocument(doc, {}, 'a.md', []).messages[0]).toMatchObject({ line: 2, column: 4, endLine: 2, endColumn: 4 });
  });

  it('runs the real rules by default', () => {
    const doc = handDoc('# x', { pm: { title: 'ISSUE NAME' }, spans: { title: lineSpan(1) } });
    expect(lintDocument(doc, {}, 'a.md').messages.some((m) => m.ruleId === 'meta/required' && m.severity === 2)).toBe(true);
  });
});

describe('inline suppression', () => {
  const lint = (text: string) => lintDocument(handDoc(text), {}, 'a.md', [badWord, softRule]).messages.map((m) => `${m.line}:${m.ruleId}`);

  it('disable-next-line silences the named rules on the next line only', () => {
    expect(lint('x\n<!-- debrief-disable-next-line test/word -->\noops\noops')).toEqual(['1:test/soft', '4:test/word']);
  });

  it('disable-next-line with a list, or with no rule, silences those rules or all', () => {
    expect(lint('<!-- debrief-disable-next-line test/soft, test/word -->\noops')).toEqual(['1:test/soft']);
    expect(lint('<!-- debrief-disable-next-line -->\noops\noops')).toEqual(['1:test/soft', '3:test/word']);
    expect(lint('<!-- debrief-disable-next-line test/other -->\noops')).toEqual(['1:test/soft', '2:test/word']);
  });

  it('disable … enable silences a range, and a reason after -- is ignored', () => {
    expect(lint('oops\n<!-- debrief-disable test/word -- quoted from a chat log -->\noops\noops\n<!-- debrief-enable test/word -->\noops')).toEqual([
      '1:test/soft',
      '1:test/word',
      '6:test/word',
    ]);
  });

  it('disable without enable runs to the end; enable without a rule ends every range', () => {
    expect(lint('oops\n<!-- debrief-disable -->\noops\noops')).toEqual(['1:test/soft', '1:test/word']);
    expect(lint('<!-- debrief-disable test/word, test/soft -->\noops\n<!-- debrief-enable -->\noops')).toEqual(['4:test/word']);
  });

  it('enable of one rule keeps the others of the same disable silenced', () => {
    expect(lint('x <!-- debrief-disable test/word, test/soft -->\noops\n<!-- debrief-enable test/word -->\noops')).toEqual(['4:test/word']);
  });

  it('applies to parser diagnostics too', () => {
    const doc = handDoc('<!-- debrief-disable-next-line timeline/utc -->\n| 12:00 | x |', { diagnostics: [{ ruleId: 'timeline/utc', message: 'no zone', span: lineSpan(2) }] });
    expect(lintDocument(doc, {}, 'a.md', []).messages).toEqual([]);
  });
});
