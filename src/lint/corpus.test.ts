/**
 * The linter over the real postmortems of other teams (../shared/corpus, never copied here): it must
 * never crash, every position must be inside the file, and a few findings checked by hand must be there.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../markdown/parse.js';
import { lintDocument } from './engine.js';
import type { LintResult } from './types.js';

const CORPUS = path.resolve(import.meta.dirname, '../../..', 'shared/corpus/postmortems');
const NOW = new Date('2024-06-01T00:00:00Z');

function lintFile(name: string): { lines: string[]; result: LintResult } {
  const source = readFileSync(path.join(CORPUS, name), 'utf8');
  return { lines: source.split(/\r?\n/), result: lintDocument(parseDocument(source, { filePath: name }), { now: NOW }, name) };
}

describe('lint over the corpus', () => {
  it('lints every file without a rule crash, with positions inside the file', () => {
    const files = readdirSync(CORPUS).filter((f) => f.endsWith('.md'));
    expect(files.length).toBeGreaterThan(50);
    for (const name of files) {
      const { lines, result } = lintFile(name);
      expect(result.messages.filter((m) => m.message.startsWith(`Rule ${m.ruleId} crashed`)), name).toEqual([]);
      for (const m of result.messages) {
        expect(m.line, `${name} ${m.ruleId}`).toBeGreaterThanOrEqual(1);
        expect(m.endLine, `${name} ${m.ruleId}`).toBeLessThanOrEqual(lines.length);
        expect(m.endLine > m.line || m.endColumn >= m.column, `${name} ${m.ruleId}`).toBe(true);
      }
      expect(result.errorCount + result.warningCount).toBe(result.messages.length);
    }
  });

  // Checked by reading the files: line 23 of dfds PM2022-002 is "- Human error in not knowing …" under
  // "## Contributing Factors"; dfds PM2021-009 lines 38–39 are "- Look into …" action items.
  it('finds "human error" given as a contributing factor (dfds PM2022-002)', () => {
    const { result } = lintFile('dfds__PM2022-002-Logs-not-shipped-to-CloudWatch.md');
    const found = result.messages.filter((m) => m.ruleId === 'blameless/no-human-error-cause');
    expect(found.map((m) => [m.line, m.column, m.endColumn, m.severity])).toEqual([[23, 3, 14, 2]]);
  });

  it('finds the vague "Look into …" action items (dfds PM2021-009)', () => {
    const { result } = lintFile('dfds__PM2021-009-All-services-returning-404-in-Kubernetes.md');
    expect(result.messages.filter((m) => m.ruleId === 'action-items/specific').map((m) => m.line)).toEqual([38, 39]);
  });

  // The SRE book example has nine action items (three of them DONE), each with a named owner (jennifer, martym, agoogler…).
  it('counts only the open SRE book example action items, needs no date on the done ones, and accepts its named owners', () => {
    const { result } = lintFile('google-sre-book__example-postmortem-shakespeare-465.md');
    expect(result.messages.filter((m) => m.ruleId === 'action-items/max-count')).toEqual([]);
    expect(result.messages.filter((m) => m.ruleId === 'action-items/due-date' && /no due date/.test(m.message))).toHaveLength(6);
    expect(result.messages.filter((m) => m.ruleId === 'action-items/owner')).toEqual([]);
  });
});
