import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { LintResult } from '../types.js';
import { formatResults } from './index.js';

const cwd = path.resolve('/repo');
const results: LintResult[] = [
  {
    filePath: path.join(cwd, 'postmortems', '2024-03-01 checkout.md'),
    messages: [
      { ruleId: 'blameless/no-blame-language', severity: 2, message: 'Blame language: "careless", judges a person.', line: 12, column: 5, endLine: 12, endColumn: 13, suggestions: [{ desc: 'Describe what the system allowed.' }] },
      { ruleId: 'action-items/ticket', severity: 1, message: 'Action item 1 has no ticket: 50% done, a, b\nnext', line: 3, column: 1, endLine: 3, endColumn: 20, suggestions: [] },
    ],
    errorCount: 1,
    warningCount: 1,
  },
  { filePath: path.join(cwd, 'clean.md'), messages: [], errorCount: 0, warningCount: 0 },
];

const ESC = '\u001b[';

describe('stylish', () => {
  it('prints the file, aligned rows and the summary, without colour when asked', () => {
    const out = formatResults(results, 'stylish', { color: false, cwd });
    expect(out).not.toContain(ESC);
    const lines = out.split('\n');
    expect(lines).toContain(results[0]?.filePath);
    expect(lines).toContain('  12:5  error    Blame language: "careless", judges a person.      blameless/no-blame-language');
    expect(lines).toContain('   3:1  warning  Action item 1 has no ticket: 50% done, a, b next  action-items/ticket');
    expect(out).toContain('\u2716 2 problems (1 error, 1 warning)\n');
    expect(out).not.toContain('clean.md');
  });

  it('colours only when asked, and prints nothing for clean results', () => {
    const out = formatResults(results, 'stylish', { color: true, cwd });
    expect(out).toContain(ESC);
    expect(stripVTControlCharacters(out)).toBe(formatResults(results, 'stylish', { color: false, cwd }));
    expect(formatResults([results[1] as LintResult], 'stylish', { color: false, cwd })).toBe('');
  });
});

describe('json', () => {
  it("is exactly ESLint's result array", () => {
    const parsed = JSON.parse(formatResults(results, 'json', { color: false, cwd })) as LintResult[];
    expect(parsed).toEqual(results);
    expect(Object.keys(parsed[0] ?? {})).toEqual(['filePath', 'messages', 'errorCount', 'warningCount']);
    expect(Object.keys(parsed[0]?.messages[0] ?? {})).toEqual(['ruleId', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn', 'suggestions']);
  });
});

describe('github', () => {
  it('writes one escaped annotation per finding with a relative path', () => {
    const lines = formatResults(results, 'github', { color: false, cwd }).trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe(
      '::error file=postmortems/2024-03-01 checkout.md,line=12,col=5,endLine=12,endColumn=13,title=blameless/no-blame-language::Blame language: "careless", judges a person.%0ADescribe what the system allowed.',
    );
    expect(lines[1]).toBe('::warning file=postmortems/2024-03-01 checkout.md,line=3,col=1,endLine=3,endColumn=20,title=action-items/ticket::Action item 1 has no ticket: 50%25 done, a, b%0Anext');
  });

  it('escapes : and , in properties', () => {
    const out = formatResults([{ filePath: path.join(cwd, 'a,b:c.md'), messages: [{ ruleId: 'x/y', severity: 1, message: 'm', line: 1, column: 1, endLine: 1, endColumn: 2, suggestions: [] }], errorCount: 0, warningCount: 1 }], 'github', { color: false, cwd });
    expect(out).toBe('::warning file=a%2Cb%3Ac.md,line=1,col=1,endLine=1,endColumn=2,title=x/y::m\n');
  });
});

interface SarifLog {
  $schema: string;
  version: string;
  runs: {
    tool: { driver: { name: string; rules: { id: string; shortDescription: { text: string } }[] } };
    results: {
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: { physicalLocation: { artifactLocation: { uri: string }; region: Record<string, number> } }[];
    }[];
  }[];
}

describe('sarif', () => {
  const log = JSON.parse(formatResults(results, 'sarif', { color: false, cwd })) as SarifLog;

  it('has the SARIF 2.1.0 required properties', () => {
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toMatch(/sarif-2\.1\.0/);
    expect(log.runs).toHaveLength(1);
    const run = log.runs[0];
    expect(run?.tool.driver.name).toBe('debrief');
    for (const rule of run?.tool.driver.rules ?? []) {
      expect(rule.id).toMatch(/\S/);
      expect(rule.shortDescription.text).toMatch(/\S/);
    }
  });

  it('writes one result per finding with level, message and a relative, encoded location', () => {
    const run = log.runs[0];
    expect(run?.results).toHaveLength(2);
    const [first, second] = run?.results ?? [];
    expect(first).toMatchObject({ ruleId: 'blameless/no-blame-language', level: 'error' });
    expect(first?.message.text).toContain('judges a person');
    expect(second?.level).toBe('warning');
    expect(first?.locations[0]?.physicalLocation).toEqual({
      artifactLocation: { uri: 'postmortems/2024-03-01%20checkout.md' },
      region: { startLine: 12, startColumn: 5, endLine: 12, endColumn: 13 },
    });
    for (const r of run?.results ?? []) expect(run?.tool.driver.rules[r.ruleIndex]?.id).toBe(r.ruleId);
  });

  it('describes rule ids it does not know (such as io/unreadable)', () => {
    const out = JSON.parse(
      formatResults([{ filePath: path.join(cwd, 'x.md'), messages: [{ ruleId: 'io/unreadable', severity: 2, message: 'binary', line: 1, column: 1, endLine: 1, endColumn: 1, suggestions: [] }], errorCount: 1, warningCount: 0 }], 'sarif', { color: false, cwd }),
    ) as SarifLog;
    const run = out.runs[0];
    expect(run?.tool.driver.rules[run.results[0]?.ruleIndex ?? -1]?.id).toBe('io/unreadable');
  });
});
